/**
 * What the resolver learns about a page, kept between calls while a tour runs: the candidate
 * elements (one `querySelectorAll` of CANDIDATE_QUERY over the whole page: 4–10 ms on the
 * large tenant's 22,000 nodes), each one's estimated name (reading 1,200 grid check boxes'
 * `aria-labelledby` targets and 3,600 text contents: 5–6 ms) and whether it lies in a hidden
 * subtree (one `closest` each: 1–3 ms). The runner resolves again after every batch of page
 * changes, and most of the page is the same each time, so the tour UI's one observer of the
 * page (page-changes.ts) tells which facts a change may have made stale and only those are
 * computed again.
 *
 * Exactness comes first: a fact is only kept when every change that could alter it is seen.
 * An estimated name (candidates.ts, `estimatedName`) depends on the element's own
 * `aria-labelledby`, `aria-label`, `placeholder` and `title`, on its text content (any text
 * or child change below it), on the text of the elements its `aria-labelledby` names (tracked
 * by element; after any change that can move an id, a name checks before use that its ids
 * still refer to those elements), and on `<label>`s (not kept when it has any; a label's
 * arrival or a changed `for` drops its control's, a new id a labelled element's). Names
 * computed in full (an element without text to go by) are never kept: they
 * depend on CSS. Candidacy depends on `role`, `href`, `type`, `open` and the tree; the hidden
 * subtree test on `hidden`, `aria-hidden`, `inert` and the tree. Facts about a candidate's
 * ancestors (in the navigation, in a command bar, its data row, under `aria-disabled`) depend on
 * the tree, `role` and `aria-disabled`; the page's modal layers on the tree and `aria-modal`.
 *
 * It listens only while the resolver is used: it stops listening, and everything is
 * dropped, {@link IDLE_MS} after the last call, so a page without a tour has nothing watching;
 * while a step searches for its target ({@link holdPageIndex}) it is kept however long that takes.
 */
import { type PageChanges, pageChangesOf } from './page-changes';
import { follows } from './document-order';
import { ModalLayers } from './modal-layers';
import { CANDIDATE_QUERY, isCandidateElement, MODAL_SELECTOR } from './roles';

/** How long after the last resolve the index keeps listening. */
export const IDLE_MS = 10_000;

/** Subtrees the accessibility tree leaves out (WAI-ARIA 1.2 §7.1 "Excluding elements"). */
export const EXCLUDED_SUBTREE = '[hidden],[aria-hidden="true"],[inert]';

/** An estimated name and whether it may be kept (see the module comment). */
export interface Estimate {
  readonly words: readonly string[];
  /** False when it depends on something the observer cannot tie to it (labels, CSS). */
  readonly keep: boolean;
  /** The elements its `aria-labelledby` ids referred to (null: no such id), in order; empty without one. */
  readonly refs: readonly (Element | null)[];
}

/** A kept estimated name. */
interface KeptName {
  readonly words: readonly string[];
  /** Estimate.refs. */
  readonly refs: readonly (Element | null)[];
  /** The id generation at which `refs` were last found to be what the ids refer to. */
  checked: number;
}

/** The page's candidates and their kept facts; see {@link pageIndexOf}. */
export interface PageIndex {
  /** Elements matching CANDIDATE_QUERY and `isCandidateElement`, in document order. */
  elements(): readonly Element[];
  /** The element's estimated name's words, computed with `compute` unless kept. */
  estimatedWords(element: Element, compute: (element: Element) => Estimate): readonly string[];
  /** Whether the element is in a `hidden`, `aria-hidden="true"` or `inert` subtree. */
  inHiddenSubtree(element: Element): boolean;
  /**
   * A fact about a candidate element (one of {@link PageIndex.elements}) that depends only on
   * the tag names, `role` and `aria-disabled` of the element and its ancestors (whether it is
   * in the navigation, its data row): `compute(element)`, kept under `key` until the tree
   * around the element or one of those attributes changes. Asking for a fact in the 1,200 rows
   * of a large product list costs one `closest` per row and fact once, then a map lookup.
   * Facts about other elements are computed each time.
   */
  ancestral<T>(element: Element, key: string, compute: (element: Element) => T): T;
  /** The page's modal layers (roles.ts MODAL_SELECTOR), in document order. */
  modals(): readonly Element[];
}

