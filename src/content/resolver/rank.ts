/**
 * Scoring the page's candidates for one sub-target and picking its target (resolve.ts): the
 * name scores of score.ts times the context factors below, ranked by estimate, then verified
 * best first.
 */
import type { Candidate } from './candidates';
import { type Context, isBehindModal, leadsHere } from './context';
import type { SubTarget } from './plan';
import type { Scored, ScoredCandidate } from './resolution';
import { isAlreadySatisfied } from './roles';
import { preferLapsedRow } from './rows';
import { combineScores, labelScore, MAX_COMBINED_SCORE, ONE_WORD_STEM_IN_PROSE, type TextMatch, textScore } from './score';

/** Multipliers applied to the text/label score: context that makes an element likelier. */
export const CONTEXT_FACTORS = {
  /** The role fits the step's wording (tab for "tabblad", link for "go to", …): see step-language/cues.ts. */
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
 * The highest score a candidate behind the topmost modal layer can have: the best name score
 * with every context bonus that can go with being behind it (its role fits, it is in a layer
 * of its own, in a subtree that changed last), halved for being behind the modal.
 */
export const BEHIND_MODAL_MAX_SCORE =
  MAX_COMBINED_SCORE * CONTEXT_FACTORS.roleFits * CONTEXT_FACTORS.inLayer * CONTEXT_FACTORS.recent * CONTEXT_FACTORS.behindModal;

/**
 * Label score of a link whose href leads to the step's route, for the breadcrumb's last crumb:
 * the article's own link points there, so it is that crumb whatever the UI calls it now
 * ("Abonnementer" in the text, "Dine produkter" in the 2021 Nav). Just above {@link EXACT_LABEL}
 * so that it counts as named.
 */
export const ROUTE_LINK_SCORE = 0.95;

/** A label score at least this means "the label names this element" (equal up to inflection). */
export const EXACT_LABEL = 0.9;

/** How many rows are read for a lapsed status (a large tenant has thousands): here and in choice.ts. */
export const MAX_STATUS_ROWS = 100;

const MAX_REPORTED = 10;

/** The name-only scores of one name for one sub-target. */
interface NameScores {
  readonly byLabel: number;
  readonly byText: TextMatch;
  readonly base: number;
}

/**
 * Name scores by sub-target and name, kept between calls. A sub-target belongs to one step
 * and is kept with it (plan.ts), and a name's words are kept arrays (the page index's
 * estimates, `sharedWords`): so the 1,200 product names of a large list, which share a word
 * with the step, are scored once per step, not on every page change. Both keys are weak.
 */
const nameScores = new WeakMap<SubTarget, WeakMap<readonly string[], NameScores>>();

/** The name-only scores of `name` for `sub` in a step whose words are `text`. */
function nameScoresOf(sub: SubTarget, name: readonly string[], text: readonly string[]): NameScores {
  let bySub = nameScores.get(sub);
  if (!bySub) {
    bySub = new WeakMap();
    nameScores.set(sub, bySub);
  }
  let scores = bySub.get(name);
  if (!scores) {
    const byLabel = sub.fallback ? 0 : labelScore(sub.words, name);
    const byText = textScore(name, text, sub.place, sub.kind === 'navigation' ? undefined : ONE_WORD_STEM_IN_PROSE);
    scores = { byLabel, byText, base: combineScores(byLabel, byText.score) };
    bySub.set(name, scores);
  }
  return scores;
}

/**
 * Scores one candidate for a sub-target from the given name words (the estimate or the
 * real accessible name); null when neither direction matches at all.
 */
function scoreOne(sub: SubTarget, candidate: Candidate, name: readonly string[], context: Context, verified: boolean): Scored | null {
  const scores = nameScoresOf(sub, name, context.text);
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
  const roleFits = role !== null && sub.roles.has(role);
  if (sub.kind === 'navigation') {
    const inNav = context.inNavigation(element);
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
    satisfied: isAlreadySatisfied(element, role) || leadsHere(element, context),
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
 * @returns the chosen one (or null) and the best candidates for the report (at most 10).
 */
export function scoreAndPick(sub: SubTarget, context: Context): { chosen: Scored | null; report: Scored[] } {
  const estimates: Scored[] = [];
  for (const candidate of context.candidates) {
    const scored = scoreOne(sub, candidate, candidate.estimatedWords, context, false);
    if (scored) estimates.push(scored);
  }
  estimates.sort(byScore);
  preferLapsedRow(estimates, MAX_STATUS_ROWS, context.rowOf);

  const verified: Scored[] = [];
  for (const estimate of estimates) {
    if (estimate.score < context.threshold) break;
    if (sub.kind === 'action' && verified.length > 0 && (verified[0] as Scored).score >= estimate.score) break;
    const candidate = estimate.candidate;
    if (!candidate.visible() || !context.isRendered(candidate.element)) continue;
    const real = scoreOne(sub, candidate, candidate.nameWords(), context, true);
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
