/**
 * The resolver: finds the element a step points at, one sub-target (label) at a time.
 * Pure and synchronous DOM code, no extension APIs; the runner calls it whenever the page
 * changes while a step waits (docs/architecture.md, "Finding a step's target").
 */
import { type Candidate, candidateOf, collectCandidatesInFrame, estimatedWordsOf, isExcluded } from './candidates';
import { asWayToDestination, forgetRevealers, overflowStandIn } from './reveal';
import { inLapsedRow, preferLapsedRow, rowNameLinks } from './rows';
import { comparableRoute } from '../../portal/page';
import { rolesFittingCues } from './cues';
import { stemKey, wordsOf } from './normalise';
import { type PageState, planStep, type StepInput, type SubTarget } from './plan';
import { isAlreadySatisfied, MODAL_SELECTOR } from './roles';
import { combineScores, labelScore, ONE_WORD_STEM_IN_PROSE, type TextMatch, textScore } from './score';

/**
 * Candidates scoring below this are never returned: null is better than a wrong element.
 * Chosen so that a name standing in the step's text only outside the label's segment
 * (at most 0.255, even with every context bonus 0.37) stays below, while an inflected mention
 * in a breadcrumb sentence (`factureren` for the Nav's `Facturering`: 0.43) and an exactly
 * named but disabled element (0.6) pass. Tuned on the seeds (resolve.test.ts).
 */
export const RESOLVE_THRESHOLD = 0.4;

/** Multipliers applied to the text/label score: context that makes an element likelier. */
export const CONTEXT_FACTORS = {
  /** The role fits the step's wording (tab for "tabblad", link for "go to", …): see cues.ts. */
  roleFits: 1.15,
  /** Inside an open menu, dialog, pane or list box layer: it opened for this step. */
  inLayer: 1.15,
  /** Inside a subtree that changed last (`recentRoots`). */
  recent: 1.1,
  /** Disabled: kept (it shows where the action is) but loses to any enabled equal. */
  disabled: 0.6,
  /** Behind an open modal layer: the user cannot reach it now. */
  behindModal: 0.5,
  /** For a breadcrumb, neither a link/tree item nor in the Nav (a tab named like the page). */
  offNavigation: 0.8,
} as const;

/**
 * Label score of a link whose href leads to the step's route, for the breadcrumb's last crumb:
 * the article's own link points there, so it is that crumb whatever the UI calls it now
 * ("Abonnementer" in the text, "Dine produkter" in the 2021 Nav). Just above {@link EXACT_LABEL}
 * so that it counts as named.
 */
export const ROUTE_LINK_SCORE = 0.95;

/**
 * Score of a row-name link as the target of an implicit "choose the subscription" (plan.ts):
 * above the threshold, below any named element; it is only tried when the step's own labels
 * are not on the page.
 */
export const CHOICE_SCORE = 0.5;

/** Options of {@link resolveStep} and {@link resolveSubTarget}. */
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

/** A candidate and how it scored for one sub-target. */
export interface ScoredCandidate {
  readonly element: Element;
  readonly role: string | null;
  /**
   * The accessible name as computed when `verified`; else the normalised estimate it was
   * ranked by (see Candidate.estimatedWords).
   */
  readonly name: string;
  /** Checked visible and rendered, and scored with the real accessible name. */
  readonly verified: boolean;
  /** Final score: {@link combineScores} of the two below times the context factors. */
  readonly score: number;
  /** Label → element score, see `labelScore`. */
  readonly labelScore: number;
  /** Element → step text score, see `textScore`. */
  readonly textScore: number;
  readonly disabled: boolean;
  /** Already in the state the step asks for (selected tab, current link, pane title). */
  readonly satisfied: boolean;
  /** One past the word where the step mentions it last (label or text); for breadcrumbs. */
  readonly reach: number;
  /** Inside an open menu, dialog, pane or list box layer. */
  readonly inLayer: boolean;
}

/** The resolver's answer for a step. */
export interface Resolution {
  /** The element to point at, or null when nothing scored at least the threshold. */
  readonly target: Element | null;
  /** The label of the sub-target the target answers, null when there is none. */
  readonly label: string | null;
  readonly subTarget: SubTarget | null;
  /** The target's score, 0 when none. */
  readonly score: number;
  /** The best-scoring candidates of that sub-target, best first (at most 10), for debugging. */
  readonly candidates: readonly ScoredCandidate[];
}

