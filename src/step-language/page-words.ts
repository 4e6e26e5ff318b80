/**
 * Reading the admin center's own words with their tables (page-word-tables.ts): the statuses
 * of lapsed subscriptions and the names of overflow menus. Used by the resolver at run time
 * (src/content/resolver/rows.ts, reveal.ts).
 */
import { normalisedWordsOfEveryLocale, PAGE_WORDS } from './page-word-tables';
import { sameStem } from './words';

const LAPSED_STATUSES = normalisedWordsOfEveryLocale(PAGE_WORDS, 'lapsedStatuses');

/**
 * Whether a row's words show a lapsed subscription (Expired, Disabled; page-word-tables.ts): the one
 * an admin following a reactivation task will choose.
 *
 * @param words the row's normalised words.
 */
export function showsLapsedStatus(words: readonly string[]): boolean {
  return words.some((w) => LAPSED_STATUSES.some((s) => sameStem(w, s)));
}

const MORE_WORDS = normalisedWordsOfEveryLocale(PAGE_WORDS, 'more');

/**
 * Whether a control's name says it holds more ("More actions", nl "Meer acties"; page-word-tables.ts):
 * an overflow button's name (resolver/reveal.ts).
 * @param words the name's normalised words.
 */
export function namesMore(words: readonly string[]): boolean {
  return words.some((w) => MORE_WORDS.some((m) => w === m || sameStem(w, m)));
}
