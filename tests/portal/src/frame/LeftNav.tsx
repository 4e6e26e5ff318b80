/**
 * The collapsible left navigation, a Fluent `Nav` like the real one: Billing is a group that
 * expands (collapsed until clicked, unless the current page is in it).
 */
import { IconButton, type IComponentAsProps, type INavButtonProps, type INavLink, Nav, Stack } from '@fluentui/react';
import { useEffect, useMemo, useState } from 'react';
import { useStrings } from '../i18n/LanguageContext';
import type { UiStrings } from '../i18n/strings';
import { useReplica } from '../ReplicaContext';
import type { Route } from '../route';
import { type NavEntry, navEntries } from './navModel';

/** The key of the nav entry a route belongs to. */
export function selectedKeyFor(route: Route): string {
  if (route.page === 'home') return 'homepage';
  if (route.page === 'asset') return 'subscriptions';
  if (route.page === 'other') return route.path.split('/')[0]?.toLowerCase() ?? '';
  return route.page;
}

/**
 * A nav entry as Fluent's `INavLink`. Collapsed, a group is one icon button (no chevron beside
 * it) whose click calls `onOpenGroup`: it expands the navigation with the group open.
 */
function toLink(entry: NavEntry, strings: UiStrings, expanded: ReadonlySet<string>, collapsed: boolean, selected: string, onOpenGroup: (key: string) => void): INavLink {
  const childSelected = entry.children?.some((c) => c.key === selected) ?? false;
  const groupCollapsed = collapsed && entry.children !== undefined;
  return {
    key: entry.key,
    name: strings[entry.label],
    url: entry.href ?? '',
    icon: entry.icon,
    testId: entry.testId,
    ariaLabel: collapsed ? strings[entry.label] : undefined,
    isExpanded: !collapsed && (expanded.has(entry.key) || childSelected),
    onClick: groupCollapsed ? () => onOpenGroup(entry.key) : undefined,
    links: groupCollapsed ? undefined : entry.children?.map((c) => toLink(c, strings, expanded, collapsed, selected, onOpenGroup)),
  };
}

/** Adds the entry's `data-testid` to the element Fluent renders for a link. */
function NavLinkWithTestId(props: IComponentAsProps<INavButtonProps>) {
  const { defaultRender: Default, ...rest } = props;
  if (!Default) return null;
  return <Default {...rest} data-testid={rest.link?.testId as string | undefined} />;
}

/**
 * The left navigation. `collapsed` shows icons only; a group's icon then expands the
 * navigation with that group open, as the admin center does.
 */
export function LeftNav(props: { route: Route; collapsed: boolean; onToggle: () => void }) {
  const strings = useStrings();
  const { era } = useReplica();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const selected = selectedKeyFor(props.route);
  useEffect(() => {
    // Opening a page of a group keeps the group open afterwards, as the real nav does.
    for (const entry of navEntries(era)) {
      if (entry.children?.some((c) => c.key === selected)) setExpanded((prev) => new Set(prev).add(entry.key));
    }
  }, [era, selected]);
  const { collapsed, onToggle } = props;
  const groups = useMemo(() => {
    const openGroup = (key: string) => {
      onToggle();
      setExpanded((prev) => new Set(prev).add(key));
    };
    return [{ links: navEntries(era).map((e) => toLink(e, strings, expanded, collapsed, selected, openGroup)) }];
  }, [era, strings, expanded, collapsed, selected, onToggle]);
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
        <Nav
          groups={groups}
          selectedKey={selected}
          linkAs={NavLinkWithTestId}
          onRenderLink={(link) => (props.collapsed ? null : <span>{link?.name}</span>)}
          onLinkExpandClick={(_, link) => {
            if (!link?.key) return;
            const key = link.key;
            setExpanded((prev) => {
              const next = new Set(prev);
              if (next.has(key)) next.delete(key);
              else next.add(key);
              return next;
            });
          }}
          styles={{ root: { width: '100%' } }}
        />
      </Stack>
    </nav>
  );
}