/** Attributes whose change can alter a kept fact (the index hears no others). */
const WATCHED_ATTRIBUTES = [
  'role', 'href', 'type', 'open', 'hidden', 'aria-hidden', 'inert', 'id', 'for', 'aria-label', 'aria-labelledby', 'title', 'placeholder',
  'aria-disabled', 'aria-modal',
];
const CANDIDACY_ATTRIBUTES = new Set(['role', 'href', 'type', 'open']);
const HIDING_ATTRIBUTES = new Set(['hidden', 'aria-hidden', 'inert']);
/** Past this many added subtrees since the last call, querying the page afresh is simpler. */
const MAX_MERGED_SUBTREES = 50;

class Index implements PageIndex {
  #list: Element[] | null = null;
  /** Subtrees added since the list was made; merged into it on next use. */
  #added: Element[] = [];
  /** Whether elements were removed since the list was made. */
  #removed = false;
  #words = new WeakMap<Element, KeptName>();
  #hidden = new WeakMap<Element, boolean>();
  /** Candidate → fact key → fact (PageIndex.ancestral). */
  #ancestral = new WeakMap<Element, Record<string, unknown>>();
  readonly #modals: ModalLayers;
  /** Element → elements whose kept estimate read its text (through `aria-labelledby`). */
  #readers = new WeakMap<Element, Set<Element>>();
  #anyReaders = false;
  /**
   * Counts the changes that may have moved an id to another element (an `id` or
   * `aria-labelledby` changed, a subtree with ids came or went): a kept name that read
   * elements by id checks, once per generation, that its ids still refer to them.
   */
  #idGeneration = 0;
  #timer: number | undefined;
  /** How many holders keep the index past IDLE_MS (holdPageIndex). */
  #holds = 0;
  readonly #stopListening: () => void;
  readonly #root: Document | ShadowRoot;
  readonly #changes: PageChanges;
  readonly #view: Window & typeof globalThis;
  readonly #onIdle: () => void;

  constructor(root: Document | ShadowRoot, changes: PageChanges, view: Window & typeof globalThis, onIdle: () => void) {
    this.#root = root;
    this.#changes = changes;
    this.#view = view;
    this.#onIdle = onIdle;
    this.#modals = new ModalLayers(root, MAX_MERGED_SUBTREES);
    this.#stopListening = changes.listen({ attributes: WATCHED_ATTRIBUTES, text: true, delivery: 'immediate' }, (records) => this.#absorb(records));
  }

