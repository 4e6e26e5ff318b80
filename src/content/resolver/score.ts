/**
 * Scores how well an element's accessible name fits a step, both ways
 * (docs/finding-targets.md):
 * label → element (the name equals, starts with, or shares most stems with the label) and
 * element → step text (the whole name stands in the step's sentence, which survives the
 * machine translation's misplaced bold: `Zoek op **het** tabblad Producten`).
 * All inputs are normalised words ({@link wordsOf}); all scores are in [0, 1].
 */
import { sameStem, wordWeight } from '../../step-language/words';

/** Sum of {@link wordWeight} over words. */
function weightOf(words: readonly string[]): number {
  let sum = 0;
  for (const word of words) sum += wordWeight(word);
  return sum;
}

/** Whether `needle` stands word for word (under {@link sameStem}) in `hay` at `at`. */
function wordsAt(hay: readonly string[], at: number, needle: readonly string[], exact: boolean): boolean {
  if (at < 0 || at + needle.length > hay.length) return false;
  for (let i = 0; i < needle.length; i++) {
    const a = hay[at + i] as string;
    const b = needle[i] as string;
    if (exact ? a !== b : !sameStem(a, b)) return false;
  }
  return true;
}

/** First index at which `needle` stands in `hay` under {@link sameStem}, or -1. */
function indexOfWords(hay: readonly string[], needle: readonly string[]): number {
  for (let at = 0; at + needle.length <= hay.length; at++) if (wordsAt(hay, at, needle, false)) return at;
  return -1;
}

/**
 * The share (by {@link wordWeight}) of each side that a partial match must cover: a one-word
 * name inside a longer label (`Lietotāji` "Users" in `Informācija par lietotāju` "User
 * information", a heading of an Office app) names something else.
 */
const MIN_COVER = 0.5;

/**
 * Label → element: how well an accessible name matches a label.
 *
 * - 1.0: equal;
 * - 0.9: equal word for word up to inflection ({@link sameStem});
 * - 0.5–0.8: one starts with the other on a word boundary, more for a closer length
 *   (`Reactivate` vs `Reactivate this subscription` gets 0.6, so the equal one wins);
 * - 0.55–0.7: one stands inside the other and covers at least half of it by weight
 *   (`Vervolgens Opnieuw activeren` ⊃ `Opnieuw activeren`);
 * - 0.3–0.6: a length-weighted share of common stems covering at least half of each side
 *   (`Mijn producten` ~ `Uw producten`: 0.45);
 * - 0 otherwise.
 *
 * @param label the label's normalised words.
 * @param name the accessible name's normalised words.
 */
export function labelScore(label: readonly string[], name: readonly string[]): number {
  if (label.length === 0 || name.length === 0) return 0;
  if (label.length === name.length) {
    if (wordsAt(name, 0, label, true)) return 1;
    if (wordsAt(name, 0, label, false)) return 0.9;
  }
  const labelWeight = weightOf(label);
  const nameWeight = weightOf(name);
  const [shorter, longer] = label.length <= name.length ? [label, name] : [name, label];
  const ratio = Math.min(labelWeight, nameWeight) / Math.max(labelWeight, nameWeight);
  if (wordsAt(longer, 0, shorter, false)) {
    // A name that is only the label's first words, and only up to inflection, is another
    // thing: nl "Betalingswijzen" (the Payment methods page) for the label "Betalingswijze
    // toevoegen" (Add payment method, a button in the open pane).
    if (shorter === name && !wordsAt(longer, 0, shorter, true)) return 0.3 * ratio;
    return 0.5 + 0.3 * ratio;
  }
  if (ratio >= MIN_COVER && indexOfWords(longer, shorter) >= 0) return 0.4 + 0.3 * ratio;
  let labelShared = 0;
  let nameShared = 0;
  for (const word of label) if (name.some((other) => sameStem(word, other))) labelShared += wordWeight(word);
  for (const word of name) if (label.some((other) => sameStem(word, other))) nameShared += wordWeight(word);
  if (labelShared < MIN_COVER * labelWeight || nameShared < MIN_COVER * nameWeight) return 0;
  const dice = (labelShared + nameShared) / (labelWeight + nameWeight);
  return 0.6 * dice;
}

/** A range `[start, end)` of the step's words. */
export type WordRange = readonly [start: number, end: number];

