// @vitest-environment happy-dom
// @vitest-environment-options { "happyDOM": { "url": "https://admin.microsoft.com/Adminportal/Home#/homepage" } }
/**
 * The two content scripts in one page (./detect.ts, static; ./resume.ts, registered while
 * tours exist), run as the browser runs them, in either order, against a stand-in `chrome`:
 * what each sends the background, and what is left in the address bar. An ordinary admin
 * page without a tour sends nothing and does not touch the extension's API.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tourUiInbox } from './tour-ui-inbox';

type Script = 'detect' | 'resume';
const ADMIN = 'https://admin.microsoft.com/Adminportal/Home';
const SHARE = '?ac-tour=reactivate-your-subscription%2Freactivate-a-subscription&ac-lang=nl-NL&ac-step=3';

let sent: unknown[];
let runtimeTouched: boolean;

/** Loads the page at `url` with the given scripts run in that order (as fresh modules, like a page load). */
async function load(url: string, scripts: readonly Script[]): Promise<void> {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  for (const script of scripts) {
    vi.resetModules();
    await (script === 'detect' ? import('./detect') : import('./resume'));
  }
  await Promise.resolve();
}

beforeEach(() => {
  sent = [];
  runtimeTouched = false;
  const runtime = {
    sendMessage: async (message: unknown) => {
      sent.push(message);
      return { view: null };
    },
  };
  vi.stubGlobal('chrome', {
    get runtime() {
      runtimeTouched = true;
      return runtime;
    },
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  const slots = globalThis as Record<symbol, unknown>;
  delete slots[Symbol.for('admin-coach.first-message-sent')];
  delete slots[Symbol.for('admin-coach.tour-ui-inbox')];
});

const types = () => sent.map((message) => (message as { type: string }).type);

describe('an admin page without a tour (only the static script)', () => {
  it('sends nothing and does not touch the extension API', async () => {
    await load(`${ADMIN}?lang=nl-NL#/subscriptions`, ['detect']);
    expect(sent).toEqual([]);
    expect(runtimeTouched).toBe(false);
    expect(location.href).toBe(`${ADMIN}?lang=nl-NL#/subscriptions`);
  });

  it('hands a share link to the background and removes its parameters from the address, keeping the rest', async () => {
    await load(`${ADMIN}${SHARE}&lang=nl-NL#/subscriptions`, ['detect']);
    expect(sent).toEqual([{ type: 'shareLinkOpened', tour: 'reactivate-your-subscription/reactivate-a-subscription', lang: 'nl-NL', step: '3', sentAt: expect.any(Number) }]);
    expect(location.href).toBe(`${ADMIN}?lang=nl-NL#/subscriptions`);
    // The reply waits in the inbox for the tour UI.
    await vi.waitFor(() => expect(tourUiInbox().pending).toBe(false));
    expect(tourUiInbox().payload).toEqual({ view: null });
  });
});

describe.each([
  { order: 'static first', scripts: ['detect', 'resume'] as const },
  { order: 'resume first', scripts: ['resume', 'detect'] as const },
])('an admin page while tours exist (both scripts, $order)', ({ scripts }) => {
  it('an ordinary load sends contentReady once, and nothing else', async () => {
    await load(`${ADMIN}#/subscriptions`, scripts);
    expect(types()).toEqual(['contentReady']);
    expect(location.href).toBe(`${ADMIN}#/subscriptions`);
  });

  it('a share link sends shareLinkOpened once and no contentReady', async () => {
    await load(`${ADMIN}${SHARE}#/subscriptions`, scripts);
    expect(types()).toEqual(['shareLinkOpened']);
    expect(location.href).toBe(`${ADMIN}#/subscriptions`);
  });
});

describe('the resume script alone', () => {
  it('stays silent on a share link (the static script hands it over)', async () => {
    await load(`${ADMIN}${SHARE}#/subscriptions`, ['resume']);
    expect(sent).toEqual([]);
    expect(location.search).toBe(SHARE);
  });

  it('sends contentReady once per page, even if injected twice', async () => {
    await load(`${ADMIN}#/homepage`, ['resume', 'resume']);
    expect(types()).toEqual(['contentReady']);
  });
});

describe('a failing runtime', () => {
  it('hands the tour UI null instead of throwing when the extension is gone', async () => {
    vi.stubGlobal('chrome', {
      runtime: {
        sendMessage: () => {
          throw new Error('Extension context invalidated.');
        },
      },
    });
    await load(`${ADMIN}#/homepage`, ['resume']);
    expect(tourUiInbox()).toMatchObject({ pending: false, payload: null });
  });
});
