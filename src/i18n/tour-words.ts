import { LINK_NOTICE_REASONS } from '../tour/formats';

/**
 * The extension's own words that the tour UI shows (coach mark, notice card), by their
 * `_locales` keys. The tour UI bundles no i18n engine and no language: the background
 * resolves these keys with i18next in the admin's UI language (src/background/tour-words.ts)
 * and sends them with the view; the tour UI only fills in `{{placeholders}}` and picks a
 * plural form (src/content/tour-ui/words.ts).
 */
export const TOUR_UI_KEYS = [
  'coachDialogLabel',
  'coachStepOf',
  'coachClose',
  'coachNotFoundTitle',
  'coachNotFound',
  'coachLooking',
  'coachGoToPageFirst',
  'coachOpenFirst',
  'coachOnPage',
  'coachComplete',
  'coachShare',
  'coachLinkCopied',
  'coachCopyFailed',
  'coachBack',
  'coachNext',
  'coachDone',
  'linkInvalidTitle',
  'noticeDismiss',
  ...LINK_NOTICE_REASONS,
] as const;

/** One of the tour UI's keys. */
export type TourUiKey = (typeof TOUR_UI_KEYS)[number];

/** A plural category of Intl.PluralRules (CLDR: zero, one, two, few, many, other). */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** The plural categories in CLDR order. */
export const PLURAL_CATEGORIES: readonly PluralCategory[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/**
 * One message, its `{{placeholders}}` left in: a single text, or (a plural key, i18next's
 * `key_one` / `key_other` …) one text per plural category the language uses, `other` always.
 */
export type TourWord = string | { readonly [category in PluralCategory]?: string };

/** The tour UI's words in one language. */
export interface TourWords {
  /** The language they are in (a UI language such as `nb`), for Intl.PluralRules. */
  readonly language: string;
  readonly messages: { readonly [key in TourUiKey]: TourWord };
}
