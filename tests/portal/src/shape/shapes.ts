/**
 * `?shape=`: markup variants of the admin center, so the extension is tested on structures the
 * real one shows or has shown (its markup changes every few months and differs by tenant, role
 * and cloud), not only on the replica's own. Default (no shape): today's replica, unchanged.
 *
 * `?shape=nav-collapsed,list-table` combines shapes (comma list; at most one per group below,
 * the later wins). Kept for the tab in sessionStorage like `?tenant=`, so fragment navigation
 * and reloads keep it; `?shape=` (empty) or `?shape=default` clears it, and so does
 * `?replica-reset=1`. Pure: importable from Node tests.
 *
 * Every shape keeps the `data-testid` of the elements each seed step means (README, "Test ids
 * by seed step"), so a test can tell the right anchor from a wrong one on any shape.
 */

/** The shapes, each with what it changes (for the README and the health table). */
export const SHAPES = {
  'nav-collapsed': 'the left navigation starts collapsed to icons (a group icon expands it and opens the group)',
  'nav-links': 'navigation entries as plain links, groups as links with aria-expanded',
  'nav-buttons': 'navigation entries as buttons (no href: a click sets the route)',
  'nav-tree': 'navigation as a tree (role tree / treeitem, groups aria-expanded, current aria-selected)',
  'home-no-shortcuts': 'the home page without the Billing card links (the way is the navigation only)',
  'list-table': 'products as a plain <table>',
  'list-cards': 'products as cards (role list / listitem)',
  'list-labelled': 'the products list (grid, table or cards) labelled like its tab',
  'more-aria': 'More actions named by aria-label only',
  'more-title': 'More actions named by title only',
  'more-hidden-text': 'More actions named by visually hidden text only',
  'details-command': "the details page's Reactivate as a command bar command",
  'command-overflow': "the details page's command bar too narrow: Reactivate in its overflow (…) menu",
  'one-subscription': 'a tenant with one subscription (expired)',
  'many-subscriptions': '300 subscriptions, the lapsed ones last (the list needs scrolling)',
  dialog: 'the reactivation in a modal dialog instead of a pane',
} as const;

/** One shape's name. */
export type ShapeName = keyof typeof SHAPES;

/** Every shape name, in the order of {@link SHAPES}. */
export const SHAPE_NAMES = Object.keys(SHAPES) as ShapeName[];

/** Shapes that replace one another: at most one of each group is active. */
const EXCLUSIVE_GROUPS: readonly (readonly ShapeName[])[] = [
  ['nav-links', 'nav-buttons', 'nav-tree'],
  ['list-table', 'list-cards'],
  ['more-aria', 'more-title', 'more-hidden-text'],
  ['details-command', 'command-overflow'],
  ['one-subscription', 'many-subscriptions'],
];

/** sessionStorage key of the active shapes (comma list). */
export const SHAPE_KEY = 'admin-replica:shape';

/** The active shapes of a page load. */
export type Shape = ReadonlySet<ShapeName>;

/**
 * Parses a comma list of shape names.
 * @throws Error naming the unknown shape and listing the known ones.
 */
export function parseShapes(list: string): Shape {
  const active: ShapeName[] = [];
  for (const raw of list.split(',')) {
    const name = raw.trim().toLowerCase();
    if (name === '' || name === 'default') continue;
    if (!(name in SHAPES)) throw new Error(`?shape=${list}: unknown shape "${name}" (known: ${SHAPE_NAMES.join(', ')})`);
    const shape = name as ShapeName;
    const group = EXCLUSIVE_GROUPS.find((g) => g.includes(shape));
    const kept = group ? active.filter((other) => !group.includes(other)) : active.filter((other) => other !== shape);
    active.splice(0, active.length, ...kept, shape);
  }
  return new Set(active);
}

/**
 * The shapes of this page load: `?shape=` when present (then kept in `storage`), else what
 * `storage` kept for the tab.
 * @param search `location.search`.
 * @param storage usually `window.sessionStorage`.
 * @throws Error for an unknown shape name in the URL (a stored one that became unknown is dropped).
 */
export function initialShape(search: string, storage: Storage): Shape {
  const asked = new URLSearchParams(search).get('shape');
  if (asked !== null) {
    const shape = parseShapes(asked);
    if (shape.size === 0) storage.removeItem(SHAPE_KEY);
    else storage.setItem(SHAPE_KEY, [...shape].join(','));
    return shape;
  }
  try {
    return parseShapes(storage.getItem(SHAPE_KEY) ?? '');
  } catch {
    storage.removeItem(SHAPE_KEY);
    return new Set();
  }
}
