import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { CloudSchema } from '../portal/cloud-schema';
import { LocaleSchema } from '../tour/session';

/**
 * The admin's choices, kept in storage.local: the tour language, the extension's own UI
 * language when the admin chose one, and the cloud last seen (where Start opens the admin
 * center from a non-admin tab). Validated on every read: a bad stored value is ignored.
 */
export const PrefsSchema = v.object({
  tourLocale: v.optional(v.nullable(LocaleSchema), null),
  /**
   * The extension's own language, null when the admin chose none: the popup then speaks the
   * browser's language (src/popup/ui-language.ts) and the coach marks the tour's
   * (src/background/view.ts), so their buttons match the step text. Values stored before the
   * popup followed the browser (null meant "same as the tour language" there too) load as they are.
   */
  uiLanguage: v.optional(v.nullable(v.picklist(['en', 'nl', 'nb', 'lv', 'ro'])), null),
  lastCloud: v.optional(v.nullable(CloudSchema), null),
});
export type Prefs = v.InferOutput<typeof PrefsSchema>;

/** The storage.local key the prefs are kept under. */
export const PREFS_KEY = 'prefs';

/** The stored prefs; defaults (all null) for anything missing or invalid. */
export async function readPrefs(): Promise<Prefs> {
  const stored = (await browser.storage.local.get(PREFS_KEY))[PREFS_KEY];
  const parsed = v.safeParse(PrefsSchema, stored ?? {});
  return parsed.success ? parsed.output : v.parse(PrefsSchema, {});
}

/** Merges `changes` into the stored prefs. @throws valibot's ValiError for an invalid value. */
export async function writePrefs(changes: Partial<Prefs>): Promise<Prefs> {
  const next = v.parse(PrefsSchema, { ...(await readPrefs()), ...changes });
  await browser.storage.local.set({ [PREFS_KEY]: next });
  return next;
}