/** A label score at least this means "the label names this element" (equal up to inflection). */
const EXACT_LABEL = 0.9;

const NO_RESOLUTION: Resolution = { target: null, label: null, subTarget: null, score: 0, candidates: [] };
const MAX_REPORTED = 10;

/** What every sub-target of one call shares: the candidates and the page's layers. */
interface Context {
  readonly root: Document | ShadowRoot;
  readonly exclude: readonly Element[];
  readonly step: StepInput;
  readonly text: readonly string[];
  readonly candidates: readonly Candidate[];
  readonly modal: Element | null;
  readonly recentRoots: readonly Node[];
  readonly threshold: number;
  readonly isRendered: (element: Element) => boolean;
  /** Links whose href leads to the route of a sub-target that has one (see {@link ROUTE_LINK_SCORE}). */
  readonly routeLinks: ReadonlySet<Element>;
  /** The route shown (options.page.route), null when unknown. */
  readonly currentRoute: string | null;
}

/**
 * Whether `element` is a navigation link to the route shown: the place the admin is, even
 * in the moment after a route change before the navigation marks it `aria-current`.
 */
function leadsHere(element: Element, currentRoute: string | null): boolean {
  if (currentRoute === null || !element.closest('nav,[role="navigation"]')) return false;
  const href = element.getAttribute('href') ?? '';
  const hash = href.includes('#') ? href.slice(href.indexOf('#')) : '';
  return hash !== '' && comparableRoute(hash) === comparableRoute(currentRoute);
}

/** A CSS attribute value in double quotes. */
const cssString = (value: string): string => `"${value.replace(/["\\]/g, '\\$&')}"`;

/** Links in `root` whose href ends with `route` (`#/subscriptions`), case-insensitively. */
function linksTo(root: Document | ShadowRoot, route: string, exclude: readonly Element[]): Element[] {
  const wanted = route.replace(/\/+$/, '');
  if (wanted === '') return [];
  const found = root.querySelectorAll(`a[href$=${cssString(wanted)} i],a[href$=${cssString(`${wanted}/`)} i]`);
  return Array.from(found).filter((link) => !isExcluded(link, exclude));
}

function makeContext(step: StepInput, root: Document | ShadowRoot, subTargets: readonly SubTarget[], options: ResolveOptions): Context {
  const text = wordsOf(step.text);
  const keys = new Set<string>();
  for (const word of text) keys.add(stemKey(word));
  for (const sub of subTargets) for (const word of sub.words) keys.add(stemKey(word));
  const exclude = options.exclude ?? [];
  // A copy: route links are appended below, the cached list stays as collected.
  const candidates = [...collectCandidatesInFrame(root, { exclude, keys })];
  const routeLinks = new Set<Element>();
  for (const sub of subTargets) {
    if (sub.route === null) continue;
    for (const link of linksTo(root, sub.route, exclude)) {
      routeLinks.add(link);
      if (!candidates.some((c) => c.element === link)) candidates.push(candidateOf(link, candidates.length, estimatedWordsOf(link)));
    }
  }
  const modals = root.querySelectorAll(MODAL_SELECTOR.replace(',dialog:modal', ''));
  const modal = modals.length > 0 ? (modals[modals.length - 1] ?? null) : null;
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
    step,
    text,
    candidates,
    routeLinks,
    currentRoute: options.page?.route ?? null,
    modal,
    recentRoots: options.recentRoots ?? [],
    threshold: options.threshold ?? RESOLVE_THRESHOLD,
    isRendered,
  };
}

/** Whether the element lies behind the topmost modal layer (not in it, nor in a layer opened after it). */
function isBehindModal(candidate: Candidate, modal: Element | null): boolean {
  if (!modal || modal.contains(candidate.element)) return false;
  const layer = candidate.layer();
  return !(layer && modal.compareDocumentPosition(layer) & modal.DOCUMENT_POSITION_FOLLOWING);
}

/** The name-only scores of one name for one sub-target. */
interface NameScores {
  readonly byLabel: number;
  readonly byText: TextMatch;
  readonly base: number;
}

/** A scored candidate that still knows its {@link Candidate}. */
type Scored = ScoredCandidate & { readonly candidate: Candidate };

