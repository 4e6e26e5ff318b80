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

/**
 * Collects candidate targets in `root` in document order: elements matching
 * {@link CANDIDATE_QUERY} and {@link isCandidateElement} that are not inside an `exclude` subtree nor in a `hidden`,
 * `aria-hidden="true"` or `inert` subtree, and (when `keys` is given) whose estimated name
 * could match. CSS visibility, size and disabled state are judged later by the scorer.
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
  const wordsCache = new Map<string, string[]>();
  const cachedWords = (text: string): string[] => {
    let words = wordsCache.get(text);
    if (!words) {
      words = wordsOf(text);
      wordsCache.set(text, words);
    }
    return words;
  };

  const candidates: Candidate[] = [];
  for (const element of root.querySelectorAll(CANDIDATE_QUERY)) {
    if (!isCandidateElement(element)) continue;
    if (exclude.length > 0 && exclude.some((host) => host.contains(element))) continue;
    const name = once(() => computeAccessibleName(element));
    const elsewhere = isNamedElsewhere(element);
    const estimate = elsewhere
      ? name()
      : (element.getAttribute('aria-label') ?? '').trim() || (element.textContent ?? '').trim() || (element.getAttribute('title') ?? '');
    let estimatedWords = cachedWords(estimate);
    // No text at all: an icon button named by a descendant's label; its name is needed now.
    if (estimatedWords.length === 0 && !elsewhere) estimatedWords = wordsOf(name());
    if (keys && !estimatedWords.some((w) => keys.has(stemKey(w)))) continue;
    if (element.closest(EXCLUDED_SUBTREE)) continue;
    candidates.push({
      element,
      index: candidates.length,
      estimatedWords,
      name,
      nameWords: once(() => cachedWords(name())),
      role: once(() => roleOf(element)),
      disabled: once(() => isDisabled(element) || element.closest('[aria-disabled="true"]') !== null),
      layer: once(() => layerOf(element)),
      visible: once(() => !isHiddenByStyle(element)),
    });
  }
  return candidates;
}
