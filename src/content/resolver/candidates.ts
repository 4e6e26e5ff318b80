/**
 * Collects the elements a step may point at: interactive, not in a hidden or inert subtree,
 * outside our own overlay. Everything costly is lazy and memoised per candidate: the
 * accessible name, the CSS visibility check, the role and layer; the scorer first ranks by a
 * cheap estimate of the name and verifies only the best few (rank.ts), so a 20,000-node
 * page costs one native `querySelectorAll` plus a little string work per candidate.
 */
import { computeAccessibleName, isDisabled } from 'dom-accessibility-api';
import { stemKey, wordsOf } from '../../step-language/words';
import { pageChangesOf } from './page-changes';
import { EXCLUDED_SUBTREE, type Estimate, type PageIndex, pageIndexOf } from './page-index';
import { CANDIDATE_QUERY, isCandidateElement, layerFinder, layerOf, roleOf } from './roles';

/** An element that may be a target; its facts are computed on first use, then kept. */
export interface Candidate {
  readonly element: Element;
  /** Position in document order among the candidates (ties go to the earlier one). */
  readonly index: number;
  /**
   * Normalised words of a cheap stand-in for the accessible name (see `estimatedName`):
   * equal to the accessible name's words in the common case; the scorer re-scores the best
   * with the real name.
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
  /**
   * Shows text of its own (its text content has words), unlike an icon-only button named by
   * `aria-label` (Fluent's Nav chevron beside the group's own button, named alike).
   */
  hasOwnText(): boolean;
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
  /**
   * Only the elements at or after this one in document order (it, its descendants and what
   * follows it): the candidates not behind the topmost modal layer (modal-shortcut.ts).
   * Omit to collect the whole root.
   */
  readonly from?: Element;
}


/**
 * Whether CSS hides the element (`display: none` on it or an ancestor, `visibility: hidden`),
 * by `Element.checkVisibility` (Chromium 105+, Firefox 106+, below the manifest's minimum
 * versions, 120 and 140; happy-dom has it too).
 */
export function isHiddenByStyle(element: Element): boolean {
  return !element.checkVisibility({ visibilityProperty: true });
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

/**
 * The elements `aria-labelledby`'s ids refer to (null where none has that id) and their text
 * contents joined by spaces.
 */
function labelledByText(element: Element, ids: readonly string[]): { text: string; refs: (Element | null)[] } {
  const doc = element.ownerDocument;
  const refs = ids.map((id) => doc.getElementById(id));
  return { text: refs.map((ref) => ref?.textContent ?? '').join(' '), refs };
}

/**
 * A cheap stand-in for an element's accessible name, in the order accname 1.2 looks
 * (§4.3.2): the text of the `aria-labelledby` targets, `aria-label`, a form control's
 * `<label>`s (and `placeholder`), the text content, `title`. No style or tree walk beyond
 * `textContent`, so 3,000 candidates cost a few milliseconds where the full computation costs
 * a hundred (Fluent's grid rows name their check boxes by reference).
 *
 * Also says what the estimate was read from, for the page index (page-index.ts): the
 * `aria-labelledby` targets read (even when their text was empty), and `keep: false` when it
 * came from `<label>`s.
 */
function estimatedName(element: Element): { text: string; keep: boolean; refs: readonly (Element | null)[] } {
  let refs: readonly (Element | null)[] = [];
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const read = labelledByText(element, labelledBy.split(/\s+/).filter((id) => id !== ''));
    refs = read.refs;
    const text = read.text.trim();
    if (text) return { text, keep: true, refs };
  }
  const label = (element.getAttribute('aria-label') ?? '').trim();
  if (label) return { text: label, keep: true, refs };
  const labels = (element as HTMLInputElement).labels;
  if (labels && labels.length > 0) return { text: Array.from(labels, (l) => l.textContent ?? '').join(' '), keep: false, refs };
  if (element.localName === 'input' || element.localName === 'textarea') {
    return { text: element.getAttribute('placeholder') ?? element.getAttribute('title') ?? '', keep: true, refs };
  }
  return { text: (element.textContent ?? '').trim() || (element.getAttribute('title') ?? ''), keep: true, refs };
}

/** Subtrees Fluent UI and others disable with `aria-disabled` on a wrapper (WAI-ARIA 1.2). */
const inDisabledSubtree = (element: Element): boolean => element.closest('[aria-disabled="true"]') !== null;

/**
 * Wraps an element as a {@link Candidate} with lazy, memoised facts.
 *
 * @param estimatedWords its estimated name's words (see {@link Candidate.estimatedWords}).
 * @param findLayer how to find its layer: {@link layerOf}, or a {@link layerFinder} shared by
 *   the candidates of one collection (the rows of a grid climb their common ancestors once).
 * @param pageIndex the page index that keeps its facts about ancestors between calls
 *   (page-index.ts `ancestral`), or null to compute them afresh.
 */
export function candidateOf(
  element: Element,
  index: number,
  estimatedWords: readonly string[],
  findLayer: (element: Element) => Element | null = layerOf,
  pageIndex: PageIndex | null = null,
): Candidate {
  const name = once(() => computeAccessibleName(element));
  return {
    element,
    index,
    estimatedWords,
    name,
    nameWords: once(() => sharedWords(name())),
    role: once(() => roleOf(element)),
    disabled: once(() => isDisabled(element) || (pageIndex ? pageIndex.ancestral(element, 'disabled', inDisabledSubtree) : inDisabledSubtree(element))),
    layer: once(() => findLayer(element)),
    visible: once(() => !isHiddenByStyle(element)),
    hasOwnText: once(() => sharedWords(element.textContent ?? '').length > 0),
  };
}

