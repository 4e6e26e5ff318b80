import { describe, expect, it } from 'vitest';
import { firstMessageType } from './first-message';

/** Which content script sends what (./first-message.ts), for every case. */
describe('firstMessageType', () => {
  const plain = new URL('https://admin.microsoft.com/Adminportal/Home?lang=nl-NL#/subscriptions');
  const share = new URL('https://admin.microsoft.com/Adminportal/Home?ac-tour=x&lang=nl-NL#/subscriptions');
  const stepOnly = new URL('https://admin.microsoft.com/Adminportal/Home?ac-step=2');

  it.each([
    ['static', plain, false, null],
    ['static', share, false, 'shareLinkOpened'],
    ['static', stepOnly, false, 'shareLinkOpened'],
    ['resume', plain, false, 'contentReady'],
    ['resume', share, false, null],
    ['resume', stepOnly, false, null],
    ['static', share, true, null],
    ['resume', plain, true, null],
  ] as const)('%s script at %s (already sent: %s) sends %s', (kind, url, alreadySent, expected) => {
    expect(firstMessageType(kind, url, alreadySent)).toBe(expected);
  });
});
