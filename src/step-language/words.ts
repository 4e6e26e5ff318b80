/**
 * Text normalisation and light stemming for matching UI labels against accessible names.
 *
 * Machine-translated steps and the localised admin center disagree in case, diacritics,
 * punctuation (`activeren.\`, `Abonnementer-siden`) and inflection (`abonnementer` /
 * `abonnementen`, `factureren` / `facturering`), so everything is compared in this form
 * (docs/finding-targets.md).
 */

/** Combining marks left after canonical decomposition (accents, rings, cedillas, commas below). */
const COMBINING_MARKS = /\p{M}+/gu;
/** Anything that is not a letter or a digit separates words. */
const NON_WORD = /[^\p{L}\p{N}]+/gu;
/**
 * Private-use characters (icon-font glyphs: Fluent UI puts them in the text of Nav links and
 * buttons), unpaired surrogates and symbols (`›`, `▸`, `™`, emoji). Dropped before NFKC, which
 * would otherwise turn some symbols into letters (`™` → `TM`, `℡` → `TEL`).
 */
const GLYPHS = /[\p{Co}\p{Cs}\p{S}]+/gu;

/**
 * Normalises a text for comparison: private-use glyphs and symbols dropped (see `GLYPHS`),
 * Unicode NFKC (full-width and ligature forms), lowercase
 * (`String#toLowerCase`, which is locale-insensitive), diacritics removed (NFD, then combining
 * marks dropped: `ē` → `e`, `ț` → `t`, `å` → `a`; `ø`, `æ` have no decomposition and stay),
 * every run of punctuation or spacing turned into one space, trimmed.
 *
 * @param text any string.
 * @returns words of lowercase letters and digits separated by single spaces; `''` for a text
 *   without letters or digits.
 */
export function normaliseText(text: string): string {
  return text
    .replace(GLYPHS, ' ')
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(NON_WORD, ' ')
    .trim();
}

/**
 * The words of a text after {@link normaliseText}.
 *
 * @returns possibly empty array of non-empty words.
 */
export function wordsOf(text: string): string[] {
  const normal = normaliseText(text);
  return normal === '' ? [] : normal.split(' ');
}

/** Words must share at least this many leading characters to count as one stem. */
export const MIN_STEM_PREFIX = 5;
/** At most this many characters of each word may follow the shared prefix (the "suffix"). */
export const MAX_SUFFIX = 4;

/**
 * Whether two normalised words are forms of one word, by a language-agnostic rule: equal, or
 * sharing a prefix of at least {@link MIN_STEM_PREFIX} characters after which each word has at
 * most {@link MAX_SUFFIX} more characters. Good enough for the inflections of the seed
 * locales (nl, nb, lv, ro, en): `abonnementer` ~ `abonnementen`, `factureren` ~
 * `facturering`, `produse` ~ `produsele`, `aktivizet` ~ `aktivizesana`; keeps apart compounds
 * such as `abonnement` / `abonnementsperiode`.
 *
 * @param a a normalised word (see {@link wordsOf}).
 * @param b a normalised word.
 */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < MIN_STEM_PREFIX) return false;
  let prefix = 0;
  while (prefix < shorter && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return prefix >= MIN_STEM_PREFIX && a.length - prefix <= MAX_SUFFIX && b.length - prefix <= MAX_SUFFIX;
}

/**
 * A key shared by all words that are {@link sameStem} with each other: the first
 * {@link MIN_STEM_PREFIX} characters, or the whole word when shorter. Used to reject most
 * candidates cheaply before computing their accessible name.
 */
export function stemKey(word: string): string {
  return word.length > MIN_STEM_PREFIX ? word.slice(0, MIN_STEM_PREFIX) : word;
}

/**
 * How much a word counts when comparing names: its length, capped at 10. Long words carry
 * the content (`producten`), short ones are mostly function words (`uw`, `de`, `šo`), in
 * every seed language; a length weight needs no stop-word list per language.
 */
export function wordWeight(word: string): number {
  return Math.min(word.length, 10);
}
