import { bestLocale } from '../i18n/locales';

/** The fallback tour language before the catalog's first. */
const ENGLISH = 'en-US';

/** What the popup knows when it picks the tour language. */
export interface TourLocaleHints {
  /** The locale of the tour running in the target tab, if any. */
  readonly running: string | null;
  /** The admin's remembered choice (prefs.tourLocale). */
  readonly stored: string | null;
  /** The admin center's `<html lang>` in the target tab (its UI language), if read. */
  readonly page: string | null;
  /** The browser's UI language (`en-US`). */
  readonly browser: string | null;
}

/**
 * The tour locale the popup starts with: the running tour's, else the remembered choice, else
 * the admin center's UI language when an article exists in it, else the browser's language,
 * else English (the admin center's most used language and the docs' source language), else
 * the first available. Only locales in `available` are returned
 * (the matching of `nb` to `nb-NO` is bestLocale's, src/i18n/locales.ts).
 * @param available the catalog's locales (BCP 47).
 * @returns null only when `available` is empty.
 */
export function initialTourLocale(hints: TourLocaleHints, available: readonly string[]): string | null {
  const exact = (tag: string | null) => (tag ? (available.find((locale) => locale.toLowerCase() === tag.toLowerCase()) ?? null) : null);
  return (
    exact(hints.running) ??
    exact(hints.stored) ??
    bestLocale([hints.page], available) ??
    bestLocale([hints.browser], available) ??
    bestLocale([ENGLISH], available) ??
    available[0] ??
    null
  );
}
