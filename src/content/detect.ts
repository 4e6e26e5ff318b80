/**
 * The static content script (manifest.json `content_scripts`, document_start, top frame):
 * tiny and self-contained (built as a standalone IIFE).
 *
 * The browser injects it only into admin-center pages whose address names a share parameter
 * (`include_globs`, src/tour/share-params.ts), so an ordinary admin page gets no script and
 * no isolated world of ours (docs/architecture.md, "Choices"; the benchmark's idle figure).
 * The globs are wider than the parameters, so it checks the address itself: when it holds a
 * share link's parameters it removes them from the address bar (a reload must not start the
 * link again) and hands them to the background (`shareLinkOpened`, ./send-first-message.ts);
 * otherwise it does nothing and touches no extension API. Tours that run in the tab continue
 * on the next page load through the resume script (./resume.ts), which the background
 * registers only while a tour session exists.
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
