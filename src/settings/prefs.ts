import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { CloudSchema } from '../portal/cloud-schema';
import { LocaleSchema } from '../tour/session';

/**
 * The admin's choices, kept in storage.local: the tour language, the extension's own UI
 * language when set apart from it, and the cloud last seen (where Start opens the admin
 * center from a non-admin tab). Validated on every read: a bad stored value is ignored.
 */
export const PrefsSchema = v.object({
  tourLocale: v.optional(v.nullable(LocaleSchema), null),
  /** null: follow the tour language. */
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
