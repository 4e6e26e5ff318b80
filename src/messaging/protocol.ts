import * as v from 'valibot';
import { CloudSchema } from '../portal/cloud-schema';
import { PLURAL_CATEGORIES, TOUR_UI_KEYS } from '../i18n/tour-words';
import { StepSchema, VariantCloudSchema } from '../tour/catalog-schema';
import { LinkNoticeSchema, LocaleSchema, StepIndexSchema, TaskIdSchema } from '../tour/session';
import { MAX_RAW_SHARE_PARAM_LENGTH } from '../tour/share-params';
import { TourCheck } from './tour-check';

/**
 * Every message between the extension's parts, one typed kind each with a valibot schema
 * (docs/architecture.md, "Messages" and "Choices"). A message that does not parse is
 * dropped. Who may send what is the background's business (src/background/router.ts).
 *
 *   content script ── contentReady, shareLinkOpened ──▶ background (replies: TourViewReply for the tour UI)
 *   tour UI        ── tourViewGet, tourStepSet, tourClose ──▶ background
 *   popup          ── popupStateGet, tourStart, tourStop, tourLocaleSet, tourCheck ──▶ background
 *   background     ── tourViewChanged ──▶ tour UI (tabs.sendMessage)
 *
 * The tour UI checks what it receives by hand (src/messaging/tour-ui-payload.ts) against the
 * TourViewReply and TourViewChanged schemas below, so that it bundles no valibot.
 */

const TabId = v.pipe(v.number(), v.integer(), v.minValue(0));
/** Raw share-link parameters, as long as the content script sends them at most (src/tour/share-params.ts rawShareParams). */
const RawParam = v.nullable(v.pipe(v.string(), v.maxLength(MAX_RAW_SHARE_PARAM_LENGTH)));

/** When a message was sent: ms since the epoch (`performance.timeOrigin + performance.now()`), for per-hop timings. */
const SentAt = v.optional(v.pipe(v.number(), v.finite()));

/** The content script loaded on an admin-center page (the page itself is judged from sender.url). */
export const ContentReady = v.object({ type: v.literal('contentReady'), sentAt: SentAt });
/** The content script found `ac-*` parameters in the address; values as they were, unvalidated. */
export const ShareLinkOpened = v.object({
  type: v.literal('shareLinkOpened'),
  tour: RawParam,
  lang: RawParam,
  step: RawParam,
  sentAt: SentAt,
});
/** The tour UI asks what to show in its tab. */
export const TourViewGet = v.object({ type: v.literal('tourViewGet') });
/** The tour UI moved to another step (0-based). */
export const TourStepSet = v.object({ type: v.literal('tourStepSet'), step: StepIndexSchema });
/** The tour UI was closed or finished. */
export const TourClose = v.object({ type: v.literal('tourClose') });
/** The popup asks for the state of a tab: its admin page and running tour. */
export const PopupStateGet = v.object({ type: v.literal('popupStateGet'), tabId: v.nullable(TabId) });
/** Start a task: in `tabId` when it is an admin page, else in a new tab of the admin center. */
export const TourStart = v.object({
  type: v.literal('tourStart'),
  tabId: v.nullable(TabId),
  taskId: TaskIdSchema,
  locale: LocaleSchema,
  step: v.optional(StepIndexSchema, 0),
});
/** Stop the tour of a tab. */
export const TourStop = v.object({ type: v.literal('tourStop'), tabId: TabId });
/** Switch the language of the tour running in a tab; the coach mark follows at once. */
export const TourLocaleSet = v.object({ type: v.literal('tourLocaleSet'), tabId: TabId, locale: LocaleSchema });

/** Any message the background accepts. */
export const BackgroundRequest = v.variant('type', [
  ContentReady,
  ShareLinkOpened,
  TourViewGet,
  TourStepSet,
  TourClose,
  PopupStateGet,
  TourStart,
  TourStop,
  TourLocaleSet,
  TourCheck,
]);
export type BackgroundRequest = v.InferOutput<typeof BackgroundRequest>;

