/**
 * The resume content script: registered by the background with
 * scripting.registerContentScripts only while at least one tour session exists
 * (src/background/resume-script.ts), on the same admin-center pages as the static content
 * script (src/portal/match-patterns.ts), at document_start in the top frame. Built as a
 * standalone IIFE, `resume.js` (scripts/resume-script-bundle.ts).
 *
 * It tells the background the page loaded (`contentReady`); when a tour runs in this tab, the
 * background injects the tour UI meanwhile and replies with what it shows, so a tour goes on
 * across full page loads and reloads in one round trip (./send-first-message.ts). It stays
 * silent when the address holds a share link's parameters or the static script has already
 * sent (./first-message.ts): the share link is the static script's to hand over.
 */
import { firstMessageSent, firstMessageType, markFirstMessageSent } from './first-message';
import { sendFirstMessage } from './send-first-message';
import { epochNow } from './tour-ui-inbox';

if (firstMessageType('resume', new URL(location.href), firstMessageSent()) === 'contentReady') {
  markFirstMessageSent();
  sendFirstMessage({ type: 'contentReady', sentAt: epochNow() });
}
