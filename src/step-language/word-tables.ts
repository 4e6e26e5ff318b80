/**
 * The words of the step language, per locale, as data: what the articles' steps say about
 * their targets ("the Products **tab**", "in the … **pane**", "select **More actions**"),
 * how they say "if you don't see …", and how they name a subscription to choose. The words
 * the admin center itself shows (lapsed subscriptions, overflow menus) are in
 * page-word-tables.ts, the only tables the tour UI reads at run time, so that it does not
 * carry these.
 *
 * Written as the articles and the admin center write them (accents and case kept); every
 * reader compares them after `normaliseText` (words.ts), word by word under `sameStem`, or
 * exactly where a table says so. A table lists the words of every seed locale (en, nl, nb,
 * lv, ro): a step is matched against the words of all of them, since machine translation
 * leaves English words in and the page's language may differ from the tour's.
 *
 * Source: the seed articles' own wording (src/articles/).
 */
import { normalisedWordsOfEveryLocale } from './page-word-tables';

/** The word tables of one locale (see {@link STEP_WORDS}). */
export interface LocaleStepWords {
  /** "the Products tab": the target is a tab. Phrases. */
  readonly tab: readonly string[];
  /** "go to the … page": the target is navigation (the left Nav's links and tree items). Phrases. */
  readonly navigation: readonly string[];
  /** "select / choose / click": the target is a control that acts. Phrases. */
  readonly select: readonly string[];
  /** "in the … pane": the target is the title of the open pane or dialog. Phrases. */
  readonly pane: readonly string[];
  /** "from the drop-down list": the target is a value to choose in a list. Phrases. */
  readonly dropdown: readonly string[];
  /** "More actions (the three dots)": what follows it is in the menu it opened. Phrases. */
  readonly moreActions: readonly string[];
  /** Words opening a conditional clause ("If you don't see …"). Compared exactly. */
  readonly conditional: readonly string[];
  /** Negations ("don't", "not"). Compared exactly. */
  readonly negation: readonly string[];
  /** Forms of "see". Compared exactly. */
  readonly see: readonly string[];
  /** Forms of "see" with the negation written into the verb (Latvian). Compared exactly. */
  readonly negatedSee: readonly string[];
  /** Verbs by which a step lets the admin pick one item of a list. Compared by stem. */
  readonly chooseVerbs: readonly string[];
  /** Articles that may stand between such a verb and its noun. Compared exactly. */
  readonly articles: readonly string[];
  /** The noun "subscription". Compared by stem. */
  readonly subscriptionNouns: readonly string[];
}

/** The seed locales' word tables, by language subtag. */
export const STEP_WORDS = {
  en: {
    tab: ['tab'],
    navigation: ['go to', 'navigate', 'page'],
    select: ['select', 'choose', 'click'],
    pane: ['pane', 'panel'],
    dropdown: ['drop down', 'dropdown'],
    moreActions: ['more actions', 'three dots'],
    conditional: ['if'],
    negation: ['not', 'don', 'dont'],
    see: ['see'],
    negatedSee: [],
    chooseVerbs: ['choose', 'select', 'pick'],
    articles: ['the', 'a', 'an'],
    subscriptionNouns: ['subscription'],
  },
  nl: {
    tab: ['tabblad'],
    navigation: ['ga naar', 'ga in', 'pagina'],
    select: ['selecteer', 'kies', 'klik'],
    pane: ['deelvenster'],
    dropdown: ['vervolgkeuzelijst'],
    moreActions: ['meer acties', 'drie puntjes'],
    conditional: ['als'],
    negation: ['niet'],
    see: ['ziet', 'zie'],
    negatedSee: [],
    chooseVerbs: ['kies', 'selecteer'],
    articles: ['het', 'de', 'een'],
    subscriptionNouns: ['abonnement'],
  },
  nb: {
    tab: ['fane', 'fanen'],
    navigation: ['ga til', 'siden'],
    select: ['velg', 'klikk'],
    pane: ['ruten'],
    dropdown: ['rullegardinlisten'],
    moreActions: ['flere handlinger'],
    conditional: ['hvis'],
    negation: ['ikke'],
    see: ['ser'],
    negatedSee: [],
    chooseVerbs: ['velg'],
    articles: [],
    subscriptionNouns: ['abonnement'],
  },
  lv: {
    tab: ['cilne', 'cilni'],
    navigation: ['dodieties', 'lapu', 'lapa'],
    select: ['atlasiet', 'noklikšķiniet', 'izvēlieties'],
    pane: ['rūti'],
    dropdown: ['nolaižamajā'],
    moreActions: ['citas darbības', 'daudzpunkte'],
    conditional: ['ja'],
    negation: [],
    see: ['redzat', 'redzi'],
    negatedSee: ['neredzat', 'neredzi', 'neredz'],
    chooseVerbs: ['izvēlieties', 'atlasiet'],
    articles: [],
    subscriptionNouns: ['abonements'],
  },
  ro: {
    tab: ['fila'],
    navigation: ['accesați'],
    select: ['selectați', 'alegeți', 'faceți clic'],
    pane: ['panoul', 'panou'],
    dropdown: ['lista verticală'],
    moreActions: ['mai multe acțiuni'],
    conditional: ['dacă'],
    negation: ['nu'],
    see: ['vedeți', 'vezi'],
    negatedSee: [],
    chooseVerbs: ['alegeți', 'selectați'],
    articles: [],
    subscriptionNouns: ['abonament'],
  },
} as const satisfies Readonly<Record<string, LocaleStepWords>>;

/** The name of one word table. */
export type StepWordTable = keyof LocaleStepWords;

/**
 * The normalised words (or phrases, words joined by one space) of one table, every locale's
 * together: what cues.ts compares.
 */
export function wordsOfTable(table: StepWordTable): string[] {
  return normalisedWordsOfEveryLocale(STEP_WORDS, table);
}
