import type { Step } from '../../tour/model';
import { normaliseText as folded } from '../../step-language/words';

/**
 * The page's own word beside the tour's: when the admin center speaks another language than
 * the tour, the coach mark's text stays in the tour's language and each label it emphasises
 * is followed by the page's word for it, "Selecteer **Meer acties** (More actions)", so the
 * admin reads the words they will see on screen. The page's words come from the step's
 * aligned translation in the page's language (Step.translations, src/catalog/align.ts).
 */

/** The page's words for one step's labels. */
export interface PageWords {
  /** The locale the page's words are in (BCP 47), for the `lang` of the text that shows them. */
  readonly locale: string;
  /** Each tour label, normalised (normaliseText), → the same label as the page writes it. */
  readonly byLabel: ReadonlyMap<string, string>;
}

/**
 * The page's words for `step`'s labels when the target is sought in another locale than the
 * tour's (`wordsLocale`, the runner's RunnerSnapshot.wordsLocale). Labels pair by position:
 * one source revision aligns label for label (docs/finding-targets.md, "The tour's language and
 * the page's"). A pairing that cannot be trusted is none, since a wrong word beside a label
 * misleads more than no word: different label counts, or a label written alike in both
 * languages (a product name) at different positions, which shows the order differs.
 * @param tourLocale the tour's locale (TourView.locale).
 * @returns null when the page's words are the tour's, or there is no trusted pairing.
 */
export function pageWordsOf(step: Step, tourLocale: string, wordsLocale: string | null | undefined): PageWords | null {
  if (!wordsLocale || wordsLocale === tourLocale) return null;
  const page = step.translations?.[wordsLocale]?.labels;
  if (!page || page.length === 0 || page.length !== step.labels.length) return null;
  const tourFolded = step.labels.map(folded);
  const pageFolded = page.map(folded);
  const moved = tourFolded.some((label, index) => pageFolded.some((other, at) => at !== index && other === label));
  if (moved) return null;
  const byLabel = new Map(tourFolded.map((label, index) => [label, page[index] as string]));
  return { locale: wordsLocale, byLabel };
}

/**
 * The page's words for an emphasised run of the step's text (a bold span or a link's text):
 * each of its breadcrumb parts (`Facturering > Uw producten`) replaced by the page's word for
 * it, joined with ` > ` (`Billing > Your products`); a part that is no label stays as written.
 * @returns null when no part is a label, or every part reads the same on the page (nothing to add).
 */
export function pageWordFor(text: string, words: PageWords): string | null {
  const parts = text
    .split('>')
    .map((part) => part.trim())
    .filter((part) => folded(part) !== '');
  let known = false;
  let differs = false;
  const onPage = parts.map((part) => {
    const word = words.byLabel.get(folded(part));
    if (word === undefined) return part;
    known = true;
    if (folded(word) !== folded(part)) differs = true;
    return word;
  });
  return known && differs ? onPage.join(' > ') : null;
}

/**
 * Whether the step's text, with the page's words beside its labels, already shows `label` (a
 * label in the page's words, the one the coach mark points at), so a status line repeating it
 * would add nothing.
 */
export function showsPageWord(words: PageWords | null, label: string): boolean {
  if (!words) return false;
  const wanted = folded(label);
  return [...words.byLabel].some(([tour, page]) => tour === wanted || folded(page) === wanted);
}