/**
 * Scores one candidate for a sub-target from the given name words (the estimate or the
 * real accessible name); null when neither direction matches at all.
 */
function scoreOne(
  sub: SubTarget,
  candidate: Candidate,
  name: readonly string[],
  fits: ReadonlySet<string>,
  context: Context,
  verified: boolean,
  memo: Map<readonly string[], NameScores>,
): Scored | null {
  // Many candidates share a name ("More actions" on every row); names are cached arrays.
  let scores = memo.get(name);
  if (!scores) {
    const byLabel = sub.fallback ? 0 : labelScore(sub.words, name);
    const byText = textScore(name, context.text, sub.place, sub.kind === 'navigation' ? undefined : ONE_WORD_STEM_IN_PROSE);
    scores = { byLabel, byText, base: combineScores(byLabel, byText.score) };
    memo.set(name, scores);
  }
  let { byLabel, base } = scores;
  const { byText } = scores;
  const element = candidate.element;
  if (sub.route !== null && context.routeLinks.has(element) && byLabel < ROUTE_LINK_SCORE) {
    byLabel = ROUTE_LINK_SCORE;
    base = combineScores(byLabel, byText.score);
  }
  if (base === 0) return null;
  const role = candidate.role();
  let factor = 1;
  const roleFits = role !== null && fits.has(role);
  if (sub.kind === 'navigation') {
    const inNav = element.closest('nav,[role="navigation"]') !== null;
    factor *= roleFits || inNav ? CONTEXT_FACTORS.roleFits : CONTEXT_FACTORS.offNavigation;
  } else if (roleFits) factor *= CONTEXT_FACTORS.roleFits;
  if (candidate.layer()) factor *= CONTEXT_FACTORS.inLayer;
  if (context.recentRoots.some((r) => r.contains(element))) factor *= CONTEXT_FACTORS.recent;
  if (candidate.disabled()) factor *= CONTEXT_FACTORS.disabled;
  if (isBehindModal(candidate, context.modal)) factor *= CONTEXT_FACTORS.behindModal;
  return {
    candidate,
    element,
    role,
    name: verified ? candidate.name() : name.join(' '),
    verified,
    score: base * factor,
    labelScore: byLabel,
    textScore: byText.score,
    disabled: candidate.disabled(),
    satisfied: isAlreadySatisfied(element, role) || leadsHere(element, context.currentRoute),
    reach: Math.max(byLabel > 0 ? sub.place.end : -1, byText.end),
    inLayer: candidate.layer() !== null,
  };
}

/** 1 for a candidate with text of its own (see Candidate.hasOwnText), for tie-breaking. */
const hasOwnText = (c: Scored): number => (c.candidate.hasOwnText() ? 1 : 0);

/** Best first; ties go to the element with text of its own, then to the earlier in document order. */
const byScore = (a: Scored, b: Scored): number =>
  b.score - a.score || hasOwnText(b) - hasOwnText(a) || a.candidate.index - b.candidate.index;

/**
 * Scores every candidate for one sub-target and picks the target.
 *
 * Candidates are ranked by their estimated name (cheap), then verified best first: not
 * hidden by CSS, rendered (non-zero size when there is layout: one `getBoundingClientRect`
 * per candidate looked at), and re-scored with the real accessible name. For an action the
 * search stops as soon as a verified score is at least the next estimate; for a navigation
 * sub-target all candidates above the threshold are verified, then one the label names
 * exactly (up to inflection) wins, else the one reaching furthest into the breadcrumb
 * sentence (`Norēķini jūsu produkti`: the Nav's `Jūsu produkti` over `Norēķini`), then the best
 * score; elements already satisfied (a selected tab) are no way to navigate and are skipped.
 *
 * @returns the chosen one (or null) and the best candidates for the report.
 */
