/**
 * The tour UI's entry, injected by the background (scripting.executeScript, immediately)
 * into an admin tab while a tour runs, into the same isolated world as the content script.
 * What to show comes with the reply to the content script's first message, through the
 * inbox (../tour-ui-inbox.ts); when no such reply is coming (the popup started the tour, the
 * extension was reloaded) it asks the background itself. A second injection into the same
 * page finds the running app and only asks for the view again. The tour starts as soon as
 * the page has a body.
 */
import type { TourViewReceived } from '../../messaging/protocol';
import { readTourUiPayload, readTourViewChanged, type TourUiPayload } from '../../messaging/tour-ui-payload';
import { epochNow, tourUiInbox } from '../tour-ui-inbox';
import { extensionAlive, onBackgroundMessage, sendToBackground } from './extension';
import { recordHop } from './hops';
import { clearStaleMarkers } from './marker';
import { TourApp } from './tour-app';

const KEY = Symbol.for('admin-coach.tour-ui');
type Slot = { [KEY]?: { app: TourApp; refresh(): Promise<void>; alive(): boolean } };
const slot = globalThis as Slot;

/** Runs `start` once `document.body` exists (at once when it does). */
function whenBody(start: () => void): void {
  if (document.body) {
    start();
    return;
  }
  const observer = new MutationObserver(() => {
    if (!document.body) return;
    observer.disconnect();
    start();
  });
  observer.observe(document.documentElement, { childList: true });
}

/** Shows a checked payload once the body exists. @returns false when `raw` is not a payload. */
function accept(app: TourApp, raw: unknown): boolean {
  const payload: TourUiPayload | null = readTourUiPayload(raw);
  if (!payload) return false;
  for (const [hop, at] of Object.entries(payload.hops ?? {})) recordHop(hop, at);
  whenBody(() => {
    recordHop('bodyReady', epochNow());
    app.show(payload);
  });
  return true;
}

/** Asks the background for the tab's view and shows it. */
async function refresh(app: TourApp): Promise<void> {
  accept(app, await sendToBackground({ type: 'tourViewGet' }));
}

recordHop('tourUiStarted', epochNow());
const inbox = tourUiInbox();
let app = slot[KEY]?.alive() ? slot[KEY].app : null;
if (!app) {
  clearStaleMarkers();
  const created = new TourApp(() => release());
  const stopListening = onBackgroundMessage((message) => {
    const changed = readTourViewChanged(message);
    if (!changed) return undefined;
    created.show({ view: changed.view, notice: null, words: changed.words });
    // The reply tells the background a tour UI is here (nothing else in the page listens).
    return { received: true } satisfies TourViewReceived;
  });
  slot[KEY] = { app: created, refresh: () => refresh(created), alive: extensionAlive };
  /**
   * Lets go of this tour UI once it shows nothing (the tour ended, no notice left): its message
   * listener and its slot are the last references to its code and its module-level memos
   * (the resolver's words of the page's texts), so all of it becomes garbage and the page's
   * heap returns to where it was before the tour (the benchmark's memory figure). The next
   * tour's tourViewChanged then finds no listener, and the background injects this script
   * again (src/background/router.ts, `startTour`).
   */
  const release = () => {
    stopListening();
    if (slot[KEY]?.app === created) delete slot[KEY];
  };
  app = created;
}
const running = app;
if (inbox.payload !== null) {
  recordHop('contentReceived', inbox.receivedAt);
  const payload = inbox.payload;
  inbox.payload = null;
  if (!accept(running, payload)) void refresh(running);
} else if (inbox.pending) {
  inbox.deliver = (payload) => {
    inbox.deliver = null;
    inbox.payload = null;
    recordHop('contentReceived', inbox.receivedAt);
    if (!accept(running, payload)) void refresh(running);
  };
} else {
  void refresh(running);
}
