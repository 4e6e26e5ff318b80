import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import * as v from 'valibot';
import type { UiLanguage } from '../i18n/locales';
import {
  type BackgroundRequest,
  CommandReply,
  parseMessage,
  PopupStateReply,
  type TourSummary,
} from '../messaging/protocol';
import type { Cloud } from '../portal/clouds';
import { NO_POLICY, type Policy } from '../settings/policy-parse';
import type { Prefs } from '../settings/prefs';
import { listLocales } from '../tour/lookup';
import type { Catalog, Step } from '../tour/model';
import {
  activeTab,
  browserLanguage,
  copyText,
  loadPolicy,
  loadPrefs,
  pageLanguageOf,
  savePrefs,
  sendToBackground,
  type TabInfo,
  tabById,
} from './extension-api';
import { shareLinkFor } from './share';
import { readTabParam } from './target-tab';
import { initialTourLocale } from './tour-locale';
import { popupLanguageOf } from './ui-language';
import type { MessageKey, MessageValues } from './use-translation';

/** The admin-center page of the target tab, as the background reports it. */
export type TargetPage = NonNullable<PopupStateReply['page']>;

/** Why the popup acts on another tab than asked, shown under the header. */
export type TargetNotice = 'targetTabGone' | 'targetTabInvalid';

/** What the popup shows once loaded. */
export interface PopupData {
  /** The tab the popup acts on (see target-tab.ts), null when there is none. */
  readonly tab: TabInfo | null;
  readonly notice: TargetNotice | null;
  /** The admin page in the tab, null when the tab is not the admin center. */
  readonly page: TargetPage | null;
  /** The tour running in the tab, null when none. */
  readonly tour: TourSummary | null;
  /** The cloud whose variants the list shows: the tab's, else the one last seen. */
  readonly cloud: Cloud | null;
  /** The admin center's own language in the tab (its `<html lang>`), null when unknown. */
  readonly pageLanguage: string | null;
}

/** Loading, a failure to learn the tab's state, or ready. Never nothing: no blank popup. */
export type PopupPhase = { readonly kind: 'loading' } | { readonly kind: 'error' } | { readonly kind: 'ready'; readonly data: PopupData };

/** A short message for the live region: a confirmation or an error, translated when shown. */
export interface StatusMessage {
  readonly key: MessageKey;
  readonly values?: MessageValues;
  readonly tone: 'info' | 'error';
}

/** Everything the popup's components read and do. */
export interface PopupModel {
  readonly phase: PopupPhase;
  /** The catalog's locales (BCP 47, sorted). */
  readonly locales: readonly string[];
  /** The chosen tour locale, null only when the catalog is empty. */
  readonly tourLocale: string | null;
  /** The organisation's policy (storage.managed): tasks offered, settings it manages. */
  readonly policy: Policy;
  /** The UI language the admin chose, null: the browser's. */
  readonly uiChoice: UiLanguage | null;
  /** The UI language the browser's own language gives (`en` for a language the extension does not speak). */
  readonly browserUiLanguage: UiLanguage;
  /** The language the popup speaks now: the choice, else the browser's (ui-language.ts). */
  readonly uiLanguage: UiLanguage;
  readonly status: StatusMessage | null;
  /** A command is on its way to the background: buttons wait. */
  readonly busy: boolean;
  reload(): void;
  chooseTourLocale(locale: string): Promise<void>;
  chooseUiLanguage(language: UiLanguage | null): Promise<void>;
  /** Starts a task (0-based step) in the given locale. */
  start(taskId: string, locale: string, step?: number): Promise<void>;
  stop(): Promise<void>;
  /** Copies the share link of a task at a 0-based step. */
  copyLink(taskId: string, locale: string, steps: readonly Step[], index: number): Promise<void>;
}

/** The error keys the background may answer with (src/background/router.ts); others read as a general failure. */
const KnownCommandError = v.picklist([
  'errorUnknownTask',
  'errorTaskNotInLanguage',
  'errorCannotOpenTab',
  'errorTaskNotAllowed',
  'errorOpenAdminCenterFirst',
]);

async function findTarget(search: string): Promise<{ tab: TabInfo | null; notice: TargetNotice | null }> {
  const param = readTabParam(search);
  if (param.kind === 'tab') {
    const tab = await tabById(param.tabId);
    return { tab, notice: tab ? null : 'targetTabGone' };
  }
  return { tab: await activeTab(), notice: param.kind === 'invalid' ? 'targetTabInvalid' : null };
}

async function readPrefsSafely(): Promise<Prefs> {
  try {
    return await loadPrefs();
  } catch {
    return { tourLocale: null, uiLanguage: null, lastCloud: null };
  }
}

async function readPolicySafely(): Promise<Policy> {
  try {
    return await loadPolicy();
  } catch {
    return NO_POLICY;
  }
}

/**
 * The popup's state and commands. On mount (and on `reload`, and when the window regains
 * focus) it finds the target tab, asks the background for the tab's page and tour
 * (`popupStateGet`, reply validated), and reads the prefs; the first time it also picks the
 * tour locale (tour-locale.ts), reading the admin page's `<html lang>`.
 *
 * Commands send `tourStart` / `tourStop` / `tourLocaleSet` and report the outcome in
 * `status`; an invalid or missing reply is an error status, never a crash.
 * @param catalog the bundled catalog (`virtual:admin-coach/catalog`).
 * @param search `location.search` of the popup page (for `?tab=`).
 */