/** Where in the step's words a label stands, and the stretch of text that belongs to it. */
export interface TextPlace {
  /** First word of the label in the step's words, -1 when not found. */
  readonly start: number;
  /** One past the label's last word (equal to `start` when not found). */
  readonly end: number;
  /** First word of the label's segment: from the end of the previous label. */
  readonly segmentStart: number;
  /** One past the segment's last word: the start of the next label. */
  readonly segmentEnd: number;
  /**
   * Fallback sentences ("If you don't see …, contact support", see step-language/cues.ts): a mention there
   * names no target. Default none.
   */
  readonly muted?: readonly WordRange[];
}

/** How strongly the step's text names an element, and where that mention ends. */
export interface TextMatch {
  /** In [0, 0.85]; 0 when the name does not stand in the text. */
  readonly score: number;
  /** One past the last word of the best mention in the step's words; -1 when none. */
  readonly end: number;
}

/** Factor of a mention matching the name only up to inflection. */
const STEM_ONLY = 0.85;

/**
 * Factor of a one-word name matching only up to inflection, where the step's sentence is not
 * a breadcrumb: a one-word UI name shares its stem with ordinary words of a sentence (ro
 * "Informații utilizator" vs the Nav's `Utilizatori`). Breadcrumb sentences keep
 * {@link STEM_ONLY}: there the machine translation inflects the Nav's names (`factureren`).
 */
export const ONE_WORD_STEM_IN_PROSE = 0.55;

/** Names shorter than this (in letters and digits) are not looked for in the text: `X`, `OK`. */
const MIN_NAME_CHARS = 3;

/**
 * Element → step text: how strongly the step's sentence names the element. The whole name
 * must stand in the text as whole, consecutive words. The score grows with the name's length
 * in words (0.55 for one word … 0.85 for four or more: a longer name standing in a sentence
 * is less likely by chance, and beats a shorter lookalike), is 0.85 times that when only
 * stems match (see `oneWordStem` for one-word names), and is weighted by where it stands: overlapping the label 1.0, in the label's
 * segment 0.8, elsewhere in the step 0.3 (the step may name other targets there), inside a
 * muted fallback sentence 0 (it names what may be missing, or where to get help).
 *
 * @param name the accessible name's normalised words.
 * @param text the step's normalised words.
 * @param place the label's place, see {@link TextPlace}; a place with `start < 0` weighs
 *   every occurrence as in-segment.
 * @param oneWordStem the factor of a one-word name matched only up to inflection: default
 *   0.85 as for longer names, {@link ONE_WORD_STEM_IN_PROSE} outside breadcrumbs.
 * @returns the best occurrence's score in [0, 0.85] and end; `{ score: 0, end: -1 }` for none.
 */
export function textScore(name: readonly string[], text: readonly string[], place: TextPlace, oneWordStem = STEM_ONLY): TextMatch {
  const best: { score: number; end: number } = { score: 0, end: -1 };
  if (name.length === 0 || name.join('').length < MIN_NAME_CHARS) return best;
  const base = 0.45 + 0.1 * Math.min(name.length, 4);
  for (let at = 0; at + name.length <= text.length; at++) {
    if (!sameStem(text[at] as string, name[0] as string)) continue;
    const exact = wordsAt(text, at, name, true);
    if (!exact && !wordsAt(text, at, name, false)) continue;
    const end = at + name.length;
    if (place.muted?.some(([s, e]) => at < e && end > s)) continue;
    let where: number;
    if (place.start < 0) where = 0.8;
    else if (at < place.end && end > place.start) where = 1;
    else if (at >= place.segmentStart && end <= place.segmentEnd) where = 0.8;
    else where = 0.3;
    const score = base * (exact ? 1 : name.length === 1 ? oneWordStem : STEM_ONLY) * where;
    if (score > best.score) {
      best.score = score;
      best.end = end;
    }
  }
  return best;
}

/**
 * An upper bound of {@link combineScores}: both directions at 1. A label score is at most 1 and
 * a text score at most 0.85, so no name reaches it (1.17 at most): bounds built on it hold strictly.
 */
export const MAX_COMBINED_SCORE = 1.2;

/**
 * Both directions combined: the stronger one plus a fifth of the weaker, so that agreement
 * of label and text beats either alone. In [0, {@link MAX_COMBINED_SCORE}].
 */
export function combineScores(label: number, text: number): number {
  return Math.max(label, text) + 0.2 * Math.min(label, text);
}
