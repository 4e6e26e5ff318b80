/**
 * The admin's stored choices (src/settings/prefs.ts) as the popup and the background read them:
 * values stored by earlier versions load unchanged, anything invalid is ignored, and nothing
 * invalid is ever written.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PREFS_KEY, readPrefs, writePrefs } from './prefs';

const stored: Record<string, unknown> = {};
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: {
        get: async (key: string) => (key in stored ? { [key]: stored[key] } : {}),
        set: async (items: Record<string, unknown>) => void Object.assign(stored, items),
      },
    },
  },
}));

beforeEach(() => {
  for (const key of Object.keys(stored)) delete stored[key];
});

describe('the stored prefs', () => {
  it('load a choice stored before the popup followed the browser: null is no choice, a language stays chosen', async () => {
    stored[PREFS_KEY] = { tourLocale: 'lv-LV', uiLanguage: null, lastCloud: 'worldwide' };
    expect(await readPrefs()).toEqual({ tourLocale: 'lv-LV', uiLanguage: null, lastCloud: 'worldwide' });
    stored[PREFS_KEY] = { tourLocale: 'nl-NL', uiLanguage: 'ro' };
    expect((await readPrefs()).uiLanguage).toBe('ro');
  });

  it('are all defaults when nothing or something invalid is stored (a language the extension does not speak)', async () => {
    expect(await readPrefs()).toEqual({ tourLocale: null, uiLanguage: null, lastCloud: null });
    for (const bad of [{ uiLanguage: 'de' }, { uiLanguage: 42 }, 'prefs', [1]]) {
      stored[PREFS_KEY] = bad;
      expect(await readPrefs(), JSON.stringify(bad)).toEqual({ tourLocale: null, uiLanguage: null, lastCloud: null });
    }
  });

  it('write a choice and back to none, and refuse an invalid one', async () => {
    await writePrefs({ uiLanguage: 'nb' });
    expect(stored[PREFS_KEY]).toMatchObject({ uiLanguage: 'nb' });
    await writePrefs({ uiLanguage: null });
    expect(stored[PREFS_KEY]).toMatchObject({ uiLanguage: null });
    await expect(writePrefs({ uiLanguage: 'de' as never })).rejects.toThrow();
    expect(stored[PREFS_KEY]).toMatchObject({ uiLanguage: null });
  });
});
