/**
 * Reading a step's wording: what it says about the kind of element a label names ("the
 * Products **tab**", "select **More actions**, then …", "in the … **pane**"), which sentences
 * are fallbacks ("If you don't see …"), where it asks to choose a subscription. The words
 * themselves are data (word-tables.ts); phrases are compared after normalisation (diacritics
 * and case removed), word by word under {@link sameStem}. Used by the catalog compiler
 * (src/catalog/targets.ts), at build time; the page's own words are read by page-words.ts.
 */
import { type StepWordTable, wordsOfTable } from './word-tables';
import { sameStem } from './words';

/** The normalised phrases of one table, each split into words. */
const phrasesOfTable = (table: StepWordTable): string[][] => wordsOfTable(table).map((phrase) => phrase.split(' '));

/** A hint a step's wording gives about its target, and the WAI-ARIA roles that fit it. */
export type CueName = 'tab' | 'pane' | 'dropdown' | 'select' | 'navigation' | 'moreActions';

/** The roles that fit each hint. */
const ROLES_OF_CUE: Readonly<Record<CueName, readonly string[]>> = {
  tab: ['tab'],
  navigation: ['link', 'treeitem'],
  select: ['button', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'option', 'checkbox', 'radio', 'switch'],
  pane: ['heading'],
  dropdown: ['combobox', 'option', 'listbox'],
  moreActions: ['menuitem', 'menuitemcheckbox', 'menuitemradio'],
};

/** The hints read around a label, in this order (the first that applies names its kind). */
const NEAR_CUES: readonly CueName[] = ['tab', 'pane', 'dropdown', 'select', 'navigation'];

const PHRASES = new Map<CueName, string[][]>([...NEAR_CUES, 'moreActions' as const].map((cue) => [cue, phrasesOfTable(cue)]));

/** How many words before a label its hint may stand ("Zoek op het tabblad Producten"). */
const WINDOW_BEFORE = 6;
/** How many words after a label its hint may stand ("**Producten** tab"). */
const WINDOW_AFTER = 3;

/** Whether `phrase` stands at `words[at…]`, word by word under {@link sameStem}. */
function phraseAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  for (let i = 0; i < phrase.length; i++) {
    const word = words[at + i];
    const cue = phrase[i];
    if (word === undefined || cue === undefined || !sameStem(word, cue)) return false;
  }
  return true;
}

/** Whether any phrase of `cue` starts within `words[from, to)`. */
function hasCue(words: readonly string[], from: number, to: number, cue: CueName): boolean {
  const phrases = PHRASES.get(cue) ?? [];
  for (let at = Math.max(0, from); at < Math.min(words.length, to); at++) {
    for (const phrase of phrases) if (phraseAt(words, at, phrase)) return true;
  }
  return false;
}

/** What the step's wording says about one label: the hints found and the roles they fit. */
export interface LabelCues {
  /** Hints found, in {@link NEAR_CUES} order, then `moreActions`. */
  readonly cues: readonly CueName[];
  /** WAI-ARIA role names that fit those hints. */
  readonly roles: ReadonlySet<string>;
}

/**
 * What the step's wording says about the label at `words[start, end)`. Tab, pane, drop-down,
 * select and navigation cues count within a few words around the label; a "More actions" /
 * "…" cue anywhere before the label makes menu items fit (the label is in the menu it opened).
 * When the label's place in the text is unknown (`start < 0`), the whole text counts.
 *
 * @param words the step's normalised words ({@link wordsOf} of its text).
 * @param start first word of the label in `words`, or -1 when not found.
 * @param end one past the label's last word.
 * @param rawText the step's text before normalisation (for the `…` ellipsis, lost by it).
 */
export function cuesAroundLabel(words: readonly string[], start: number, end: number, rawText: string): LabelCues {
  const cues: CueName[] = [];
  const known = start >= 0;
  const from = known ? start - WINDOW_BEFORE : 0;
  const to = known ? end + WINDOW_AFTER : words.length;
  for (const cue of NEAR_CUES) if (hasCue(words, from, to, cue)) cues.push(cue);
  // The ellipsis button is named by the character alone; its place is lost in normalisation.
  const ellipsis = /…|\.\.\./.test(rawText);
  if (hasCue(words, 0, known ? start : words.length, 'moreActions') || ellipsis) cues.push('moreActions');
  return { cues, roles: new Set(cues.flatMap((cue) => ROLES_OF_CUE[cue])) };
}

/** Cues that name what a label is: "the Products **tab**", "in the **…** pane", "from the drop-down list", "the … page". */
const NOUN_CUES: readonly CueName[] = ['tab', 'pane', 'dropdown', 'navigation'];
/** How far from a label a noun cue may start to name it: two words before, three after ("**Visa** from the drop-down list"). */
const NOUN_BEFORE = 2;
const NOUN_AFTER = 3;

