/**
 * The Products tab's list as a plain `<table>` (the `list-table` shape, shape/shapes.ts): the
 * same columns, test ids and More actions menu as the Fluent grid of ProductsList.tsx.
 */
import { Link } from '@fluentui/react';
import { useStrings } from '../../i18n/LanguageContext';
import type { Subscription } from '../../state/subscriptions';
import { statusLabel } from '../../statusLabel';
import { MoreActionsButton } from './MoreActionsButton';

const cell = { padding: '6px 12px', borderBottom: '1px solid #edebe9', textAlign: 'start' } as const;

/** The table; `label` names it (the `list-labelled` shape), undefined leaves it unnamed. */
export function ProductsTable(props: { items: readonly Subscription[]; label: string | undefined; onReactivate: (s: Subscription) => void }) {
  const strings = useStrings();
  return (
    <table aria-label={props.label} style={{ borderCollapse: 'collapse', width: '100%', fontSize: 14 }}>
      <thead>
        <tr>
          <th style={cell}>{strings.colProductName}</th>
          <th style={cell}>
            <span style={{ display: 'none' }}>{strings.moreActions}</span>
          </th>
          <th style={cell}>{strings.colAssignedLicenses}</th>
          <th style={cell}>{strings.colPurchasedQuantity}</th>
          <th style={cell}>{strings.colStatus}</th>
        </tr>
      </thead>
      <tbody>
        {props.items.map((s) => (
          <tr key={s.id}>
            <td style={cell}>
              <Link data-testid={`row-name-${s.id}`} href={`#/subscriptions/assets/${s.id}`}>
                {s.name}
              </Link>
            </td>
            <td style={cell}>
              <MoreActionsButton subscription={s} onReactivate={props.onReactivate} />
            </td>
            <td style={cell}>{s.assigned}</td>
            <td style={cell}>{s.purchased}</td>
            <td style={cell}>
              <span data-testid={`row-status-${s.id}`} style={{ color: s.status === 'active' ? '#107c10' : '#a4262c' }}>
                {statusLabel(strings, s.status)}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
