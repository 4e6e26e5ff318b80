/**
 * Words in a step that say what kind of element it names ("the Products **tab**", "select
 * **More actions**, then …", "in the … **pane**"), in the seed locales (en, nl, nb, lv, ro).
 * Sources: the seed articles' own wording (src/articles/) and docs/admin-center.md,
 * "The English UI by era". Cue phrases are compared after normalisation
 * (diacritics and case removed), words by {@link sameStem}.
 */
import { normaliseText, sameStem } from './normalise';

/** A kind of hint a step's wording gives about its target. */
interface CueKind {
  /** Phrases that give the hint, written as in the articles (normalised at load time). */
  readonly phrases: readonly string[];
  /** Roles (WAI-ARIA) that fit the hint. */
  readonly roles: readonly string[];
}

/** "the Products tab": nl tabblad, nb fanen, lv cilne, ro fila. */
const TAB: CueKind = { phrases: ['tab', 'tabblad', 'fane', 'fanen', 'cilne', 'cilni', 'fila'], roles: ['tab'] };

/** "go to the … page": the target is navigation (links and tree items of the left Nav). */
const NAVIGATION: CueKind = {
  phrases: ['go to', 'navigate', 'page', 'ga naar', 'ga in', 'pagina', 'ga til', 'siden', 'dodieties', 'lapu', 'lapa', 'accesati'],
  roles: ['link', 'treeitem'],
};

/** "select / choose / click": a control that acts. */
const SELECT: CueKind = {
  phrases: [
    'select', 'choose', 'click', 'selecteer', 'kies', 'klik', 'velg', 'klikk', 'atlasiet', 'noklikskiniet',
    'izvelieties', 'selectati', 'alegeti', 'faceti clic',
  ],
  roles: ['button', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'option', 'checkbox', 'radio', 'switch'],
};

/** "in the … pane": the title of the open pane or dialog. */
const PANE: CueKind = { phrases: ['pane', 'panel', 'deelvenster', 'ruten', 'ruti', 'panoul', 'panou'], roles: ['heading'] };

/** "from the drop-down list". */
const DROPDOWN: CueKind = {
  phrases: ['drop down', 'dropdown', 'vervolgkeuzelijst', 'rullegardinlisten', 'nolaizamaja', 'lista verticala'],
  roles: ['combobox', 'option', 'listbox'],
};

/** "More actions (the three dots)": what follows it is in the opened menu. */
const MORE_ACTIONS: CueKind = {
  phrases: [
    'more actions', 'three dots', 'meer acties', 'drie puntjes', 'flere handlinger', 'citas darbibas', 'daudzpunkte',
    'mai multe actiuni',
  ],
  roles: ['menuitem', 'menuitemcheckbox', 'menuitemradio'],
};

/** How many words before a label its hint may stand ("Zoek op het tabblad Producten"). */
const WINDOW_BEFORE = 6;
/** How many words after a label its hint may stand ("**Producten** tab"). */
const WINDOW_AFTER = 3;

const normalisedPhrases = (kind: CueKind): string[][] => kind.phrases.map((p) => normaliseText(p).split(' '));
const PHRASES = new Map<CueKind, string[][]>(
  [TAB, NAVIGATION, SELECT, PANE, DROPDOWN, MORE_ACTIONS].map((k) => [k, normalisedPhrases(k)]),
);

/** Whether `phrase` stands at `words[at…]`, word by word under {@link sameStem}. */
function phraseAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  for (let i = 0; i < phrase.length; i++) {
    const word = words[at + i];
    const cue = phrase[i];
    if (word === undefined || cue === undefined || !sameStem(word, cue)) return false;
  }
  return true;
}

/** Whether any phrase of `kind` starts within `words[from, to)`. */
function hasCue(words: readonly string[], from: number, to: number, kind: CueKind): boolean {
  const phrases = PHRASES.get(kind) ?? [];
  for (let at = Math.max(0, from); at < Math.min(words.length, to); at++) {
    for (const phrase of phrases) if (phraseAt(words, at, phrase)) return true;
  }
  return false;
}

