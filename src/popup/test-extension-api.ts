/**
 * Test-only: a small in-memory stand-in for extension-api.ts (the popup's whole browser
 * boundary), used with `vi.mock('./extension-api', () => import('./test-extension-api'))`.
 * It plays the background for the popup's four message kinds, the tabs, storage.local and
 * the clipboard, and records what the popup sent. Not shipped.
 */
import type { BackgroundRequest, PopupStateReply } from '../messaging/protocol';
import { NO_POLICY, type Policy } from '../settings/policy-parse';
import type { Prefs } from '../settings/prefs';
import type { TabInfo } from './extension-api';

/** The fake browser's state; tests set it before rendering and read it after. */
export const fake = {
  tabs: new Map<number, TabInfo>(),
  activeTabId: 7 as number | null,
  /** Each tab's `<html lang>`, for pageLanguageOf. */
  pageLanguages: new Map<number, string>(),
  browserLanguage: 'en-US',
  prefs: {} as Partial<Prefs>,
  /** The background's reply per tab id to popupStateGet. */
  states: new Map<number | null, PopupStateReply>(),
  /** Every message sent to the background, in order. */
  sent: [] as BackgroundRequest[],
  /** Overrides the background: return a reply, or throw to play a dead background. */
  answer: null as ((message: BackgroundRequest) => unknown) | null,
  copied: [] as string[],
  clipboardWorks: true,
  /** The organisation's policy (storage.managed). */
  policy: NO_POLICY as Policy,
};

/** Puts the fake back to one admin tab (id 7) on Your products, worldwide, no tour. */
export function resetFake(): void {
  fake.tabs = new Map([[7, { id: 7, url: 'https://admin.microsoft.com/Adminportal/Home#/subscriptions' }]]);
  fake.activeTabId = 7;
  fake.pageLanguages = new Map();
  fake.browserLanguage = 'en-US';
  fake.prefs = {};
  fake.states = new Map([
    [7, { page: { host: 'admin.microsoft.com', cloud: 'worldwide', route: '#/subscriptions', page: 'your-products' }, tour: null }],
  ]);
  fake.sent = [];
  fake.answer = null;
  fake.copied = [];
  fake.clipboardWorks = true;
  fake.policy = NO_POLICY;
}

export async function sendToBackground(message: BackgroundRequest): Promise<unknown> {
  fake.sent.push(message);
  if (fake.answer) return fake.answer(message);
  switch (message.type) {
    case 'popupStateGet':
      return fake.states.get(message.tabId) ?? { page: null, tour: null };
    case 'tourStart':
      return { ok: true, tabId: message.tabId ?? 99 };
    case 'tourStop':
    case 'tourLocaleSet':
      return { ok: true };
    default:
      return undefined;
  }
}

export async function activeTab(): Promise<TabInfo | null> {
  return fake.activeTabId === null ? null : (fake.tabs.get(fake.activeTabId) ?? { id: fake.activeTabId, url: null });
}

export async function tabById(tabId: number): Promise<TabInfo | null> {
  return fake.tabs.get(tabId) ?? null;
}

export async function pageLanguageOf(tabId: number): Promise<string | null> {
  return fake.pageLanguages.get(tabId) ?? null;
}

export function browserLanguage(): string {
  return fake.browserLanguage;
}

export async function loadPrefs(): Promise<Prefs> {
  return { tourLocale: null, uiLanguage: null, lastCloud: null, ...fake.prefs };
}

export async function loadPolicy(): Promise<Policy> {
  return fake.policy;
}

export async function savePrefs(changes: Partial<Prefs>): Promise<Prefs> {
  fake.prefs = { ...fake.prefs, ...changes };
  return loadPrefs();
}

export async function copyText(text: string): Promise<boolean> {
  if (!fake.clipboardWorks) return false;
  fake.copied.push(text);
  return true;
}
