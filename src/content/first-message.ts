import { rawShareParams } from '../tour/share-params';

/**
 * Which of the two content scripts asks the background, and what (docs/architecture.md,
 * "Data flow"). Both run at document_start in the top frame of an admin-center page and share
 * the frame's isolated world, in an order the browsers do not promise:
 *
 * - the static one (manifest.json, ./detect.ts), on admin pages whose address names a share
 *   parameter: only a share link's parameters make it send, `shareLinkOpened`;
 * - the resume one (./resume.ts), registered by the background only while a tour session
 *   exists (src/background/resume-script.ts): it sends `contentReady`, unless the address
 *   holds share parameters (the static script hands those over).
 *
 * One message per page load at most: whichever sends first marks the world (claimFirstMessage),
 * and the other then stays silent (after the static script has removed the share parameters
 * from the address, the resume script would otherwise take the page for an ordinary one).
 */

/** The content script deciding: the manifest's (`static`) or the one registered while tours run (`resume`). */
export type ContentScriptKind = 'static' | 'resume';

/** The first message a content script sends, by type (src/messaging/protocol.ts). */
export type FirstMessageType = 'shareLinkOpened' | 'contentReady';

/**
 * What the content script `kind` sends for a page at `url`: `shareLinkOpened` (static, share
 * parameters present), `contentReady` (resume, none present), or null (nothing: the other
 * script's case, or `alreadySent`, one of them has sent already in this page).
 * Pure; reads only the URL's query (src/tour/share-params.ts).
 */
export function firstMessageType(kind: ContentScriptKind, url: URL, alreadySent: boolean): FirstMessageType | null {
  if (alreadySent) return null;
  const share = rawShareParams(url) !== null;
  if (kind === 'static') return share ? 'shareLinkOpened' : null;
  return share ? null : 'contentReady';
}

const SENT = Symbol.for('admin-coach.first-message-sent');

/** Whether a content script of this page's isolated world has sent its first message (a global of the world, invisible to the page). */
export function firstMessageSent(): boolean {
  return (globalThis as { [SENT]?: boolean })[SENT] === true;
}

/** Marks this page's isolated world as having sent its first message (see firstMessageSent). */
export function markFirstMessageSent(): void {
  (globalThis as { [SENT]?: boolean })[SENT] = true;
}
