/**
 * A step's targets, decided at build time (Step.targets, Step.words, Step.muted in
 * src/tour/model.ts): each label located in the step's words, its kind, its segment of the
 * text, the roles its wording fits, and the breadcrumb's route. The resolver then only scores
 * the page against them (docs/architecture.md, "The step model", and docs/finding-targets.md).
 */
import type { CompiledTarget, Inline, Step, TargetKind, WordRange } from '../tour/model';
import { chooseSubscriptionAt, cuesAroundLabel, isFallbackSentence, NAVIGATION_ROLES, nounCueOfLabel } from '../step-language/cues';
import { sameStem, wordsOf } from '../step-language/words';
import { plainText } from './inline';

/** What compiling a step's targets reads: its sentence(s), labels, route and inline tree. */
export type TargetSource = Pick<Step, 'text' | 'labels' | 'route' | 'content'>;

/** What it adds to the step. */
export type CompiledTargets = Pick<Step, 'words' | 'muted' | 'targets'>;

/** Plain text of the links in `content` that lead to an admin-center route, in reading order. */
function routedLinkTexts(content: readonly Inline[]): string[] {
  const texts: string[] = [];
  const walk = (nodes: readonly Inline[]): void => {
    for (const node of nodes) {
      if (node.type === 'link' && node.route !== null) texts.push(plainText(node.children));
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
function sentenceRanges(text: string): WordRange[] {
  const ranges: WordRange[] = [];
  let at = 0;
  for (const sentence of text.split(SENTENCE_END)) {
    const count = wordsOf(sentence).length;
    ranges.push([at, at + count]);
    at += count;
  }
  return ranges;
}

/**
 * The character range in `text` of each of its normalised words, or null when the raw words
 * do not line up one to one with {@link wordsOf} (a symbol or a compatibility form that
 * normalisation splits or drops).
 */
function wordCharRanges(text: string, count: number): WordRange[] | null {
  const ranges: WordRange[] = [];
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) ranges.push([match.index, match.index + match[0].length]);
  return ranges.length === count ? ranges : null;
}

/** A label (or the implicit choice) located in the step's words; `start` -1 when not found. */
interface Located {
  readonly label: string;
  readonly labelIndex: number;
  readonly words: readonly string[];
  readonly start: number;
  readonly choice?: true;
}

const within = (range: WordRange, at: number): boolean => at >= range[0] && at < range[1];

/** The kind of an action label by the noun cue that names it (`nounCueOfLabel`): tab, pane, drop-down value, page, else control. */
const KIND_OF_NOUN: Readonly<Record<string, TargetKind>> = { tab: 'tab', pane: 'pane', dropdown: 'value', navigation: 'page' };

/**
 * Compiles a step's targets from its text, labels, route and inline tree.
 *
 * - Labels that normalise to nothing (`…`) are left out: no name can match them.
 * - Each label is located in the step's words (in reading order; exactly, else up to
 *   inflection or glued to a neighbour word); its segment runs from the previous label's end
 *   to the next label's start, within its sentence (the sentence before may hold another
 *   target: "On the Products tab, … . Select More actions"). Crumbs share one segment, the
 *   sentence with the step's routed link (a breadcrumb is one unit; without a routed link
 *   in the text, the first sentence); a label not found keeps the kind of the one before it.
 * - Fallback sentences ("If you don't see Reactivate, contact support": `isFallbackSentence`)
 *   are muted, unless every located label stands in one (then the fallback is the step): a
 *   label there becomes a `fallback` target whose segment is the instruction before it.
 * - "Choose the subscription, then select Reactivate" (`chooseSubscriptionAt`): a `choice`
 *   target is planned before the first action label after the noun.
 * - The last crumb carries the step's route.
 * Source: docs/finding-targets.md.
 *
 * @returns the step's normalised words, muted ranges and targets (none for a step without labels).
 */
export function compileTargets(step: TargetSource): CompiledTargets {
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
  if (located.length === 0) return { words: text, muted: [], targets: [] };

  let muted: WordRange[] = sentences.filter(([s, e]) => isFallbackSentence(text.slice(s, e)));
  const mutedAt = (at: number): WordRange | undefined => muted.find((range) => within(range, at));
  // A step that is all fallback is its own instruction.
  if (!located.some((l) => l.start >= 0 && !mutedAt(l.start))) muted = [];
  const sentenceAt = (at: number): WordRange => sentences.find((range) => within(range, at)) ?? [0, text.length];

  let navigation: WordRange | null = null;
  if (step.route !== null) {
    const link = routedLinkTexts(step.content)
      .map((t) => findWords(text, wordsOf(t), 0))
      .find((at) => at >= 0);
    navigation = (link === undefined ? sentences[0] : sentences.find((range) => within(range, link))) ?? null;
  }
  const isNavigationAt = (at: number): boolean => navigation !== null && within(navigation, at);

  const noun = chooseSubscriptionAt(text);
  if (noun >= 0 && !muted.some((range) => within(range, noun)) && !isNavigationAt(noun)) {
    const before = located.findIndex((l) => l.start > noun && !isNavigationAt(l.start));
    if (before >= 0) {
      const raw = wordCharRanges(step.text, text.length)?.[noun];
      const label = raw ? step.text.slice(raw[0], raw[1]) : (text[noun] as string);
      located.splice(before, 0, { label, labelIndex: -1, words: [text[noun] as string], start: noun, choice: true });
    }
  }

  const chars = wordCharRanges(step.text, text.length);
  let previousIsNavigation = navigation !== null;
  const targets = located.map((entry, order): CompiledTarget => {
    const previous = located.slice(0, order).reverse().find((l) => l.start >= 0);
    const next = located.slice(order + 1).find((l) => l.start >= 0);
    const { start } = entry;
    const found = start >= 0;
    const end = found ? start + entry.words.length : start;
    // A label not found in the text keeps the kind of the label before it.
    const inNavigation = navigation !== null && (found ? isNavigationAt(start) : previousIsNavigation);
    previousIsNavigation = inNavigation;
    const previousEnd = previous ? previous.start + previous.words.length : 0;
    const fallback = found && !inNavigation ? mutedAt(start) : undefined;
    let segment: WordRange;
    if (inNavigation && navigation) segment = navigation;
    // "If you don't see X, …": X repeats an action the instruction named before the
    // fallback (its bold often lands elsewhere): look for it there, not by its own words.
    else if (fallback) segment = [previousEnd, fallback[0]];
    else if (found) {
      const [sentenceStart, sentenceEnd] = sentenceAt(start);
      segment = [Math.max(previousEnd, sentenceStart), Math.min(next ? next.start : text.length, sentenceEnd)];
    } else segment = [previousEnd, next ? next.start : text.length];
    // Where the resolver looks for the label's own mention: a fallback's is the segment's start.
    const [placeStart, placeEnd] = fallback ? [previousEnd, previousEnd] : [start, end];
    const { roles } = cuesAroundLabel(text, placeStart, placeEnd, step.text);
    const noun = nounCueOfLabel(text, start, end);
    const allRoles = new Set(roles);
    if (inNavigation) for (const role of NAVIGATION_ROLES) allRoles.add(role);
    const firstChar = found ? chars?.[start] : undefined;
    const lastChar = found ? chars?.[end - 1] : undefined;
    return {
      label: entry.label,
      labelIndex: entry.labelIndex,
      kind: entry.choice ? 'choice' : inNavigation ? 'crumb' : fallback ? 'fallback' : ((noun && KIND_OF_NOUN[noun]) ?? 'control'),
      words: entry.words,
      at: found ? [start, end] : null,
      chars: firstChar && lastChar ? [firstChar[0], lastChar[1]] : null,
      segment,
      roles: [...allRoles].sort(),
      route: null,
    };
  });
  const destination = targets.findLastIndex((target) => target.kind === 'crumb');
  if (destination >= 0) targets[destination] = { ...(targets[destination] as CompiledTarget), route: step.route };
  return { words: text, muted, targets };
}