/**
 * The estimated name's words of an element (see `estimatedName`); for an element with no
 * text to go by (an icon button named by a descendant's label) the accessible name itself.
 */
export function estimatedWordsOf(element: Element, words: WordsCache = sharedWords): readonly string[] {
  return estimateOf(element, words).words;
}

/** {@link estimatedWordsOf} with what the page index needs to know to keep it. */
function estimateOf(element: Element, words: WordsCache = sharedWords): Estimate {
  const estimate = estimatedName(element);
  const estimated = words(estimate.text);
  if (estimated.length > 0) return { words: estimated, keep: estimate.keep, refs: estimate.refs };
  // The full computation depends on CSS (hidden descendants), which no observer sees.
  return { words: words(computeAccessibleName(element)), keep: false, refs: estimate.refs };
}

/** Whether `element` is inside an `exclude` subtree or one the accessibility tree leaves out. */
export function isExcluded(element: Element, exclude: readonly Element[]): boolean {
  if (exclude.length > 0 && exclude.some((host) => host.contains(element))) return true;
  return element.closest(EXCLUDED_SUBTREE) !== null;
}

/** Stem keys of a words array, kept with the array (the words of a text are one array, sharedWords). */
const stemKeysMemo = new WeakMap<readonly string[], readonly string[]>();

/** Whether any of `words` has its stem key in `keys`: the pre-filter every resolve runs on every element. */
function sharesStem(words: readonly string[], keys: ReadonlySet<string>): boolean {
  let stems = stemKeysMemo.get(words);
  if (!stems) {
    stems = words.map(stemKey);
    stemKeysMemo.set(words, stems);
  }
  for (const stem of stems) if (keys.has(stem)) return true;
  return false;
}

/**
 * Collects candidate targets in `root` in document order: elements matching
 * {@link CANDIDATE_QUERY} and {@link isCandidateElement} that are not inside an `exclude`
 * subtree nor in a `hidden`, `aria-hidden="true"` or `inert` subtree, and (when `keys` is
 * given) whose estimated name could match, from `from` on when it is given. CSS visibility,
 * size and disabled state are judged later by the scorer.
 *
 * Cost: the element list, estimated names and hidden-subtree tests are kept between calls by
 * the page index (page-index.ts) and recomputed only where the page changed; on an unchanged
 * page a call costs a set lookup per word of each element's name. The rest is lazy.
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
  const index = pageIndexOf(root);
  const candidates: Candidate[] = [];
  const findLayer = layerFinder();
  const elements = index.elements();
  for (let at = options.from ? firstAtOrAfter(elements, options.from) : 0; at < elements.length; at++) {
    const element = elements[at] as Element;
    const estimatedWords = index.estimatedWords(element, estimateOf);
    if (keys && !sharesStem(estimatedWords, keys)) continue;
    if (exclude.length > 0 && exclude.some((host) => host.contains(element))) continue;
    if (index.inHiddenSubtree(element)) continue;
    candidates.push(candidateOf(element, candidates.length, estimatedWords, findLayer, index));
  }
  return candidates;
}

/** Node.DOCUMENT_POSITION_PRECEDING, without needing the Node global. */
const PRECEDING = 2;

/**
 * The index in `elements` (document order) of the first element that does not precede `from`
 * (`from` itself, a descendant, or one after it), by binary search; `elements.length` when
 * all precede it. An ancestor of `from` precedes it (DOM Standard, `compareDocumentPosition`).
 */
function firstAtOrAfter(elements: readonly Element[], from: Element): number {
  let low = 0;
  let high = elements.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (from.compareDocumentPosition(elements[middle] as Element) & PRECEDING) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The last collection, reused within the same animation frame while the DOM is unchanged. */
interface FrameCache {
  readonly root: Document | ShadowRoot;
  readonly exclude: readonly Element[];
  readonly keys: string;
  readonly candidates: Candidate[];
  readonly stopListening: () => void;
}
let frameCache: FrameCache | null = null;

function dropFrameCache(): void {
  frameCache?.stopListening();
  frameCache = null;
}

/**
 * {@link collectCandidates}, memoised until the next animation frame or the next DOM change,
 * whichever comes first: the runner may resolve more than once in a frame (a click, then the
 * route change it causes). While an entry is kept (at most one frame) it listens to every
 * change of the root on the tour UI's one observer (page-changes.ts), and flushes it before
 * answering, so a cached answer is never stale. Without `requestAnimationFrame` nothing is cached.
 */
export function collectCandidatesInFrame(root: Document | ShadowRoot, options: CollectOptions = {}): Candidate[] {
  const exclude = options.exclude ?? [];
  const keys = options.keys ? [...options.keys].sort().join(' ') : '*';
  if (frameCache) pageChangesOf(frameCache.root)?.flush();
  const hit = frameCache;
  if (hit && hit.root === root && hit.keys === keys && hit.exclude.length === exclude.length && hit.exclude.every((e, i) => e === exclude[i])) {
    return hit.candidates;
  }
  const candidates = collectCandidates(root, options);
  dropFrameCache();
  const view = (root.nodeType === root.DOCUMENT_NODE ? (root as Document) : root.ownerDocument)?.defaultView;
  const changes = pageChangesOf(root);
  if (view && typeof view.requestAnimationFrame === 'function' && changes) {
    const stopListening = changes.listen({ attributes: 'all', text: true, delivery: 'immediate' }, dropFrameCache);
    frameCache = { root, exclude: [...exclude], keys, candidates, stopListening };
    view.requestAnimationFrame(dropFrameCache);
  }
  return candidates;
}
