/**
 * Collects the elements a step may point at: interactive, not in a hidden or inert subtree,
 * outside our own overlay. Everything costly is lazy and memoised per candidate: the
 * accessible name, the CSS visibility check, the role and layer; the scorer first ranks by a
 * cheap estimate of the name and verifies only the best few (resolve.ts), so a 20,000-node
 * page costs one native `querySelectorAll` plus a little string work per candidate.
 */
import { computeAccessibleName, isDisabled } from 'dom-accessibility-api';
import { stemKey, wordsOf } from './normalise';
import { CANDIDATE_QUERY, isCandidateElement, layerOf, roleOf } from './roles';

/** An element that may be a target; its facts are computed on first use, then kept. */
export interface Candidate {
  readonly element: Element;
  /** Position in document order among the candidates (ties go to the earlier one). */
  readonly index: number;
  /**
   * Normalised words of a cheap stand-in for the accessible name: `aria-label`, else the
   * text content, else `title`. Equal to the accessible name's words in the common case;
   * for elements named by reference or by a `<label>` (see `isNamedElsewhere`) it is the
   * accessible name itself.
   */
  readonly estimatedWords: readonly string[];
  /** The accessible name (W3C accname 1.2, via dom-accessibility-api). */
  name(): string;
  /** Normalised words of {@link Candidate.name}. */
  nameWords(): readonly string[];
  /** WAI-ARIA role (explicit, else implicit; `heading` for a dialog title). */
  role(): string | null;
  /** Disabled: `disabled`, or `aria-disabled="true"` on it or an ancestor (Fluent UI's way). */
  disabled(): boolean;
  /** The enclosing menu/dialog/pane layer, null for the page behind the layers. */
  layer(): Element | null;
  /** Not hidden by CSS (see {@link isHiddenByStyle}). */
  visible(): boolean;
}

/** Options of {@link collectCandidates}. */
export interface CollectOptions {
  /** Subtrees to ignore, e.g. the overlay's shadow host. */
  readonly exclude?: readonly Element[];
  /**
   * Stem keys ({@link stemKey}) of the words worth matching; an element whose estimated name
   * shares none of them is dropped. Omit to keep every candidate.
   */
  readonly keys?: ReadonlySet<string>;
}

/** Subtrees the accessibility tree leaves out (WAI-ARIA 1.2 §7.1 "Excluding elements"). */
const EXCLUDED_SUBTREE = '[hidden],[aria-hidden="true"],[inert]';

/**
 * Whether CSS hides the element (`display: none` on it or an ancestor, `visibility: hidden`).
 * Uses `Element.checkVisibility` (Chromium 105+, Firefox 106+, happy-dom), else computed styles.
 */
export function isHiddenByStyle(element: Element): boolean {
  if (typeof element.checkVisibility === 'function') return !element.checkVisibility({ visibilityProperty: true });
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  if (view.getComputedStyle(element).visibility === 'hidden') return true;
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (view.getComputedStyle(node).display === 'none') return true;
  }
  return false;
}

/** Form controls and elements named by reference: their name is not in their own text. */
function isNamedElsewhere(element: Element): boolean {
  return (
    element.hasAttribute('aria-labelledby') ||
    element.localName === 'input' ||
    element.localName === 'select' ||
    element.localName === 'textarea' ||
    element.getAttribute('role') === 'combobox'
  );
}

/** Memoises a computation of one value. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/** Normalised words of texts, memoised: names repeat within a page and across calls. */
export type WordsCache = (text: string) => readonly string[];

/** Texts kept by {@link sharedWords} before it starts afresh (a page has a few thousand). */
const WORDS_CACHE_LIMIT = 20_000;
const wordsMemo = new Map<string, readonly string[]>();

/**
 * {@link wordsOf} memoised across calls: the runner resolves again on every batch of page
 * changes, and the page's texts are mostly the same each time. Cleared when it holds
 * {@link WORDS_CACHE_LIMIT} texts, so memory stays bounded on a long-lived page.
 */
export const sharedWords: WordsCache = (text) => {
  let words = wordsMemo.get(text);
  if (!words) {
    if (wordsMemo.size >= WORDS_CACHE_LIMIT) wordsMemo.clear();
    words = wordsOf(text);
    wordsMemo.set(text, words);
  }
  return words;
};

/** The cheap stand-in for an element's name: `aria-label`, else text content, else `title`. */
function estimatedName(element: Element): string {
  return (element.getAttribute('aria-label') ?? '').trim() || (element.textContent ?? '').trim() || (element.getAttribute('title') ?? '');
}

/**
 * Wraps an element as a {@link Candidate} with lazy, memoised facts.
 *
 * @param estimatedWords its estimated name's words (see {@link Candidate.estimatedWords}).
 */
export function candidateOf(element: Element, index: number, estimatedWords: readonly string[], words: WordsCache = sharedWords): Candidate {
  const name = once(() => computeAccessibleName(element));
  return {
    element,
    index,
    estimatedWords,
    name,
    nameWords: once(() => words(name())),
    role: once(() => roleOf(element)),
    disabled: once(() => isDisabled(element) || element.closest('[aria-disabled="true"]') !== null),
    layer: once(() => layerOf(element)),
    visible: once(() => !isHiddenByStyle(element)),
  };
}

/** The estimated name's words of an element (the accessible name for those named elsewhere). */
export function estimatedWordsOf(element: Element, words: WordsCache = sharedWords): readonly string[] {
  if (isNamedElsewhere(element)) return words(computeAccessibleName(element));
  const estimate = words(estimatedName(element));
  // No text at all: an icon button named by a descendant's label; its name is needed now.
  return estimate.length > 0 ? estimate : words(computeAccessibleName(element));
}

/** Whether `element` is inside an `exclude` subtree or one the accessibility tree leaves out. */
export function isExcluded(element: Element, exclude: readonly Element[]): boolean {
  if (exclude.length > 0 && exclude.some((host) => host.contains(element))) return true;
  return element.closest(EXCLUDED_SUBTREE) !== null;
}

/**
 * Collects candidate targets in `root` in document order: elements matching
 * {@link CANDIDATE_QUERY} and {@link isCandidateElement} that are not inside an `exclude`
 * subtree nor in a `hidden`, `aria-hidden="true"` or `inert` subtree, and (when `keys` is
 * given) whose estimated name could match. CSS visibility, size and disabled state are judged
 * later by the scorer.
 *
 * Cost: one native `querySelectorAll`, then per element an attribute check, its estimated
 * name (memoised across calls, {@link sharedWords}) and a set lookup per word; the rest is lazy.
 *
 * Known gap: open shadow roots inside `root` are not entered (the admin center does not use
 * them for its controls).
 *
 * @param root a Document or ShadowRoot.
 * @returns candidates in document order.
 */
export function collectCandidates(root: Document | ShadowRoot, options: CollectOptions = {}): Candidate[] {
  const exclude = options.exclude ?? [];
  const keys = options.keys;
  const candidates: Candidate[] = [];
  for (const element of root.querySelectorAll(CANDIDATE_QUERY)) {
    if (!isCandidateElement(element)) continue;
    const estimatedWords = estimatedWordsOf(element);
    if (keys && !estimatedWords.some((w) => keys.has(stemKey(w)))) continue;
    if (isExcluded(element, exclude)) continue;
    candidates.push(candidateOf(element, candidates.length, estimatedWords));
  }
  return candidates;
}
