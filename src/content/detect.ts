/**
 * The always-injected content script (manifest.json `content_scripts`, document_start, top
 * frame, admin-center pages only): tiny and self-contained (built as a standalone IIFE).
 *
 * On an ordinary admin page it reads the address and does nothing else: it does not touch
 * the extension's APIs at all, since Chromium sets up the isolated world's `chrome.runtime`
 * on first use and a message round trip costs every page load (docs/architecture.md,
 * "Choices"; the benchmark's idle figure). Only when the address holds a share link's
 * parameters does it remove them from the address bar (a reload must not start the link
 * again) and hand them to the background (`shareLinkOpened`, ./send-first-message.ts).
 * Tours that run in the tab continue on the next page load through the resume script
 * (./resume.ts), which the background registers only while a tour session exists.
 */
import { rawShareParams, withoutShareParams } from '../tour/share-params';
import { firstMessageSent, firstMessageType, markFirstMessageSent } from './first-message';
import { sendFirstMessage } from './send-first-message';
import { epochNow } from './tour-ui-inbox';

const here = new URL(location.href);
const share = firstMessageType('static', here, firstMessageSent()) === 'shareLinkOpened' ? rawShareParams(here) : null;
if (share) {
  markFirstMessageSent();
  history.replaceState(history.state, '', withoutShareParams(here));
  sendFirstMessage({ type: 'shareLinkOpened', ...share, sentAt: epochNow() });
}
