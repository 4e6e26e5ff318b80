/**
 * Text folding for the popup's search: case- and diacritics-insensitive, so `reactivare`
 * finds `Reactivare`, `aktivizesana` finds `aktivizēšana`, `nokkel` finds `nøkkel` and
 * `s` finds both Romanian `ș` forms.
 */

/** Letters that do not decompose under NFD, mapped to their plain forms. */
const PLAIN: Readonly<Record<string, string>> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ł: 'l', ı: 'i' };

/**
 * The folded form of a text: lower case (locale-independent), combining marks removed
 * after NFD decomposition, letters without a decomposition replaced (ø → o, æ → ae),
 * whitespace runs collapsed to one space, trimmed.
 */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øæœßđłı]/g, (letter) => PLAIN[letter] ?? letter)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether every word of `query` occurs in `haystack` (both folded here). An empty or
 * blank query matches everything.
 */
export function matchesQuery(haystack: string, query: string): boolean {
  const words = fold(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const folded = fold(haystack);
  return words.every((word) => folded.includes(word));
}
