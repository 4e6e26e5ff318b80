/**
 * The one MutationObserver of the tour UI (docs/finding-targets.md, "Watching the page"): every
 * part that must hear the page change (the resolver's page index, its per-frame candidates,
 * the runner's wait for a target) listens here instead of observing the page itself, so one
 * page change is recorded once, however many parts care.
 *
 * Each listener says what it hears (attribute names, text changes; child-list changes always),
 * and hears exactly that: the observer watches the union of what its listeners want, is
 * widened or narrowed as they come and go, and is disconnected when the last one leaves, so a
 * page with nothing listening has nothing watching.
 *
 * Two kinds of listener, by when a change may reach them:
 * - `immediate` (facts read synchronously: the page index, the frame cache): besides the
 *   observer's callback, they hear the changes {@link PageChanges.flush} takes early, at once,
 *   so a reader never sees a stale fact;
 * - `queued` (the runner's wait): changes taken early reach them in a microtask, never in the
 *   middle of the code that flushed (a resolve must not start another resolve inside itself).
 * In the observer's callback immediate listeners hear a batch before queued ones, so the page
 * index is up to date when the runner resolves there.
 */

/** What a listener hears besides child-list changes (which every listener hears). */
export interface ChangeInterest {
  /** The attribute names whose changes it hears, or `all`. */
  readonly attributes: readonly string[] | 'all';
  /** Whether it hears changes of text nodes' data (`characterData`). */
  readonly text: boolean;
  /** When changes taken early by {@link PageChanges.flush} reach it (see the module comment). */
  readonly delivery: 'immediate' | 'queued';
}

/** Called with the records a listener hears, in the order they happened; never with none. */
export type ChangeListener = (records: readonly MutationRecord[]) => void;

/** The shared observer of one Document or ShadowRoot (see {@link pageChangesOf}). */
export interface PageChanges {
  /**
   * Hears the changes made from now on that `interest` names. Changes made before the call
   * go to the listeners already there, not to this one.
   * @returns the function that stops hearing (idempotent).
   */
  listen(interest: ChangeInterest, listener: ChangeListener): () => void;
  /** Delivers the changes recorded but not yet delivered (immediate listeners hear them now). */
  flush(): void;
}

interface Registration {
  readonly interest: ChangeInterest;
  readonly listener: ChangeListener;
  active: boolean;
}

/** The records of `records` that `interest` hears. */
function heard(records: readonly MutationRecord[], interest: ChangeInterest): readonly MutationRecord[] {
  const { attributes, text } = interest;
  if (attributes === 'all' && text) return records;
  return records.filter((record) => {
    if (record.type === 'childList') return true;
    if (record.type === 'characterData') return text;
    return attributes === 'all' || attributes.includes(record.attributeName ?? '');
  });
}

class Hub implements PageChanges {
  #registrations: Registration[] = [];
  /** Records taken early, waiting for the queued listeners. */
  #waiting: MutationRecord[] = [];
  #waitingScheduled = false;
  /** The options the observer watches with now, as a key (to re-observe only on a change). */
  #observing = '';
  readonly #observer: MutationObserver;
  readonly #root: Document | ShadowRoot;

  constructor(root: Document | ShadowRoot, view: Window & typeof globalThis) {
    this.#root = root;
    this.#observer = new view.MutationObserver((records) => this.#deliver(records, true));
  }

  listen(interest: ChangeInterest, listener: ChangeListener): () => void {
    this.flush();
    const registration: Registration = { interest, listener, active: true };
    this.#registrations.push(registration);
    this.#observe();
    return () => {
      if (!registration.active) return;
      registration.active = false;
      this.#registrations = this.#registrations.filter((other) => other !== registration);
      if (this.#registrations.length > 0) this.#observe();
      else {
        this.#observer.disconnect();
        this.#observing = '';
        this.#waiting = [];
      }
    };
  }

  flush(): void {
    const records = this.#observer.takeRecords();
    if (records.length > 0) this.#deliver(records, false);
  }

  /**
   * Watches with the union of the listeners' interests. The observer is connected afresh
   * rather than given new options (which the DOM standard allows, but happy-dom applies to the
   * root only, not to the subtree); the changes recorded meanwhile are delivered first.
   */
  #observe(): void {
    const names = new Set<string>();
    let all = false;
    let text = false;
    for (const { interest } of this.#registrations) {
      if (interest.attributes === 'all') all = true;
      else for (const name of interest.attributes) names.add(name);
      text ||= interest.text;
    }
    const key = `${all ? '*' : [...names].sort().join(' ')}|${text}`;
    if (key === this.#observing) return;
    this.flush();
    this.#observer.disconnect();
    this.#observing = key;
    const options: MutationObserverInit = { subtree: true, childList: true, characterData: text };
    if (all) options.attributes = true;
    else if (names.size > 0) options.attributeFilter = [...names];
    this.#observer.observe(this.#root, options);
  }

  #deliver(records: readonly MutationRecord[], fromObserver: boolean): void {
    for (const registration of [...this.#registrations]) {
      if (registration.interest.delivery === 'immediate') this.#tell(registration, records);
    }
    this.#waiting.push(...records);
    if (fromObserver) this.#deliverWaiting();
    else if (!this.#waitingScheduled) {
      this.#waitingScheduled = true;
      queueMicrotask(() => {
        this.#waitingScheduled = false;
        this.#deliverWaiting();
      });
    }
  }

  #deliverWaiting(): void {
    const records = this.#waiting;
    this.#waiting = [];
    if (records.length === 0) return;
    for (const registration of [...this.#registrations]) {
      if (registration.interest.delivery === 'queued') this.#tell(registration, records);
    }
  }

  #tell(registration: Registration, records: readonly MutationRecord[]): void {
    if (!registration.active) return;
    const mine = heard(records, registration.interest);
    if (mine.length > 0) registration.listener(mine);
  }
}

const hubs = new WeakMap<Document | ShadowRoot, Hub>();

/**
 * The shared observer of `root` (made on first use; disconnected while nobody listens);
 * null where there is no MutationObserver (a listener then hears nothing, and must not keep
 * facts that need it).
 */
export function pageChangesOf(root: Document | ShadowRoot): PageChanges | null {
  let hub = hubs.get(root);
  if (!hub) {
    const view = (root.nodeType === root.DOCUMENT_NODE ? (root as Document) : root.ownerDocument)?.defaultView;
    if (!view || typeof view.MutationObserver !== 'function') return null;
    hub = new Hub(root, view as Window & typeof globalThis);
    hubs.set(root, hub);
  }
  return hub;
}
