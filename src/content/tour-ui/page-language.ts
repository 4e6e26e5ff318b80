import { bestLocale, languageOf } from '../../i18n/locales';
import { normaliseText } from '../../step-language/words';
import type { Step, StepWording } from '../../tour/model';
import { NAVIGATION_SELECTOR } from '../resolver/roles';

/**
 * The admin center's own language, and a step worded in it. The admin center's language is
 * each admin's setting (it speaks some 40 languages) and often differs from the language the
 * tour is read in; targets are found by their words, so they are sought with the words of the
 * page's language, from the step's aligned translations (Step.translations, src/catalog/align.ts).
 */

/** A step worded for the page: the words to seek, and the locale they are in. */
export interface StepForPage {
  readonly step: StepWording;
  /** The locale of `step`'s words: the tour's own, or the page's when a translation exists. */
  readonly locale: string;
}

/**
 * The language the admin center shows, as a BCP 47 tag: its `<html lang>` (the admin center
 * sets it to the admin's display language), else the locale whose words its navigation uses
 * most: each candidate's labels are looked for, whole words, in the navigation landmarks' text
 * (`nav`, `role="navigation"`), both compared as the resolver compares words (normaliseText);
 * a tie or no match gives null.
 * @param candidates labels by locale, e.g. every locale the tour's steps are aligned in.
 */
export function pageLanguageOf(doc: Document, candidates: Readonly<Record<string, readonly string[]>> = {}): string | null {
  const declared = doc.documentElement.getAttribute('lang')?.trim();
  if (declared) return declared;
  const navigation = ` ${normaliseText([...doc.querySelectorAll(NAVIGATION_SELECTOR)].flatMap(textsOf).join(' '))} `;
  let best: string | null = null;
  let bestScore = 0;
  let tie = false;
  for (const [locale, labels] of Object.entries(candidates)) {
    const score = new Set(labels.map(normaliseText).filter((label) => label.length >= 3 && navigation.includes(` ${label} `))).size;
    if (score > bestScore) [best, bestScore, tie] = [locale, score, false];
    else if (score === bestScore && score > 0) tie = true;
  }
  return tie ? null : best;
}

/** The texts under `root`, one per text node: `textContent` would glue `Home` and `Billing` into one word. */
function textsOf(root: Node): string[] {
  const walker = root.ownerDocument?.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  for (let node = walker?.nextNode(); node; node = walker?.nextNode()) texts.push(node.nodeValue ?? '');
  return texts;
}

/**
 * Labels by locale over all steps: the tour's own words under `tourLocale`, and each
 * translation's under its locale. The candidates {@link pageLanguageOf} weighs.
 */
export function labelsByLocale(steps: readonly Step[], tourLocale: string): Record<string, string[]> {
  const byLocale: Record<string, string[]> = { [tourLocale]: steps.flatMap((step) => step.labels) };
  for (const step of steps) {
    for (const [locale, translation] of Object.entries(step.translations ?? {})) {
      byLocale[locale] = [...(byLocale[locale] ?? []), ...translation.labels];
    }
  }
  return byLocale;
}

/**
 * The step worded in the page's language: itself when the page speaks the tour's language
 * (same primary language) or the language is unknown; else its translation in the page's
 * language (exact locale first, then the same language: `nb` for `no`); else itself, so that
 * what does not depend on words (the step's route and links) still leads the admin.
 */
export function stepForPage(step: Step, tourLocale: string, pageLanguage: string | null): StepForPage {
  const own = { step, locale: tourLocale };
  if (!pageLanguage || languageOf(pageLanguage) === languageOf(tourLocale)) return own;
  const translations = step.translations ?? {};
  const locale = bestLocale([pageLanguage], Object.keys(translations));
  const translation = locale ? translations[locale] : undefined;
  return translation && locale ? { step: translation, locale } : own;
}

