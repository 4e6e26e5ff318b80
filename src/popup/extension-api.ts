import browser from 'webextension-polyfill';
import type { BackgroundRequest } from '../messaging/protocol';
import { type Policy, readPolicy } from '../settings/policy';
import { type Prefs, readPrefs, writePrefs } from '../settings/prefs';

/**
 * The popup's whole boundary with the browser: every extension API it calls goes through
 * this module, so unit tests replace it with `vi.mock('./extension-api')` (the polyfill
 * throws outside an extension) and nothing else of the popup needs faking.
 *
 * Nothing here trusts what it gets back: callers validate replies (src/messaging/protocol.ts)
 * and prefs are validated by src/settings/prefs.ts.
 */

/** A browser tab as the popup sees it: its id, and its URL when the extension may see it. */
export interface TabInfo {
  /** The browser's tab id (a non-negative integer). */
  readonly id: number;
  /**
   * The tab's address. Without the `tabs` permission the browser shows it only for hosts
   * in `host_permissions` (the admin-center hosts), which is all the popup needs; null
   * elsewhere.
   */
  readonly url: string | null;
}

function tabInfoOf(tab: { id?: number; url?: string } | undefined): TabInfo | null {
  if (!tab || typeof tab.id !== 'number' || !Number.isInteger(tab.id) || tab.id < 0) return null;
  return { id: tab.id, url: typeof tab.url === 'string' ? tab.url : null };
}

/**
 * Sends one request to the background (runtime.sendMessage).
 * @returns the raw reply, unvalidated (undefined when the background sent none).
 * @throws when no background answers (an extension update, a crashed worker).
 */
export async function sendToBackground(message: BackgroundRequest): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

/** The active tab of the last focused window (where the toolbar button was clicked), or null. */
export async function activeTab(): Promise<TabInfo | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tabInfoOf(tab);
}

/** The tab with this id, or null when it does not exist (closed, or never was). Never throws. */
export async function tabById(tabId: number): Promise<TabInfo | null> {
  try {
    return tabInfoOf(await browser.tabs.get(tabId));
  } catch {
    return null;
  }
}

/**
 * The `<html lang>` of an admin-center tab's page (the admin center's UI language, e.g.
 * `nb-NO`), read with scripting.executeScript, which the host permissions allow on admin
 * hosts only. Null when it cannot be read (another host, a restricted page, no permission
 * granted yet in Firefox) or is not a plausible language tag. Never throws.
 */
export async function pageLanguageOf(tabId: number): Promise<string | null> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => document.documentElement.lang,
    });
    const lang: unknown = result?.result;
    return typeof lang === 'string' && /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8}){0,4}$/.test(lang) ? lang : null;
  } catch {
    return null;
  }
}

/** The browser's UI language (`en-US`, `nb`), as runtime i18n reports it. */
export function browserLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return navigator.language;
  }
}

/** The stored prefs (src/settings/prefs.ts): defaults for anything missing or invalid. */
export function loadPrefs(): Promise<Prefs> {
  return readPrefs();
}

/** The organisation's policy (src/settings/policy.ts, storage.managed): no policy when none is set. Never throws. */
export function loadPolicy(): Promise<Policy> {
  return readPolicy((kind, detail) => console.warn(`Admin Coach: ${kind}: ${detail}`));
}

/** Merges changes into the stored prefs. @throws valibot's ValiError for an invalid value. */
export function savePrefs(changes: Partial<Prefs>): Promise<Prefs> {
  return writePrefs(changes);
}

/**
 * Puts text on the clipboard (navigator.clipboard, allowed in extension pages on a user
 * gesture). @returns false when the browser refused; never throws.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