export function usePopup(catalog: Catalog, search: string): PopupModel {
  const locales = useRef(listLocales(catalog)).current;
  const [phase, setPhase] = useState<PopupPhase>({ kind: 'loading' });
  const [tourLocale, setTourLocale] = useState<string | null>(null);
  const [uiChoice, setUiChoice] = useState<UiLanguage | null>(null);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const [policy, setPolicy] = useState<Policy>(NO_POLICY);
  const localeChosen = useRef(false);
  const dataRef = useRef<PopupData | null>(null);

  const load = useCallback(
    async (quiet: boolean) => {
      if (!quiet) setPhase({ kind: 'loading' });
      try {
        const [{ tab, notice }, prefs, managed] = await Promise.all([findTarget(search), readPrefsSafely(), readPolicySafely()]);
        setPolicy(managed);
        const request: BackgroundRequest = { type: 'popupStateGet', tabId: tab?.id ?? null };
        const reply = parseMessage(PopupStateReply, await sendToBackground(request));
        if (!reply) throw new Error('popupStateGet: no valid reply');
        const page = reply.page && tab ? await pageLanguageOf(tab.id) : null;
        const data: PopupData = { tab, notice, page: reply.page, tour: reply.tour, cloud: reply.page?.cloud ?? prefs.lastCloud, pageLanguage: page };
        if (!localeChosen.current) {
          setTourLocale(
            initialTourLocale(
              // The organisation's default language stands in for a choice the admin has not made.
              { running: reply.tour?.locale ?? null, stored: prefs.tourLocale ?? managed.defaultLanguage, page, browser: browserLanguage() },
              locales,
            ),
          );
          setUiChoice(prefs.uiLanguage);
          localeChosen.current = true;
        }
        dataRef.current = data;
        setPhase({ kind: 'ready', data });
      } catch {
        if (!quiet || !dataRef.current) setPhase({ kind: 'error' });
        if (!localeChosen.current) {
          // Speak the admin's language in the error state too; a retry refines the choice.
          const prefs = await readPrefsSafely();
          setTourLocale(initialTourLocale({ running: null, stored: prefs.tourLocale, page: null, browser: browserLanguage() }, locales));
          setUiChoice(prefs.uiLanguage);
        }
      }
    },
    [search, locales],
  );

  useEffect(() => {
    void load(false);
    const onFocus = () => void load(true);
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [load]);

  /** Sends a command; returns the validated reply, or null after setting an error status. */
  const command = async (request: BackgroundRequest): Promise<CommandReply | null> => {
    setBusy(true);
    try {
      const reply = parseMessage(CommandReply, await sendToBackground(request));
      if (!reply) {
        setStatus({ key: 'errorCommandFailed', tone: 'error' });
        return null;
      }
      if (!reply.ok) {
        const known = v.safeParse(KnownCommandError, reply.error);
        setStatus({ key: known.success ? known.output : 'errorCommandFailed', tone: 'error' });
        return null;
      }
      return reply;
    } catch {
      setStatus({ key: 'errorCommandFailed', tone: 'error' });
      return null;
    } finally {
      setBusy(false);
    }
  };

  const chooseTourLocale = async (locale: string) => {
    if (!locales.includes(locale)) return;
    setTourLocale(locale);
    setStatus(null);
    const data = dataRef.current;
    if (data?.tab && data.page && data.tour) {
      // The background remembers the choice and moves the coach mark to the new language.
      const reply = await command({ type: 'tourLocaleSet', tabId: data.tab.id, locale });
      if (reply) setStatus({ key: 'tourLanguageSwitched', tone: 'info' });
      await load(true);
      return;
    }
    try {
      await savePrefs({ tourLocale: locale });
    } catch {
      // Not remembered: the popup still uses the choice while it is open.
    }
  };

  const chooseUiLanguage = async (language: UiLanguage | null) => {
    setUiChoice(language);
    try {
      await savePrefs({ uiLanguage: language });
    } catch {
      // Not remembered: the popup still speaks the choice while it is open.
    }
  };

  const start = async (taskId: string, locale: string, step = 0) => {
    setStatus(null);
    const data = dataRef.current;
    const tabId = data?.tab && data.page ? data.tab.id : null;
    const reply = await command({ type: 'tourStart', tabId, taskId, locale, step });
    if (!reply) return;
    setStatus({ key: tabId === null ? 'tourStartedNewTab' : 'tourStarted', tone: 'info' });
    await load(true);
  };

  const stop = async () => {
    setStatus(null);
    const tab = dataRef.current?.tab;
    if (!tab) return;
    const reply = await command({ type: 'tourStop', tabId: tab.id });
    if (reply) setStatus({ key: 'tourStopped', tone: 'info' });
    await load(true);
  };

  const copyLink = async (taskId: string, locale: string, steps: readonly Step[], index: number) => {
    setStatus(null);
    const data = dataRef.current;
    const adminUrl = data?.page ? (data.tab?.url ?? `https://${data.page.host}/Adminportal/Home`) : null;
    let link: string;
    try {
      link = shareLinkFor(taskId, locale, steps, index, adminUrl);
    } catch {
      link = shareLinkFor(taskId, locale, steps, index, null);
    }
    const copied = await copyText(link);
    setStatus(copied ? { key: 'coachLinkCopied', tone: 'info' } : { key: 'coachCopyFailed', values: { link }, tone: 'error' });
  };

  const browserTag = browserLanguageSafely();
  const browserUiLanguage = popupLanguageOf(null, browserTag);
  const uiLanguage = popupLanguageOf(uiChoice, browserTag);
  return {
    phase,
    locales,
    tourLocale,
    policy,
    uiChoice,
    browserUiLanguage,
    uiLanguage,
    status,
    busy,
    reload: () => void load(false),
    chooseTourLocale,
    chooseUiLanguage,
    start,
    stop,
    copyLink,
  };
}

function browserLanguageSafely(): string {
  try {
    return browserLanguage();
  } catch {
    return 'en';
  }
}
