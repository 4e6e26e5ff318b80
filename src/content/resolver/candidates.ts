/**
 * Collects the elements a step may point at: visible, interactive, outside our own overlay.
 * Cheap checks run first and the accessible name (the expensive part) only on demand, so a
 * 20,000-node page costs one native `querySelectorAll` plus a little work per candidate.
 */
import { computeAccessibleName, isDisabled } from 'dom-accessibility-api';
import { stemKey, wordsOf } from './normalise';
import { CANDIDATE_SELECTOR, layerOf, roleOf } from './roles';

/** An element that may be a target, with its facts computed once. */
export interface Candidate {
  readonly element: Element;
  /** WAI-ARIA role (explicit, else implicit; `heading` for a dialog title). */
  readonly role: string | null;
  /** Whether the element is disabled (`disabled`, or `aria-disabled="true"` on it or an ancestor). */
  readonly disabled: boolean;
  /** The enclosing menu/dialog/pane layer, null for the page behind the layers. */
  readonly layer: Element | null;
  /** Position in document order among the candidates (ties go to the earlier one). */
  readonly index: number;
  /** The accessible name (W3C accname, via dom-accessibility-api), computed on first use. */
  name(): string;
  /** Normalised words of {@link Candidate.name}. */
  nameWords(): readonly string[];
}

/** Options of {@link collectCandidates}. */
export interface CollectOptions {
  /** Subtrees to ignore, e.g. the overlay's shadow host. */
  readonly exclude?: readonly Element[];
  /**
   * Stem keys ({@link stemKey}) of the words worth matching; an element whose visible text
   * and labels share none of them is dropped before its accessible name is computed. Omit to
   * keep every visible candidate.
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

/**
 * Collects candidate targets in `root` in document order: elements matching
 * {@link CANDIDATE_SELECTOR} that are not inside an `exclude` subtree, not in a hidden,
 * `aria-hidden="true"` or `inert` subtree, not hidden by CSS, and (when `keys` is given) whose
 * text could match. Disabled elements are kept and flagged: the scorer decides.
 * Size is not checked here (see resolve.ts): happy-dom has no layout.
 *
 * Known gap: open shadow roots inside `root` are not entered (the admin center does not use
 * them for its controls).
 *
 * @param root a Document or ShadowRoot.
 * @returns candidates; their names are computed lazily.
 */
export function collectCandidates(root: Document | ShadowRoot, options: CollectOptions = {}): Candidate[] {
  const exclude = options.exclude ?? [];
  const keys = options.keys;
  const verdicts = new Map<string, boolean>();
  const mayMatch = (text: string): boolean => {
    let verdict = verdicts.get(text);
    if (verdict === undefined) {
      const words = wordsOf(text);
      // No text at all: an icon button named by a descendant's label; compute its name.
      verdict = words.length === 0 || words.some((w) => keys?.has(stemKey(w)));
      verdicts.set(text, verdict);
    }
    return verdict;
  };

  const candidates: Candidate[] = [];
  for (const element of root.querySelectorAll(CANDIDATE_SELECTOR)) {
    if (exclude.some((host) => host.contains(element))) continue;
    if (keys && !isNamedElsewhere(element)) {
      const text = `${element.getAttribute('aria-label') ?? ''} ${element.getAttribute('title') ?? ''} ${element.textContent ?? ''}`;
      if (!mayMatch(text)) continue;
    }
    if (element.closest(EXCLUDED_SUBTREE) || isHiddenByStyle(element)) continue;
    let name: string | undefined;
    let words: readonly string[] | undefined;
    const getName = (): string => {
      name ??= computeAccessibleName(element);
      return name;
    };
    candidates.push({
      element,
      role: roleOf(element),
      disabled: isDisabled(element) || element.closest('[aria-disabled="true"]') !== null,
      layer: layerOf(element),
      index: candidates.length,
      name: getName,
      nameWords: () => {
        words ??= wordsOf(getName());
        return words;
      },
    });
  }
  return candidates;
}