/**
 * The roles that fit what the step's wording says about the label at `words[start, end)`.
 * Tab, pane, drop-down and select cues count within a few words around the label;
 * navigation cues within the label's segment; a "More actions" / "…" cue anywhere before
 * the label makes menu items fit (the label is in the menu it opened). When the label's place
 * in the text is unknown (`start < 0`), the whole text counts.
 *
 * @param words the step's normalised words ({@link wordsOf} of `step.text`).
 * @param start first word of the label in `words`, or -1 when not found.
 * @param end one past the label's last word.
 * @param rawText the step's text before normalisation (for the `…` ellipsis, lost by it).
 * @returns a set of WAI-ARIA role names.
 */
export function rolesFittingCues(words: readonly string[], start: number, end: number, rawText: string): Set<string> {
  const roles = new Set<string>();
  const known = start >= 0;
  const from = known ? start - WINDOW_BEFORE : 0;
  const to = known ? end + WINDOW_AFTER : words.length;
  for (const kind of [TAB, PANE, DROPDOWN, SELECT, NAVIGATION]) {
    if (hasCue(words, from, to, kind)) for (const role of kind.roles) roles.add(role);
  }
  // The ellipsis button is named by the character alone; its place is lost in normalisation.
  const ellipsis = /…|\.\.\./.test(rawText);
  if (hasCue(words, 0, known ? start : words.length, MORE_ACTIONS) || ellipsis) {
    for (const role of MORE_ACTIONS.roles) roles.add(role);
  }
  return roles;
}

/** Words opening a conditional clause: en if, nl als, nb hvis, lv ja, ro dacă. */
const CONDITIONAL = new Set(['if', 'als', 'hvis', 'ja', 'daca']);
/** Negations: en not / don('t), nl niet, nb ikke, ro nu. */
const NEGATION = new Set(['not', 'don', 'dont', 'niet', 'ikke', 'nu']);
/** Forms of "see": en see, nl ziet/zie, nb ser, ro vedeți/vezi, lv redzat (negated: neredzat). */
const SEE = new Set(['see', 'ziet', 'zie', 'ser', 'vedeti', 'vezi', 'redzat', 'redzi']);
/** Latvian writes the negation into the verb. */
const NEGATED_SEE = new Set(['neredzat', 'neredzi', 'neredz']);
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

/** Verbs by which a step lets the admin pick one item of a list: choose, select, pick. */
const CHOOSE_VERBS = ['choose', 'select', 'pick', 'kies', 'selecteer', 'velg', 'izvelieties', 'atlasiet', 'alegeti', 'selectati'];
/** Articles that may stand between the verb and the noun (nb, lv and ro put theirs in the noun). */
const ARTICLES = new Set(['the', 'a', 'an', 'het', 'de', 'een']);
/** "subscription" in the seed locales: nl/nb abonnement(et), lv abonements/abonementu, ro abonament(ul). */
const SUBSCRIPTION_NOUNS = ['subscription', 'abonnement', 'abonements', 'abonament'];

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

/**
 * Subscription states that can be reactivated, as the product list shows them (docs/admin-center.md,
 * "Subscription life cycle": Expired, then Disabled), in the seed locales; normalised words.
 * Sources: the English UI and the admin center's localised terms as far as known.
 */
const LAPSED_STATUS = ['Expired', 'Disabled', 'Verlopen', 'Uitgeschakeld', 'Utløpt', 'Deaktivert', 'Beidzies', 'Atspējots', 'Expirat', 'Dezactivat'].map(
  normaliseText,
);

/**
 * Whether a row's words show a lapsed subscription (see `LAPSED_STATUS`): the one an admin
 * following a reactivation task will choose.
 *
 * @param words the row's normalised words.
 */
export function showsLapsedStatus(words: readonly string[]): boolean {
  return words.some((w) => LAPSED_STATUS.some((s) => sameStem(w, s)));
}

/**
 * Words by which a control says it holds more of something ("More actions", "More commands",
 * "See more"): en more, nl meer, nb mer / flere, lv vairāk / citas, ro mai multe / alte; an
 * overflow button's name (reveal.ts). Normalised, compared by {@link sameStem}.
 */
const MORE_WORDS = ['more', 'meer', 'mer', 'flere', 'vairak', 'citas', 'multe', 'alte'].map(normaliseText);

/**
 * Whether a control's name says it holds more ("More actions", nl "Meer acties"): see MORE_WORDS.
 * @param words the name's normalised words.
 */
export function namesMore(words: readonly string[]): boolean {
  return words.some((w) => MORE_WORDS.some((m) => w === m || sameStem(w, m)));
}
