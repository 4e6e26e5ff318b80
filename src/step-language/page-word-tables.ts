/**
 * The words the admin center itself shows, per locale, as data: the statuses of lapsed
 * subscriptions in the product list and the names of overflow menus. The resolver reads them
 * at run time (page-words.ts), so they are kept apart from the articles' step words
 * (word-tables.ts), which only the compiler reads: the tour UI carries these tables alone.
 *
 * Written as the admin center writes them (accents and case kept); page-words.ts compares
 * them after `normaliseText` (words.ts), word by word under `sameStem`. Every seed locale's
 * words (en, nl, nb, lv, ro) are read together, since the page's language may differ from
 * the tour's.
 *
 * Source: docs/admin-center.md ("The English UI by era", "Subscription life cycle": Expired,
 * then Disabled) and the seed articles' own wording (src/articles/).
 */
import { normaliseText } from './words';

/** The admin center's words in one locale (see {@link PAGE_WORDS}). */
export interface LocalePageWords {
  /** Subscription statuses that can be reactivated, as the product list shows them. Compared by stem. */
  readonly lapsedStatuses: readonly string[];
  /** Words by which a control says it holds more ("More actions", "See more"). Compared by stem. */
  readonly more: readonly string[];
}

/** The seed locales' admin-center words, by language subtag. */
export const PAGE_WORDS = {
  en: { lapsedStatuses: ['Expired', 'Disabled'], more: ['more'] },
  nl: { lapsedStatuses: ['Verlopen', 'Uitgeschakeld'], more: ['meer'] },
  nb: { lapsedStatuses: ['Utløpt', 'Deaktivert'], more: ['mer', 'flere'] },
  lv: { lapsedStatuses: ['Beidzies', 'Atspējots'], more: ['vairāk', 'citas'] },
  ro: { lapsedStatuses: ['Expirat', 'Dezactivat'], more: ['multe', 'alte'] },
} as const satisfies Readonly<Record<string, LocalePageWords>>;

/**
 * The normalised words (or phrases, words joined by one space) of one table of per-locale
 * tables, every locale's together (`normaliseText`, words.ts). Used for both the step words
 * (word-tables.ts) and the admin center's words ({@link PAGE_WORDS}).
 *
 * @param tablesByLocale one set of tables per language subtag.
 * @param table the name of the table to read in each.
 */
export function normalisedWordsOfEveryLocale<Table extends string>(tablesByLocale: Readonly<Record<string, Readonly<Record<Table, readonly string[]>>>>, table: Table): string[] {
  return Object.values(tablesByLocale).flatMap((tables) => tables[table].map(normaliseText));
}
