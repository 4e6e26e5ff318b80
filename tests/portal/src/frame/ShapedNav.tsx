/**
 * The left navigation in the markup of the `nav-links`, `nav-buttons` and `nav-tree` shapes
 * (shape/shapes.ts): the same entries, test ids and behaviour as the Fluent `Nav` of
 * LeftNav.tsx, built as plain links, as buttons (no href: a click sets the route), or as an
 * ARIA tree (treeitems, groups `aria-expanded`, the current page `aria-selected`).
 */
import { FontIcon, IconButton, Stack } from '@fluentui/react';
import { type CSSProperties, type KeyboardEvent, type ReactElement, useEffect, useState } from 'react';
import { useStrings } from '../i18n/LanguageContext';
import type { UiStrings } from '../i18n/strings';
import { useReplica } from '../ReplicaContext';
import type { Route } from '../route';
import { selectedKeyFor } from './LeftNav';
import { type NavEntry, navEntries } from './navModel';

/** How the entries are built. */
export type NavMarkup = 'links' | 'buttons' | 'tree';

const itemStyle = (depth: number, selected: boolean): CSSProperties => ({
  display: 'flex',
  alignItems: 'center',
  gap: 12,
  width: '100%',
  boxSizing: 'border-box',
  padding: `8px 12px 8px ${12 + depth * 28}px`,
  border: 'none',
  background: selected ? '#edebe9' : 'transparent',
  color: '#323130',
  font: 'inherit',
  fontSize: 14,
  textAlign: 'start',
  textDecoration: 'none',
  cursor: 'pointer',
});

interface EntryProps {
  entry: NavEntry;
  markup: NavMarkup;
  strings: UiStrings;
  depth: number;
  collapsed: boolean;
  selected: string;
  expanded: ReadonlySet<string>;
  onGroup: (key: string) => void;
}

/** One entry and, when it is an open group, its children. */
function Entry(props: EntryProps) {
  const { entry, markup, strings, selected } = props;
  const name = strings[entry.label];
  const isGroup = entry.children !== undefined;
  const open = isGroup && !props.collapsed && props.expanded.has(entry.key);
  const isCurrent = entry.key === selected;
  const content = (
    <>
      {entry.icon && <FontIcon iconName={entry.icon} aria-hidden="true" />}
      {!props.collapsed && <span>{name}</span>}
    </>
  );
  const common = {
    'data-testid': entry.testId,
    'aria-label': props.collapsed ? name : undefined,
    title: props.collapsed ? name : undefined,
    style: itemStyle(props.depth, isCurrent),
  };
  const go = () => {
    if (isGroup) props.onGroup(entry.key);
    else if (entry.href) location.hash = entry.href;
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      go();
    }
  };
  let control: ReactElement;
  if (markup === 'tree') {
    control = (
      <div
        {...common}
        role="treeitem"
        tabIndex={0}
        aria-expanded={isGroup ? open : undefined}
        aria-selected={isGroup ? undefined : isCurrent}
        onClick={go}
        onKeyDown={onKey}
      >
        {content}
      </div>
    );
  } else if (markup === 'buttons' || isGroup) {
    control = (
      <button {...common} type="button" aria-expanded={isGroup ? open : undefined} aria-current={isCurrent ? 'page' : undefined} onClick={go}>
        {content}
      </button>
    );
  } else {
    control = (
      <a {...common} href={entry.href} aria-current={isCurrent ? 'page' : undefined}>
        {content}
      </a>
    );
  }
  const children = open && entry.children && (
    <ul role={markup === 'tree' ? 'group' : undefined} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {entry.children.map((child) => (
        <Entry key={child.key} {...props} entry={child} depth={props.depth + 1} />
      ))}
    </ul>
  );
  return (
    <li role={markup === 'tree' ? 'none' : undefined} style={{ margin: 0 }}>
      {control}
      {children}
    </li>
  );
}

/** The shaped navigation; `collapsed` shows icons only, a group's icon expands it. */
export function ShapedNav(props: { markup: NavMarkup; route: Route; collapsed: boolean; onToggle: () => void }) {
  const strings = useStrings();
  const { era } = useReplica();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const selected = selectedKeyFor(props.route);
  useEffect(() => {
    for (const entry of navEntries(era)) {
      if (entry.children?.some((c) => c.key === selected)) setExpanded((prev) => new Set(prev).add(entry.key));
    }
  }, [era, selected]);
  const onGroup = (key: string) => {
    const opening = props.collapsed;
    if (opening) props.onToggle();
    setExpanded((prev) => {
      const next = new Set(prev);
      if (opening || !next.has(key)) next.add(key);
      else next.delete(key);
      return next;
    });
  };
  return (
    <nav data-testid="left-nav" aria-label="Navigation" style={{ width: props.collapsed ? 48 : 240, borderRight: '1px solid #edebe9', background: '#fff', overflowY: 'auto', flexShrink: 0 }}>
      <Stack>
        <IconButton
          data-testid="nav-collapse"
          iconProps={{ iconName: 'GlobalNavButton' }}
          title={props.collapsed ? strings.expandNav : strings.collapseNav}
          ariaLabel={props.collapsed ? strings.expandNav : strings.collapseNav}
          aria-expanded={!props.collapsed}
          onClick={props.onToggle}
          styles={{ root: { margin: '4px 8px' } }}
        />
        <ul role={props.markup === 'tree' ? 'tree' : undefined} aria-label={props.markup === 'tree' ? 'Navigation' : undefined} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {navEntries(era).map((entry) => (
            <Entry
              key={entry.key}
              entry={entry}
              markup={props.markup}
              strings={strings}
              depth={0}
              collapsed={props.collapsed}
              selected={selected}
              expanded={expanded}
              onGroup={onGroup}
            />
          ))}
        </ul>
      </Stack>
    </nav>
  );
}
