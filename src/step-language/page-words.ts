/**
 * Reading the admin center's own words with the step language's tables (word-tables.ts): the
 * statuses of lapsed subscriptions and the names of overflow menus. Used by the resolver at
 * run time (src/content/resolver/rows.ts, reveal.ts).
 */
import { wordsOfTable } from './word-tables';
import { sameStem } from './words';

const LAPSED_STATUSES = wordsOfTable('lapsedStatuses');

/**
 * Whether a row's words show a lapsed subscription (Expired, Disabled; word-tables.ts): the one
 * an admin following a reactivation task will choose.
 *
 * @param words the row's normalised words.
 */
export function showsLapsedStatus(words: readonly string[]): boolean {
  return words.some((w) => LAPSED_STATUSES.some((s) => sameStem(w, s)));
}

const MORE_WORDS = wordsOfTable('more');

/**
 * Whether a control's name says it holds more ("More actions", nl "Meer acties"; word-tables.ts):
 * an overflow button's name (resolver/reveal.ts).
 * @param words the name's normalised words.
 */
export function namesMore(words: readonly string[]): boolean {
  return words.some((w) => MORE_WORDS.some((m) => w === m || sameStem(w, m)));
}
