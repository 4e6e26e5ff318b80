/**
 * Turns a step into the ordered list of things to point at ("sub-targets"): one per label,
 * breadcrumbs one label at a time (`Billing > Your products` → `Billing`, `Your products`).
 * A step that links a route (`route: '#/subscriptions'`) is satisfied by navigation itself,
 * so on that route its navigation labels are skipped (docs/architecture.md, "Finding
 * a step's target").
 */
import { isWithinRoute } from '../../portal/page';
import type { Inline, Step } from '../../tour/model';
import { chooseSubscriptionAt, isFallbackSentence } from './cues';
import { sameStem, wordsOf } from './normalise';
import type { TextPlace, WordRange } from './score';

/** The parts of a step the resolver reads. */
export type StepInput = Pick<Step, 'text' | 'labels' | 'route'> & { readonly content?: Step['content'] };

/** What the runner knows about the page and its progress through the step. */
export interface PageState {
  /** The current admin-center route (`#/subscriptions`, see `routeOf` in src/portal/page.ts), or null. */
  readonly route: string | null;
  /**
   * How many sub-targets of the step's full plan (the plan for `route: null`) the admin has
   * already done, e.g. clicked; those are left out. Default 0.
   */
  readonly completed?: number;
}

/** One label of a step to point at, with what the resolver needs to score it. */
export interface SubTarget {
  /** The label as the step has it (`activeren.\`). */
  readonly label: string;
  /** Its index in `step.labels`; -1 for an implicit `choose` sub-target. */
  readonly labelIndex: number;
  /** Its index in the step's full plan (what {@link PageState.completed} counts). */
  readonly order: number;
  /**
   * `navigation` for the labels of the sentence holding the step's routed link (a breadcrumb
   * to a page), `action` for the rest, `choose` for the implicit "choose the subscription"
   * before an action (its targets are the list's row-name links; see resolve.ts).
   */
  readonly kind: 'navigation' | 'action' | 'choose';
  /**
   * The step's route, on the last navigation sub-target of its plan only (the breadcrumb's
   * destination): a link whose href leads there is that crumb, whatever its text.
   */
  readonly route: string | null;
  /**
   * The label stands in a fallback sentence ("If you don't see X, contact support"): its own
   * words name no target (they would point at Support); it stands for the action the
   * instruction named before the fallback, found by the step's text in its segment.
   */
  readonly fallback: boolean;
  /** The label's normalised words. */
  readonly words: readonly string[];
  /** Where the label stands in the step's normalised words. */
  readonly place: TextPlace;
}

/** Plain text of the links in `content` that lead to an admin-center route. */
function routedLinkTexts(content: readonly Inline[]): string[] {
  const texts: string[] = [];
  const textOf = (nodes: readonly Inline[]): string =>
    nodes
      .map((n) => (n.type === 'text' || n.type === 'code' ? n.value : n.type === 'break' ? ' ' : textOf(n.children)))
      .join('');
  const walk = (nodes: readonly Inline[]): void => {
    for (const node of nodes) {
      if (node.type === 'link' && node.route !== null) texts.push(textOf(node.children));
      else if (node.type === 'link' || node.type === 'strong') walk(node.children);
    }
  };
  walk(content);
  return texts;
}

/**
 * Whether text word `h` stands for label word `n` at position `i` of an `count`-word label:
 * equal, or (loosely) the same stem, or glued to a neighbouring word by the machine
 * translation's misplaced markup: `**Billing**de` → `billingde`, `pagina[uw …` → `paginauw`.
 */
function wordFits(h: string, n: string, i: number, count: number, loose: boolean): boolean {
  if (h === n) return true;
  if (!loose) return false;
  return sameStem(h, n) || (i === count - 1 && h.startsWith(n)) || (i === 0 && h.endsWith(n));
}

/** First index ≥ `from` at which `needle` stands in `hay` (see {@link wordFits}), or -1. */
function findWords(hay: readonly string[], needle: readonly string[], from: number, loose = false): number {
  if (needle.length === 0) return -1;
  outer: for (let at = Math.max(0, from); at + needle.length <= hay.length; at++) {
    for (let i = 0; i < needle.length; i++) {
      if (!wordFits(hay[at + i] as string, needle[i] as string, i, needle.length, loose)) continue outer;
    }
    return at;
  }
  return -1;
}

/**
 * Where a sentence ends: `.`, `!` or `?`, then any closing marks the machine translation left
 * behind (`activeren.*`, `activeren.\\`, quotes, brackets), then spacing.
 */
const SENTENCE_END = /(?<=[.!?][*_\\)\]"'”’»]*)\s+/;

/** Word ranges `[start, end)` of the sentences of `text`. */
function sentenceRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let at = 0;
  for (const sentence of text.split(SENTENCE_END)) {
    const count = wordsOf(sentence).length;
    ranges.push([at, at + count]);
    at += count;
  }
  return ranges;
}

/** The raw word of `text` at normalised word index `index` (for a readable label), else `fallback`. */
function rawWordAt(text: string, index: number, fallback: string): string {
  const raw = text.normalize('NFKC').split(/[^\p{L}\p{M}\p{N}]+/u).filter((w) => w !== '');
  return raw.length === wordsOf(text).length ? (raw[index] ?? fallback) : fallback;
}

/** A label (or the implicit choice) located in the step's words; `start` -1 when not found. */
interface Located {
  readonly label: string;
  readonly labelIndex: number;
  readonly words: readonly string[];
  readonly start: number;
  readonly kind?: 'choose';
}

/** Whether `at` lies in one of `ranges`. */
const inRanges = (ranges: readonly WordRange[], at: number): boolean => ranges.some(([s, e]) => at >= s && at < e);