function scoreAndPick(sub: SubTarget, context: Context): { chosen: Scored | null; report: Scored[] } {
  const fits = rolesFittingCues(context.text, sub.place.start, sub.place.end, context.step.text);
  if (sub.kind === 'navigation') {
    fits.add('link');
    fits.add('treeitem');
  }
  const memo = new Map<readonly string[], NameScores>();
  const estimates: Scored[] = [];
  for (const candidate of context.candidates) {
    const scored = scoreOne(sub, candidate, candidate.estimatedWords, fits, context, false, memo);
    if (scored) estimates.push(scored);
  }
  estimates.sort(byScore);
  preferLapsedRow(estimates, MAX_STATUS_ROWS);

  const verified: Scored[] = [];
  for (const estimate of estimates) {
    if (estimate.score < context.threshold) break;
    if (sub.kind === 'action' && verified.length > 0 && (verified[0] as Scored).score >= estimate.score) break;
    const candidate = estimate.candidate;
    if (!candidate.visible() || !context.isRendered(candidate.element)) continue;
    const real = scoreOne(sub, candidate, candidate.nameWords(), fits, context, true, memo);
    if (real && real.score >= context.threshold) {
      verified.push(real);
      verified.sort(byScore);
    }
  }
  let passing = verified;
  if (sub.kind === 'navigation') {
    // Names standing only before the breadcrumb are its setting ("in the Microsoft 365 admin
    // center, go to …"), not a step of it.
    passing = passing.filter((c) => !c.satisfied && (sub.place.start < 0 || c.reach > sub.place.start));
    const named = (c: ScoredCandidate): number => (c.labelScore >= EXACT_LABEL ? 1 : 0);
    passing.sort((a, b) => named(b) - named(a) || b.reach - a.reach || byScore(a, b));
  }
  const chosen = passing[0] ?? null;
  const report = [...verified, ...estimates.filter((e) => !verified.some((v) => v.element === e.element))];
  return { chosen, report: report.slice(0, MAX_REPORTED) };
}

/** Drops the internal link back to the {@link Candidate}. */
function publicOf({ candidate: _, ...rest }: Scored): ScoredCandidate {
  return rest;
}

function resolutionOf(sub: SubTarget, chosen: Scored | null, report: readonly Scored[]): Resolution {
  return {
    target: chosen?.element ?? null,
    label: chosen ? sub.label : null,
    subTarget: chosen ? sub : null,
    score: chosen?.score ?? 0,
    candidates: report.map(publicOf),
  };
}

/** How many rows {@link resolveChoice} reads for a lapsed status (a large tenant has thousands). */
const MAX_STATUS_ROWS = 100;

/**
 * Resolves an implicit "choose the subscription" (plan.ts): the row-name link of the first row
 * showing a lapsed status (Expired, Disabled: `showsLapsedStatus`, cues.ts), else of the first
 * row, of a grid or table (rows.ts), visible; scored {@link CHOICE_SCORE}. The runner spreads the coach mark
 * over the same link in every row (`sameControlInOtherRows`): the admin picks one.
 */
function resolveChoice(sub: SubTarget, context: Context): Resolution {
  const links = rowNameLinks(context.root);
  // The admin chooses a lapsed subscription to reactivate: point at the first one shown, so
  // the coach mark sits on a row the admin will pick (and, placed below it, hides no earlier one).
  const lapsed = links.slice(0, MAX_STATUS_ROWS).find(inLapsedRow);
  if (lapsed) links.unshift(lapsed);
  for (const element of links) {
    if (isExcluded(element, context.exclude)) continue;
    const candidate = candidateOf(element, 0, []);
    if (!candidate.visible() || !context.isRendered(element)) continue;
    const chosen: Scored = {
      candidate,
      element,
      role: candidate.role(),
      name: candidate.name(),
      verified: true,
      score: CHOICE_SCORE,
      labelScore: 0,
      textScore: 0,
      disabled: candidate.disabled(),
      satisfied: false,
      reach: sub.place.end,
      inLayer: candidate.layer() !== null,
    };
    if (isBehindModal(candidate, context.modal)) return NO_RESOLUTION;
    return resolutionOf(sub, chosen, [chosen]);
  }
  return NO_RESOLUTION;
}

/**
 * Resolves one sub-target: the best element for its label and the step's text.
 *
 * @param sub a sub-target from {@link planStep} for `step`.
 * @param step the step it belongs to (its `text` is matched both ways).
 * @param root the Document or ShadowRoot to search.
 * @returns the target (null when nothing reaches the threshold) and the scored candidates.
 */
export function resolveSubTarget(
  sub: SubTarget,
  step: StepInput,
  root: Document | ShadowRoot,
  options: ResolveOptions = {},
): Resolution {
  const context = makeContext(step, root, [sub], options);
  if (sub.kind === 'choose') return resolveChoice(sub, context);
  const { chosen, report } = scoreAndPick(sub, context);
  return resolutionOf(sub, chosen, report);
}