/**
 * What the tour UI shows: the task's steps for this tab's cloud, in the session's language,
 * and where the admin is. Sent by value so the tour UI bundles no catalog.
 */
export const TourViewSchema = v.object({
  taskId: TaskIdSchema,
  locale: LocaleSchema,
  /** UI language of the extension's own words (`nl`), see src/i18n/locales.ts. */
  uiLanguage: v.pipe(v.string(), v.maxLength(10)),
  title: v.string(),
  cloud: VariantCloudSchema,
  steps: v.pipe(v.array(StepSchema), v.minLength(1)),
  step: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type TourView = v.InferOutput<typeof TourViewSchema>;

/** One of the tour UI's messages: a text, or one per plural category (`other` always); see src/i18n/tour-words.ts. */
const TourWordSchema = v.union([
  v.string(),
  v.object(Object.fromEntries(PLURAL_CATEGORIES.map((category) => [category, category === 'other' ? v.string() : v.optional(v.string())]))),
]);

/** The tour UI's words in one UI language, resolved by the background (src/background/tour-words.ts). */
export const TourWordsSchema = v.object({
  language: v.pipe(v.string(), v.maxLength(10)),
  messages: v.object(Object.fromEntries(TOUR_UI_KEYS.map((key) => [key, TourWordSchema]))),
});

/** The background tells a tab's tour UI what to show now, with its words; view null: the tour ended. */
export const TourViewChanged = v.object({ type: v.literal('tourViewChanged'), view: v.nullable(TourViewSchema), words: v.nullable(TourWordsSchema) });
export type TourViewChanged = v.InferOutput<typeof TourViewChanged>;

/** The tour UI's reply to tourViewChanged: proof that one listens in the tab. */
export const TourViewReceived = v.object({ received: v.literal(true) });
export type TourViewReceived = v.InferOutput<typeof TourViewReceived>;

const HopTime = v.optional(v.pipe(v.number(), v.finite()));

/**
 * Reply to tourViewGet, and to the content script's first message when the tab has a tour
 * or a notice (handed to the tour UI): the view, or null when no tour runs in the tab; a
 * share-link notice to show once (the link asked for something we could not do exactly), or
 * null; the tour UI's words for either; and when the hops of the first message happened
 * (src/messaging/tour-ui-payload.ts MessageHops).
 */
export const TourViewReply = v.object({
  view: v.nullable(TourViewSchema),
  notice: v.nullable(LinkNoticeSchema),
  words: v.nullable(TourWordsSchema),
  hops: v.optional(v.object({ contentSent: HopTime, backgroundReceived: HopTime, backgroundReplied: HopTime })),
});
export type TourViewReply = v.InferOutput<typeof TourViewReply>;

/** A tour's progress as the popup shows it. */
export const TourSummarySchema = v.object({
  taskId: TaskIdSchema,
  locale: LocaleSchema,
  title: v.string(),
  /** 0-based. */
  step: v.pipe(v.number(), v.integer(), v.minValue(0)),
  total: v.pipe(v.number(), v.integer(), v.minValue(1)),
});
export type TourSummary = v.InferOutput<typeof TourSummarySchema>;

/** Reply to popupStateGet. `page` follows src/portal/page.ts AdminPage. */
export const PopupStateReply = v.object({
  page: v.nullable(
    v.object({ host: v.string(), cloud: CloudSchema, route: v.string(), page: v.string() }),
  ),
  tour: v.nullable(TourSummarySchema),
});
export type PopupStateReply = v.InferOutput<typeof PopupStateReply>;

/** Reply to tourStart, tourStop and tourLocaleSet: done, or an i18n key saying why not. */
export const CommandReply = v.object({ ok: v.boolean(), error: v.optional(v.string()), tabId: v.optional(v.number()) });
export type CommandReply = v.InferOutput<typeof CommandReply>;

/**
 * Parses an incoming message against a schema.
 * @returns the typed message, or null when it does not match (never throws).
 */
export function parseMessage<S extends v.GenericSchema>(schema: S, message: unknown): v.InferOutput<S> | null {
  const result = v.safeParse(schema, message);
  return result.success ? result.output : null;
}
