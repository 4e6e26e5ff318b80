import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { type LinkNotice, LinkNoticeSchema } from '../tour/session';

const keyOf = (tabId: number) => `notice:${tabId}`;

/** Keeps a share-link notice for a tab until its tour UI asks (storage.session). */
export async function storeNotice(tabId: number, notice: LinkNotice): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: v.parse(LinkNoticeSchema, notice) });
}

/** The tab's pending notice, removed as it is taken; null when none (or invalid). */
export async function takeNotice(tabId: number): Promise<LinkNotice | null> {
  const stored = (await browser.storage.session.get(keyOf(tabId)))[keyOf(tabId)];
  if (stored === undefined) return null;
  await browser.storage.session.remove(keyOf(tabId));
  const parsed = v.safeParse(LinkNoticeSchema, stored);
  return parsed.success ? parsed.output : null;
}