/**
 * Whether a satisfied resolution may stand in when nothing actionable resolves: a selected tab
 * or current link the step names ("On the Products tab, find …": the admin is there), or a
 * pane title the label names exactly. A pane title matched only in part ("Reactivate" for the
 * "Reactivate this subscription" pane) is not the step's button: better the "not found" card.
 * The navigation's current item never stands in for an action: it is the place the admin is
 * (passed, not marked), and "Your products" ("Jūsu produkti") is not the Products tab the step
 * names, which the page may draw a moment after its navigation.
 */
function mayStandIn(resolution: Resolution): boolean {
  const best = resolution.candidates[0];
  if (!best) return true;
  if (best.element.closest('nav,[role="navigation"]') !== null) return false;
  return best.role !== 'heading' || best.labelScore >= EXACT_LABEL;
}

/**
 * Resolves a step against the page: plans it ({@link planStep} with `options.page`), then
 * - navigation sub-targets (a breadcrumb to the step's route) are tried from the last to the
 *   first: the deepest one visible is the shortest way (`Your products` when the Billing
 *   group is already open, else `Billing`); the last one also matches links to the route;
 * - action sub-targets are tried in order; one that does not resolve is passed over (a
 *   garbled label such as `het`, a menu not open yet), and one already satisfied (a selected
 *   tab, the open pane's title) is passed over in favour of a later one that resolves; but
 *   the first one resolving inside an open layer (menu, pane) wins over those behind it:
 *   the layer opened for this step ("More actions, then Reactivate this subscription");
 * - an implicit `choose` sub-target ("choose the subscription, then select Reactivate") is
 *   resolved only when no action is on the page: the list's row names, which open the page
 *   that has the action;
 * - when only satisfied ones resolve, the first of them is returned (a pane title only when
 *   its label names it exactly);
 * - when nothing resolves, a command bar's overflow ("…") button that may hide the action is
 *   returned as a stand-in (reveal.ts): the coach mark says to open it first;
 * - among the same control repeated in every row (More actions), the one in the first row
 *   showing a lapsed status wins (the subscription a reactivation acts on).
 * Candidates are collected once per call.
 *
 * @param step the step (`text`, `labels`, `route`, optionally `content`).
 * @param root the Document or ShadowRoot to search.
 * @returns the target and its label, or `target: null` when nothing passes the threshold
 *   (the overlay then shows the "not found" card); never throws for any DOM.
 */
export function resolveStep(step: StepInput, root: Document | ShadowRoot, options: ResolveOptions = {}): Resolution {
  forgetRevealers();
  const plan = planStep(step, options.page ?? { route: null });
  if (plan.length === 0) return NO_RESOLUTION;
  const context = makeContext(step, root, plan, options);
  const navigation = plan.filter((s) => s.kind === 'navigation').reverse();
  const actions = plan.filter((s) => s.kind === 'action');
  let satisfied: Resolution | null = null;
  for (const sub of navigation) {
    const { chosen, report } = scoreAndPick(sub, context);
    if (!chosen) continue;
    const resolution = resolutionOf(sub, chosen, report);
    if (!chosen.satisfied) return sub.route !== null && !context.routeLinks.has(chosen.element) ? asWayToDestination(resolution) : resolution;
    satisfied ??= resolution;
  }
  let firstActionable: Resolution | null = null;
  for (const sub of actions) {
    const { chosen, report } = scoreAndPick(sub, context);
    if (!chosen) continue;
    const resolution = resolutionOf(sub, chosen, report);
    if (chosen.satisfied) {
      if (mayStandIn(resolution)) satisfied ??= resolution;
    }
    // A menu or pane opened by an earlier action of this step: its item is the next move.
    else if (chosen.inLayer) return resolution;
    else firstActionable ??= resolution;
  }
  if (firstActionable) return firstActionable;
  for (const sub of plan) {
    if (sub.kind !== 'choose') continue;
    const choice = resolveChoice(sub, context);
    if (choice.target) return choice;
  }
  if (satisfied) return satisfied;
  if (actions.length === 0) return NO_RESOLUTION;
  return overflowStandIn(context.root, context.exclude, context.threshold, (element) => isBehindModal(candidateOf(element, 0, []), context.modal)) ?? NO_RESOLUTION;
}
