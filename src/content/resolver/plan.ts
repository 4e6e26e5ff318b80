/**
 * Turns a step into the ordered list of things to point at ("sub-targets"): one per label,
 * breadcrumbs one label at a time (`Billing > Your products` → `Billing`, `Your products`).
 * A step that links a route (`route: '#/subscriptions'`) is satisfied by navigation itself,
 * so on that route its navigation labels are skipped (../../../../shared/DESIGN.md, "Finding
 * a step's target: hints"; issue 5).
 */
import { isWithinRoute } from '../../portal/page';
import type { Inline, Step } from '../../tour/model';
import { sameStem, wordsOf } from './normalise';
import type { TextPlace } from './score';

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
  /** Its index in `step.labels`. */
  readonly labelIndex: number;
  /** Its index in the step's full plan (what {@link PageState.completed} counts). */
  readonly order: number;
  /**
   * `navigation` for the labels of the sentence holding the step's routed link (a breadcrumb
   * to a page), `action` for the rest.
   */
  readonly kind: 'navigation' | 'action';
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

/** Word ranges `[start, end)` of the sentences of `text` (split after `.`, `!`, `?`). */
function sentenceRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let at = 0;
  for (const sentence of text.split(/(?<=[.!?])\s+/)) {
    const count = wordsOf(sentence).length;
    ranges.push([at, at + count]);
    at += count;
  }
  return ranges;
}

/**
 * Plans a step against the page: the labels still to point at, in order.
 *
 * - Labels that normalise to nothing (`…`) are left out: no name can match them.
 * - Each label is located in the step's text (in reading order; exactly, else up to inflection
 *   or glued to a neighbour word); its segment runs from the
 *   previous label's end to the next label's start. Navigation labels share one segment, the
 *   sentence with the step's routed link (a breadcrumb is one unit).
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
  const located: Array<{ label: string; labelIndex: number; words: string[]; start: number }> = [];
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

  let navigation: [number, number] | null = null;
  if (step.route !== null) {
    const sentences = sentenceRanges(step.text);
    const link = routedLinkTexts(step.content ?? [])
      .map((t) => findWords(text, wordsOf(t), 0))
      .find((at) => at >= 0);
    navigation = (link === undefined ? sentences[0] : sentences.find(([s, e]) => link >= s && link < e)) ?? null;
  }

  let previousIsNavigation = navigation !== null;
  const plan: SubTarget[] = located.map((entry, order) => {
    const previous = located.slice(0, order).reverse().find((l) => l.start >= 0);
    const next = located.slice(order + 1).find((l) => l.start >= 0);
    // A label not found in the text keeps the kind of the label before it.
    const inNavigation =
      navigation !== null &&
      (entry.start >= 0 ? entry.start >= navigation[0] && entry.start < navigation[1] : previousIsNavigation);
    previousIsNavigation = inNavigation;
    const start = entry.start;
    const end = start >= 0 ? start + entry.words.length : start;
    const place: TextPlace =
      inNavigation && navigation
        ? { start, end, segmentStart: navigation[0], segmentEnd: navigation[1] }
        : {
            start,
            end,
            segmentStart: previous ? previous.start + previous.words.length : 0,
            segmentEnd: next ? next.start : text.length,
          };
    return {
      label: entry.label,
      labelIndex: entry.labelIndex,
      order,
      kind: inNavigation ? 'navigation' : 'action',
      words: entry.words,
      place,
    };
  });

  const onRoute = step.route !== null && page.route !== null && isWithinRoute(page.route, step.route);
  const completed = page.completed ?? 0;
  return plan.filter((sub) => sub.order >= completed && !(onRoute && sub.kind === 'navigation'));
}