/**
 * Plans a step against the page: the labels still to point at, in order.
 *
 * - Labels that normalise to nothing (`…`) are left out: no name can match them.
 * - Each label is located in the step's text (in reading order; exactly, else up to inflection
 *   or glued to a neighbour word); its segment runs from the
 *   previous label's end to the next label's start. Navigation labels share one segment, the
 *   sentence with the step's routed link (a breadcrumb is one unit).
 * - An action label's segment stays within its sentence.
 * - Fallback sentences ("If you don't see Reactivate, contact support": `isFallbackSentence`
 *   in cues.ts) are muted, unless every located label stands in one (then the fallback is
 *   the step): their words name no target, and a label there is planned as a `fallback`
 *   sub-target whose segment is the instruction before the fallback (see SubTarget.fallback).
 * - "Choose the subscription, then select Reactivate" (`chooseSubscriptionAt`): an implicit
 *   `choose` sub-target is planned before the first action label after the noun; the resolver
 *   points at it only where that label is not on the page (the list before the details page).
 * - When `step.route` is set and `page.route` is within it (`isWithinRoute`, src/portal), the
 *   navigation labels are dropped; the first `page.completed` sub-targets are dropped.
 *
 * @param step the step (`text`, `labels`, `route`; `content` locates the routed link, else the
 *   first sentence is taken as the navigation sentence).
 * @param page the current route and progress.
 * @returns the remaining sub-targets; empty for an untargeted or finished step.
 */
export function planStep(step: StepInput, page: PageState): SubTarget[] {
  const text = wordsOf(step.text);
  const sentences = sentenceRanges(step.text);
  const located: Located[] = [];
  let cursor = 0;
  step.labels.forEach((label, labelIndex) => {
    const words = wordsOf(label);
    if (words.length === 0) return;
    let start = findWords(text, words, cursor);
    if (start < 0) start = findWords(text, words, cursor, true);
    if (start < 0) start = findWords(text, words, 0, true);
    if (start >= 0) cursor = start + words.length;
    located.push({ label, labelIndex, words, start });
  });

  let muted: WordRange[] = sentences.filter(([s, e]) => isFallbackSentence(text.slice(s, e)));
  const mutedAt = (at: number): WordRange | undefined => muted.find(([s, e]) => at >= s && at < e);
  // A step that is all fallback is its own instruction.
  if (!located.some((l) => l.start >= 0 && !mutedAt(l.start))) muted = [];
  const sentenceAt = (at: number): WordRange => sentences.find(([s, e]) => at >= s && at < e) ?? [0, text.length];

  let navigation: [number, number] | null = null;
  if (step.route !== null) {
    const link = routedLinkTexts(step.content ?? [])
      .map((t) => findWords(text, wordsOf(t), 0))
      .find((at) => at >= 0);
    navigation = (link === undefined ? sentences[0] : sentences.find(([s, e]) => link >= s && link < e)) ?? null;
  }
  const isNavigationAt = (at: number): boolean => navigation !== null && at >= navigation[0] && at < navigation[1];

  const noun = chooseSubscriptionAt(text);
  if (noun >= 0 && !inRanges(muted, noun) && !isNavigationAt(noun)) {
    const before = located.findIndex((l) => l.start > noun && !isNavigationAt(l.start));
    if (before >= 0) {
      const word = text[noun] as string;
      located.splice(before, 0, { label: rawWordAt(step.text, noun, word), labelIndex: -1, words: [word], start: noun, kind: 'choose' });
    }
  }

  let previousIsNavigation = navigation !== null;
  const plan: SubTarget[] = located.map((entry, order) => {
    const previous = located.slice(0, order).reverse().find((l) => l.start >= 0);
    const next = located.slice(order + 1).find((l) => l.start >= 0);
    // A label not found in the text keeps the kind of the label before it.
    const inNavigation = navigation !== null && (entry.start >= 0 ? isNavigationAt(entry.start) : previousIsNavigation);
    previousIsNavigation = inNavigation;
    const start = entry.start;
    const end = start >= 0 ? start + entry.words.length : start;
    const previousEnd = previous ? previous.start + previous.words.length : 0;
    const fallback = start >= 0 ? mutedAt(start) : undefined;
    let place: TextPlace;
    if (inNavigation && navigation) place = { start, end, segmentStart: navigation[0], segmentEnd: navigation[1], muted };
    else if (fallback) {
      // "If you don't see X, …": X repeats an action the instruction named before the
      // fallback (its bold often lands elsewhere): look for it there, not by its own words.
      place = { start: previousEnd, end: previousEnd, segmentStart: previousEnd, segmentEnd: fallback[0], muted };
    } else if (start >= 0) {
      // A segment stays within the label's sentence: the sentence before may hold another
      // target ("On the Products tab, … . Select More actions").
      const [sentenceStart, sentenceEnd] = sentenceAt(start);
      place = {
        start,
        end,
        segmentStart: Math.max(previousEnd, sentenceStart),
        segmentEnd: Math.min(next ? next.start : text.length, sentenceEnd),
        muted,
      };
    } else place = { start, end, segmentStart: previousEnd, segmentEnd: next ? next.start : text.length, muted };
    return {
      label: entry.label,
      labelIndex: entry.labelIndex,
      order,
      kind: entry.kind ?? (inNavigation ? 'navigation' : 'action'),
      route: null,
      fallback: fallback !== undefined,
      words: entry.words,
      place,
    };
  });
  const destination = plan.findLastIndex((sub) => sub.kind === 'navigation');
  if (destination >= 0) plan[destination] = { ...(plan[destination] as SubTarget), route: step.route };

  const onRoute = step.route !== null && page.route !== null && isWithinRoute(page.route, step.route);
  const completed = page.completed ?? 0;
  return plan.filter((sub) => sub.order >= completed && !(onRoute && sub.kind === 'navigation'));
}
