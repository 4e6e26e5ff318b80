/**
 * What every sub-target of one resolver call shares: the page's candidates for the step's
 * words, the links to the step's route, the topmost modal layer and whether the page has
 * layout (resolve.ts). Reads the page index's candidate cache (candidates.ts, page-index.ts).
 */
import { type Candidate, candidateOf, collectCandidates, collectCandidatesInFrame, estimatedWordsOf, isExcluded } from './candidates';
import type { PageState, StepInput, SubTarget } from './plan';
import { linksIn, pageIndexOf } from './page-index';
import { rowOf } from './rows';
import { NAVIGATION_SELECTOR } from './roles';
import { stemKey } from '../../step-language/words';
import { comparableRoute } from '../../portal/routes';

/**
 * Candidates scoring below this are never returned: null is better than a wrong element.
 * Chosen so that a name standing in the step's text only outside the label's segment
 * (at most 0.255, even with every context bonus 0.37) stays below, while an inflected mention
 * in a breadcrumb sentence (`factureren` for the Nav's `Facturering`: 0.43) and an exactly
 * named but disabled element (0.6) pass. Tuned on the seeds (resolve.test.ts).
 */
export const RESOLVE_THRESHOLD = 0.4;

/** Options of `resolveStep` and `resolveSubTarget` (resolve.ts). */
export interface ResolveOptions {
  /** The page's route and the runner's progress through the step; default `{ route: null }`. */
  readonly page?: PageState;
  /** Subtrees never to point into, e.g. the overlay's shadow host. */
  readonly exclude?: readonly Element[];
  /** Subtrees that changed last (e.g. from a MutationObserver); their elements are preferred. */
  readonly recentRoots?: readonly Node[];
  /**
   * Whether the DOM has layout, so zero-size elements count as hidden. Default: detected
   * once per call from the root element's size (false in happy-dom).
   */
  readonly hasLayout?: boolean;
  /** Minimum score of a target; default {@link RESOLVE_THRESHOLD}. */
  readonly threshold?: number;
}

/** What every sub-target of one call shares: the candidates and the page's layers. */
export interface Context {
  readonly root: Document | ShadowRoot;
  readonly exclude: readonly Element[];
  /** The step's normalised words (Step.words). */
  readonly text: readonly string[];
  readonly candidates: readonly Candidate[];
  readonly modal: Element | null;
  readonly recentRoots: readonly Node[];
  readonly threshold: number;
  readonly isRendered: (element: Element) => boolean;
  /** Links whose href leads to the route of a sub-target that has one (see rank.ts ROUTE_LINK_SCORE). */
  readonly routeLinks: ReadonlySet<Element>;
  /** The route shown (options.page.route), null when unknown. */
  readonly currentRoute: string | null;
  /** Whether a candidate is in the page's navigation ({@link NAVIGATION_SELECTOR}), kept by the page index. */
  readonly inNavigation: (element: Element) => boolean;
  /** The data row a candidate sits in (rows.ts `rowOf`), kept by the page index. */
  readonly rowOf: (element: Element) => Element | null;
}

/**
 * Whether `element` is a navigation link to the route shown: the place the admin is, even
 * in the moment after a route change before the navigation marks it `aria-current`.
 */
export function leadsHere(element: Element, context: Pick<Context, 'currentRoute' | 'inNavigation'>): boolean {
  if (context.currentRoute === null) return false;
  const href = element.getAttribute('href') ?? '';
  const hash = href.includes('#') ? href.slice(href.indexOf('#')) : '';
  return hash !== '' && comparableRoute(hash) === comparableRoute(context.currentRoute) && context.inNavigation(element);
}

/**
 * Links in `root` ({@link linksIn}) whose href ends with `route` (`#/subscriptions`),
 * case-insensitively and trailing slashes aside.
 */
function linksTo(root: Document | ShadowRoot, route: string, exclude: readonly Element[]): Element[] {
  const trimmed = (href: string | null): string => (href ?? '').replace(/\/+$/, '').toLowerCase();
  const wanted = trimmed(route);
  if (wanted === '') return [];
  return linksIn(root).filter((link) => trimmed(link.getAttribute('href')).endsWith(wanted) && !isExcluded(link, exclude));
}

/**
 * Collects the context of one call: candidates whose words share a stem key with the step's
 * words or the sub-targets' (page-index.ts), plus every link to a sub-target's route.
 *
 * @param from collect only the candidates at or after this element in document order
 *   (candidates.ts `CollectOptions.from`), afresh; default the whole root, memoised within the frame.
 */
export function makeContext(
  step: StepInput,
  root: Document | ShadowRoot,
  subTargets: readonly SubTarget[],
  options: ResolveOptions,
  from?: Element,
): Context {
  const text = step.words;
  const keys = new Set<string>();
  for (const word of text) keys.add(stemKey(word));
  for (const sub of subTargets) for (const word of sub.words) keys.add(stemKey(word));
  const exclude = options.exclude ?? [];
  // A copy of the frame's list: route links are appended below, the cached list stays as collected.
  const candidates = from ? collectCandidates(root, { exclude, keys, from }) : [...collectCandidatesInFrame(root, { exclude, keys })];
  const index = pageIndexOf(root);
  const routeLinks = new Set<Element>();
  for (const sub of subTargets) {
    if (sub.route === null) continue;
    for (const link of linksTo(root, sub.route, exclude)) {
      routeLinks.add(link);
      if (!candidates.some((c) => c.element === link)) candidates.push(candidateOf(link, candidates.length, estimatedWordsOf(link)));
    }
  }
  const modals = index.modals();
  const modal = modals[modals.length - 1] ?? null;
  let hasLayout = options.hasLayout;
  const isRendered = (element: Element): boolean => {
    if (hasLayout === undefined) {
      // Document or ShadowRoot, checked by node type: `instanceof` fails across realms.
      const doc = root.nodeType === root.DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
      const top = doc?.documentElement.getBoundingClientRect();
      hasLayout = top !== undefined && (top.width > 0 || top.height > 0);
    }
    if (!hasLayout) return true;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  return {
    root,
    exclude,
    text,
    candidates,
    routeLinks,
    currentRoute: options.page?.route ?? null,
    inNavigation: (element) => index.ancestral(element, 'navigation', (e) => e.closest(NAVIGATION_SELECTOR) !== null),
    rowOf: (element) => index.ancestral(element, 'row', rowOf),
    modal,
    recentRoots: options.recentRoots ?? [],
    threshold: options.threshold ?? RESOLVE_THRESHOLD,
    isRendered,
  };
}

/** Whether the element lies behind the topmost modal layer (not in it, nor in a layer opened after it). */
export function isBehindModal(candidate: Candidate, modal: Element | null): boolean {
  if (!modal || modal.contains(candidate.element)) return false;
  const layer = candidate.layer();
  return !(layer && modal.compareDocumentPosition(layer) & modal.DOCUMENT_POSITION_FOLLOWING);
}