/** The noun cue (NOUN_CUES) whose phrase starts at `at`, if any. */
function nounCueAt(words: readonly string[], at: number): CueName | null {
  for (const cue of NOUN_CUES) if ((PHRASES.get(cue) ?? []).some((phrase) => phraseAt(words, at, phrase))) return cue;
  return null;
}

const selectAt = (words: readonly string[], at: number): boolean => (PHRASES.get('select') ?? []).some((phrase) => phraseAt(words, at, phrase));

/**
 * What the wording says the label at `words[start, end)` is: the noun cue nearest to it
 * (tab, pane, drop-down, page), at most {@link NOUN_BEFORE} words before or
 * {@link NOUN_AFTER} after, with no "select" verb between (in "On the Products tab, select
 * **More actions**", "tab" names Products, not More actions); null when none does, or when
 * the label's place is unknown (`start < 0`).
 *
 * @param words the step's normalised words.
 */
export function nounCueOfLabel(words: readonly string[], start: number, end: number): CueName | null {
  if (start < 0) return null;
  let afterOpen = true;
  let beforeOpen = true;
  for (let distance = 0; distance < Math.max(NOUN_BEFORE, NOUN_AFTER); distance++) {
    const after = end + distance;
    if (afterOpen && distance < NOUN_AFTER && after < words.length) {
      const cue = nounCueAt(words, after);
      if (cue) return cue;
      afterOpen = !selectAt(words, after);
    }
    const before = start - 1 - distance;
    if (beforeOpen && distance < NOUN_BEFORE && before >= 0) {
      const cue = nounCueAt(words, before);
      if (cue) return cue;
      beforeOpen = !selectAt(words, before);
    }
  }
  return null;
}

/** The roles that fit a breadcrumb's crumb: links and tree items of the navigation. */
export const NAVIGATION_ROLES: readonly string[] = ROLES_OF_CUE.navigation;

const CONDITIONAL = new Set(wordsOfTable('conditional'));
const NEGATION = new Set(wordsOfTable('negation'));
const SEE = new Set(wordsOfTable('see'));
const NEGATED_SEE = new Set(wordsOfTable('negatedSee'));
/** How many words into a sentence its conditional word may stand ("Hvis du …", "Als u …"). */
const CONDITIONAL_WITHIN = 2;

/**
 * Whether a sentence is a fallback for when the UI differs: "If you don't see Reactivate,
 * contact support" (nl "Als u … niet ziet", nb "Hvis du ikke ser", lv "Ja neredzat", ro "Dacă
 * nu vedeți"). Such a sentence names what may be missing and where to get help, not what to
 * click now: its words must not make targets (step 2 of every seed article has one). The rule: a
 * conditional word among the first {@link CONDITIONAL_WITHIN} words, and a negated "see"
 * anywhere in the sentence (the machine translation moves the negation: "Als u Niet Opnieuw
 * activeren ziet").
 *
 * @param words the sentence's normalised words.
 */
export function isFallbackSentence(words: readonly string[]): boolean {
  if (!words.slice(0, CONDITIONAL_WITHIN).some((w) => CONDITIONAL.has(w))) return false;
  if (words.some((w) => NEGATED_SEE.has(w))) return true;
  return words.some((w) => NEGATION.has(w)) && words.some((w) => SEE.has(w));
}

const CHOOSE_VERBS = wordsOfTable('chooseVerbs');
const ARTICLES = new Set(wordsOfTable('articles'));
const SUBSCRIPTION_NOUNS = wordsOfTable('subscriptionNouns');

/**
 * Where the step tells the admin to choose a subscription ("Choose the subscription …", nl
 * "Kies het abonnement", nb "Velg abonnementet", ro "Alegeți abonamentul"): the index of the
 * noun in `words` (verb, at most one article, noun), or -1. The older admin center did the
 * choosing by opening the subscription from the list (docs/admin-center.md,
 * "The English UI by era", 2019–2020).
 *
 * @param words the step's normalised words.
 */
export function chooseSubscriptionAt(words: readonly string[]): number {
  for (let at = 0; at < words.length; at++) {
    const verb = words[at] as string;
    if (!CHOOSE_VERBS.some((v) => sameStem(verb, v))) continue;
    let noun = at + 1;
    if (ARTICLES.has(words[noun] ?? '')) noun++;
    const word = words[noun];
    if (word !== undefined && SUBSCRIPTION_NOUNS.some((n) => sameStem(word, n))) return noun;
  }
  return -1;
}
