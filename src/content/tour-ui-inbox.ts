/**
 * The hand-over between a content script (./detect.ts, ./resume.ts) and the tour UI, which the
 * background injects into the same isolated world: the content script asks the background
 * once (contentReady or shareLinkOpened) and puts the reply here; the tour UI takes it from
 * here, whichever of the two runs first. A global of the isolated world, invisible to the page.
 */
export interface TourUiInbox {
  /** True while the content script's first message waits for its reply. */
  pending: boolean;
  /** The reply not yet taken (unchecked: the tour UI validates it), null when none. */
  payload: unknown;
  /** ms since the epoch when the reply arrived. */
  receivedAt: number;
  /** Set by a tour UI waiting for the reply; called with it (null when there was none). */
  deliver: ((payload: unknown) => void) | null;
}

const KEY = Symbol.for('admin-coach.tour-ui-inbox');

/** This world's inbox, made empty on first use. */
export function tourUiInbox(): TourUiInbox {
  const slot = globalThis as { [KEY]?: TourUiInbox };
  slot[KEY] ??= { pending: false, payload: null, receivedAt: 0, deliver: null };
  return slot[KEY];
}

/** `performance.timeOrigin + performance.now()`: ms since the epoch, sub-millisecond, comparable across the extension's parts. */
export function epochNow(): number {
  return performance.timeOrigin + performance.now();
}