  /** Brings the index up to date with changes not yet delivered, and restarts the idle timer. */
  refresh(): void {
    this.#changes.flush();
    if (this.#timer !== undefined) this.#view.clearTimeout(this.#timer);
    this.#timer = this.#view.setTimeout(() => this.#idle(), IDLE_MS);
  }

  /** Keeps the index until the returned function is called (idempotent). */
  hold(): () => void {
    this.#holds++;
    let released = false;
    return () => {
      if (!released) this.#holds--;
      released = true;
    };
  }

  #idle(): void {
    if (this.#holds > 0) this.#timer = this.#view.setTimeout(() => this.#idle(), IDLE_MS);
    else this.stop();
  }

  stop(): void {
    this.#stopListening();
    if (this.#timer !== undefined) this.#view.clearTimeout(this.#timer);
    this.#onIdle();
  }

  elements(): readonly Element[] {
    if (!this.#list) {
      this.#list = [];
      for (const element of this.#root.querySelectorAll(CANDIDATE_QUERY)) if (isCandidateElement(element)) this.#list.push(element);
    } else if (this.#added.length > 0 || this.#removed) this.#list = this.#merged(this.#list);
    this.#added = [];
    this.#removed = false;
    return this.#list;
  }

  /**
   * The list after the children changes since it was made, as a fresh query would give it:
   * elements no longer in the root dropped, the candidates of added subtrees put in their
   * place in document order (a moved subtree is dropped and put back). Cheaper than the
   * query when a menu opens or a row changes: the cost is in the changed subtrees.
   */
  #merged(list: readonly Element[]): Element[] {
    const fresh = new Set<Element>();
    for (const subtree of this.#added) {
      if (subtree.getRootNode() !== this.#root) continue;
      if (subtree.matches(CANDIDATE_QUERY) && isCandidateElement(subtree)) fresh.add(subtree);
      for (const element of subtree.querySelectorAll(CANDIDATE_QUERY)) if (isCandidateElement(element)) fresh.add(element);
    }
    const kept = this.#removed || fresh.size > 0 ? list.filter((element) => !fresh.has(element) && element.getRootNode() === this.#root) : [...list];
    if (fresh.size === 0) return kept;
    const inserted = [...fresh].sort((a, b) => (follows(a, b) ? -1 : 1));
    const result: Element[] = [];
    let next = 0;
    for (const element of inserted) {
      // First kept element after `element`, by binary search from where the previous one went.
      let low = next;
      let high = kept.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (follows(kept[middle] as Element, element)) low = middle + 1;
        else high = middle;
      }
      for (; next < low; next++) result.push(kept[next] as Element);
      result.push(element);
    }
    for (; next < kept.length; next++) result.push(kept[next] as Element);
    return result;
  }

  estimatedWords(element: Element, compute: (element: Element) => Estimate): readonly string[] {
    const kept = this.#words.get(element);
    if (kept && (kept.checked === this.#idGeneration || sameRefs(element, kept.refs))) {
      kept.checked = this.#idGeneration;
      return kept.words;
    }
    const estimate = compute(element);
    if (estimate.keep) {
      this.#words.set(element, { words: estimate.words, refs: estimate.refs, checked: this.#idGeneration });
      for (const ref of estimate.refs) {
        if (!ref) continue;
        const readers = this.#readers.get(ref) ?? new Set<Element>();
        readers.add(element);
        this.#readers.set(ref, readers);
        this.#anyReaders = true;
      }
    }
    return estimate.words;
  }

  inHiddenSubtree(element: Element): boolean {
    let hidden = this.#hidden.get(element);
    if (hidden === undefined) {
      hidden = element.closest(EXCLUDED_SUBTREE) !== null;
      this.#hidden.set(element, hidden);
    }
    return hidden;
  }

  ancestral<T>(element: Element, key: string, compute: (element: Element) => T): T {
    let facts = this.#ancestral.get(element);
    if (facts && key in facts) return facts[key] as T;
    const fact = compute(element);
    // Only a candidate's facts are dropped when a subtree around it moves (#subtreeMoved).
    if (element.matches(CANDIDATE_QUERY)) {
      facts ??= {};
      facts[key] = fact;
      this.#ancestral.set(element, facts);
    }
    return fact;
  }

  modals(): readonly Element[] {
    return this.#modals.list();
  }

  /** Drops the facts the changes may have made stale. */
  #absorb(records: readonly MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'attributes') this.#attributeChanged(record.target as Element, record.attributeName ?? '');
      else {
        // Text or children changed: the text content of the target and all its ancestors.
        this.#textChanged(record.target);
        if (record.type === 'childList') {
          for (const node of record.addedNodes) this.#subtreeMoved(node);
          for (const node of record.removedNodes) this.#subtreeMoved(node);
        }
      }
    }
  }

  #attributeChanged(element: Element, name: string): void {
    // The attributes an ancestral fact may read (PageIndex.ancestral).
    if (name === 'role' || name === 'aria-disabled') this.#ancestral = new WeakMap();
    if (name === 'aria-modal') this.#modals.forget();
    if (CANDIDACY_ATTRIBUTES.has(name)) {
      this.#list = null;
      this.#added = [];
    }
    else if (HIDING_ATTRIBUTES.has(name)) this.#hidden = new WeakMap();
    else if (name === 'id' || (name === 'aria-labelledby' && this.#words.get(element)?.refs.length)) {
      // The names read by id check their references before their next use: when Fluent's list
      // re-renders, its 1,200 rows take new ids and their check boxes' `aria-labelledby` follow,
      // yet still name the same elements. A `<label for>` may now name an element with a new id.
      this.#idGeneration++;
      if ((element as HTMLInputElement).labels?.length) this.#words.delete(element);
    }
    else if (name === 'for') {
      // The label's new control (names read from labels are never kept: the old one's is not).
      const control = (element as HTMLLabelElement).control;
      if (control) this.#words.delete(control);
    }
    else this.#words.delete(element);
  }

  #textChanged(node: Node | null): void {
    for (let at = node; at; at = at.parentNode) {
      if (at.nodeType !== 1) continue;
      const element = at as Element;
      this.#words.delete(element);
      if (this.#anyReaders) this.#forgetReadersOf(element);
    }
  }

  /**
   * An added or removed subtree: the candidate list changes, facts kept for its elements may
   * be stale (changes made while it was detached are not observed, and it may now sit under
   * other ancestors), and so may the names read from its ids or labels.
   */
  #subtreeMoved(node: Node): void {
    if (node.nodeType !== 1) return;
    const element = node as Element;
    this.#modals.subtreeMoved(element);
    if (this.#list) {
      if (!element.isConnected) this.#removed = true;
      else if (this.#added.length < MAX_MERGED_SUBTREES) this.#added.push(element);
      else {
        this.#list = null;
        this.#added = [];
      }
    }
    // A name read from `<label>`s is never kept, so only a label's arrival can make a kept
    // name stale: its control's, which a `for` can place anywhere on the page.
    if (element.isConnected) {
      for (const label of element.localName === 'label' ? [element] : element.querySelectorAll('label')) {
        const control = (label as HTMLLabelElement).control;
        if (control) this.#words.delete(control);
      }
    }
    const forget = (moved: Element): void => {
      this.#words.delete(moved);
      this.#hidden.delete(moved);
      this.#ancestral.delete(moved);
    };
    forget(element);
    for (const inner of element.querySelectorAll(CANDIDATE_QUERY)) forget(inner);
    const withIds = element.id ? [element, ...element.querySelectorAll('[id]')] : Array.from(element.querySelectorAll('[id]'));
    if (withIds.length > 0) this.#idGeneration++;
    if (this.#anyReaders) for (const moved of withIds) this.#forgetReadersOf(moved);
  }

  #forgetReadersOf(element: Element): void {
    const readers = this.#readers.get(element);
    if (!readers) return;
    for (const reader of readers) this.#words.delete(reader);
    this.#readers.delete(element);
  }
}

/** Whether `element`'s `aria-labelledby` ids still refer to `refs` (see Estimate.refs). */
function sameRefs(element: Element, refs: readonly (Element | null)[]): boolean {
  if (refs.length === 0) return true;
  const ids = (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter((id) => id !== '');
  const doc = element.ownerDocument;
  return ids.length === refs.length && ids.every((id, at) => doc.getElementById(id) === refs[at]);
}

const indexes = new WeakMap<Document | ShadowRoot, Index>();

/**
 * An index that keeps nothing, for a root without a MutationObserver (a document made by
 * DOMParser has no window): every fact is computed when asked.
 */
function unkeptIndex(root: Document | ShadowRoot): PageIndex {
  return {
    elements: () => Array.from(root.querySelectorAll(CANDIDATE_QUERY)).filter(isCandidateElement),
    estimatedWords: (element, compute) => compute(element).words,
    inHiddenSubtree: (element) => element.closest(EXCLUDED_SUBTREE) !== null,
    ancestral: (element, _key, compute) => compute(element),
    modals: () => Array.from(root.querySelectorAll(MODAL_SELECTOR)),
  };
}

/**
 * The kept index of `root`, brought up to date with every change made so far; one that keeps
 * nothing where there is no MutationObserver (nothing can be kept without one).
 */
export function pageIndexOf(root: Document | ShadowRoot): PageIndex {
  let index = indexes.get(root);
  if (!index) {
    const view = (root.nodeType === root.DOCUMENT_NODE ? (root as Document) : root.ownerDocument)?.defaultView;
    const changes = pageChangesOf(root);
    if (!view || !changes || typeof view.setTimeout !== 'function') return unkeptIndex(root);
    index = new Index(root, changes, view as Window & typeof globalThis, () => indexes.delete(root));
    indexes.set(root, index);
  }
  index.refresh();
  return index;
}

/**
 * Keeps `root`'s index (made now if there is none) past IDLE_MS until the returned function
 * is called: a step that waits for its target resolves again on each change, however long
 * the admin takes, and must not find the index gone cold.
 */
export function holdPageIndex(root: Document | ShadowRoot): () => void {
  pageIndexOf(root);
  return indexes.get(root)?.hold() ?? (() => {});
}

/** The links a step may point at in `root` (candidates that are `a[href]`), in document order. */
export function linksIn(root: Document | ShadowRoot): Element[] {
  return pageIndexOf(root)
    .elements()
    .filter((element) => element.localName === 'a' && element.hasAttribute('href'));
}

/** Stops `root`'s index listening and drops it (the tour's end, tests; the idle timer does it otherwise). */
export function dropPageIndex(root: Document | ShadowRoot): void {
  indexes.get(root)?.stop();
}
