/**
 * What the background gives the tour UI, and the tour UI's check of it. The tour UI ships
 * without a schema library (its size budget), so this is the one hand-written validator of
 * the project: it checks exactly what the valibot schemas of src/messaging/protocol.ts
 * (TourViewReply, TourViewChanged) check, and returns a fresh copy holding only the known
 * fields, as valibot does. tour-ui-payload.test.ts holds it to those schemas, value by value.
 *
 *   content script ── contentReady / shareLinkOpened (sentAt) ──▶ background
 *   background ── reply: TourUiPayload (view, notice, words, hops) ──▶ content script ──▶ tour UI
 *   tour UI ── tourViewGet ──▶ background ── TourUiPayload ──▶ tour UI   (after a re-injection)
 *   background ── tourViewChanged (view, words) ──▶ tour UI
 */
import { PLURAL_CATEGORIES, TOUR_UI_KEYS, type TourWord, type TourWords } from '../i18n/tour-words';
import type { Alert, CompiledTarget, Inline, Step, StepWording, WordRange } from '../tour/model';
import { ALERT_KINDS, LINK_NOTICE_REASONS, LOCALE_MAX_LENGTH, LOCALE_PATTERN, TARGET_KINDS, TASK_ID_MAX_LENGTH, TASK_ID_PATTERN, VARIANT_CLOUDS } from '../tour/formats';
import type { LinkNotice } from '../tour/session';
import type { TourView } from './protocol';

/**
 * When each hop of the first coach mark happened, in ms since the epoch
 * (`performance.timeOrigin + performance.now()`, comparable across the extension's parts to
 * well under a millisecond): the content script sent its first message, the background
 * received it, and the background replied. Carried for the benchmark's per-hop timings.
 */
export interface MessageHops {
  readonly contentSent?: number;
  readonly backgroundReceived?: number;
  readonly backgroundReplied?: number;
}

/** The names of {@link MessageHops}, in the order they happen. */
export const MESSAGE_HOPS = ['contentSent', 'backgroundReceived', 'backgroundReplied'] as const;

/** Everything the tour UI needs to draw: the view (null: no tour), a share-link notice, their words. */
export interface TourUiPayload {
  readonly view: TourView | null;
  readonly notice: LinkNotice | null;
  /** The tour UI's words in the admin's UI language; null only when there is nothing to show. */
  readonly words: TourWords | null;
  readonly hops?: MessageHops;
}

/** The background tells a tab's tour UI what to show now (a new language, a new step); view null: the tour ended. */
export interface TourViewChangedMessage {
  readonly type: 'tourViewChanged';
  readonly view: TourView | null;
  readonly words: TourWords | null;
}

/** Thrown inside when a value is not of the promised shape; the exported readers turn it into null. */
const INVALID = new Error('not a tour UI payload');

function fail(): never {
  throw INVALID;
}

type Fields = { readonly [key: string]: unknown };

function record(value: unknown): Fields {
  return typeof value === 'object' && value !== null ? (value as Fields) : fail();
}

function text(value: unknown, min = 0, max = Number.POSITIVE_INFINITY): string {
  return typeof value === 'string' && value.length >= min && value.length <= max ? value : fail();
}

const nonEmpty = (value: unknown) => text(value, 1);

function list<T>(value: unknown, item: (value: unknown) => T, min = 0): T[] {
  if (!Array.isArray(value) || value.length < min) fail();
  const items: T[] = [];
  // Not `map`: it skips the holes of a sparse array, which must fail like `undefined`.
  for (let at = 0; at < value.length; at++) items.push(item(value[at]));
  return items;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T {
  return allowed.includes(value as T) ? (value as T) : fail();
}

function matching(value: unknown, pattern: RegExp, min: number, max: number): string {
  const checked = text(value, min, max);
  return pattern.test(checked) ? checked : fail();
}

function route(value: unknown): string | null {
  return value === null ? null : text(value).startsWith('#/') ? (value as string) : fail();
}

function httpsUrl(value: unknown): string {
  const href = text(value);
  try {
    new URL(href);
  } catch {
    fail();
  }
  return href.startsWith('https://') ? href : fail();
}

function inline(value: unknown): Inline {
  const node = record(value);
  switch (node.type) {
    case 'text':
      return { type: 'text', value: nonEmpty(node.value) };
    case 'strong':
      return { type: 'strong', children: list(node.children, inline) };
    case 'code':
      return { type: 'code', value: text(node.value) };
    case 'link':
      return { type: 'link', href: httpsUrl(node.href), route: route(node.route), children: list(node.children, inline) };
    case 'break':
      return { type: 'break' };
    default:
      return fail();
  }
}

function alert(value: unknown): Alert {
  const fields = record(value);
  return { kind: oneOf(fields.kind, ALERT_KINDS), content: list(fields.content, inline) };
}

/** A whole number of at least `min` (an offset, a label's index, a step's index). */
function whole(value: unknown, min = 0): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min ? value : fail();
}

/** A range `[start, end)`, start ≤ end (WordRange). */
function range(value: unknown): WordRange {
  if (!Array.isArray(value) || value.length !== 2) fail();
  const [start, end] = [whole(value[0]), whole(value[1])];
  return start <= end ? [start, end] : fail();
}

const nullableRange = (value: unknown): WordRange | null => (value === null ? null : range(value));

function target(value: unknown): CompiledTarget {
  const fields = record(value);
  return {
    label: nonEmpty(fields.label),
    labelIndex: whole(fields.labelIndex, -1),
    kind: oneOf(fields.kind, TARGET_KINDS),
    words: list(fields.words, nonEmpty, 1),
    at: nullableRange(fields.at),
    chars: nullableRange(fields.chars),
    segment: range(fields.segment),
    roles: list(fields.roles, nonEmpty),
    route: route(fields.route),
  };
}

/** A step's words in another locale (Step.translations' values), with their compiled targets. */
function wording(value: unknown): StepWording {
  const fields = record(value);
  return {
    content: list(fields.content, inline, 1),
    text: nonEmpty(fields.text),
    labels: list(fields.labels, nonEmpty),
    route: route(fields.route),
    words: list(fields.words, nonEmpty),
    muted: list(fields.muted, range),
    targets: list(fields.targets, target),
  };
}

/** Step.translations: locale → wording; a null-prototype object, so a `__proto__` key stays data. */
function translations(value: unknown): Record<string, StepWording> {
  const byLocale: Record<string, StepWording> = Object.create(null);
  for (const [locale, words] of Object.entries(record(value))) byLocale[matching(locale, LOCALE_PATTERN, 1, LOCALE_MAX_LENGTH)] = wording(words);
  return byLocale;
}

function step(value: unknown): Step {
  const fields = record(value);
  return {
    ...wording(value),
    alerts: list(fields.alerts, alert),
    images: list(fields.images, nonEmpty),
    ...(fields.translations === undefined ? {} : { translations: translations(fields.translations) }),
  };
}

function view(value: unknown): TourView | null {
  if (value === null) return null;
  const fields = record(value);
  return {
    taskId: matching(fields.taskId, TASK_ID_PATTERN, 1, TASK_ID_MAX_LENGTH),
    locale: matching(fields.locale, LOCALE_PATTERN, 0, LOCALE_MAX_LENGTH),
    uiLanguage: text(fields.uiLanguage, 0, 10),
    title: text(fields.title),
    cloud: oneOf(fields.cloud, VARIANT_CLOUDS),
    steps: list(fields.steps, step, 1),
    step: whole(fields.step),
  };
}

function notice(value: unknown): LinkNotice | null {
  if (value === null) return null;
  const fields = record(value);
  return { reason: oneOf(fields.reason, LINK_NOTICE_REASONS), recovered: typeof fields.recovered === 'boolean' ? fields.recovered : fail() };
}

function word(value: unknown): TourWord {
  if (typeof value === 'string') return value;
  const fields = record(value);
  const forms: { [category: string]: string } = {};
  for (const category of PLURAL_CATEGORIES) {
    if (fields[category] !== undefined || category === 'other') forms[category] = text(fields[category]);
  }
  return forms;
}

function words(value: unknown): TourWords | null {
  if (value === null) return null;
  const fields = record(value);
  const messages = record(fields.messages);
  const checked: { [key: string]: TourWord } = {};
  for (const key of TOUR_UI_KEYS) checked[key] = word(messages[key]);
  return { language: text(fields.language, 0, 10), messages: checked as TourWords['messages'] };
}

function hops(value: unknown): MessageHops | undefined {
  if (value === undefined) return undefined;
  const fields = record(value);
  const checked: { [name: string]: number } = {};
  for (const name of MESSAGE_HOPS) {
    const at = fields[name];
    if (at !== undefined) checked[name] = typeof at === 'number' && Number.isFinite(at) ? at : fail();
  }
  return checked;
}

/** `read(input)`, or null when it throws INVALID. */
function orNull<T>(read: () => T): T | null {
  try {
    return read();
  } catch (error) {
    if (error === INVALID) return null;
    throw error;
  }
}

/**
 * Reads a payload for the tour UI (the reply to the content script's first message or to
 * tourViewGet): `{ view, notice, words, hops? }`, each as protocol.ts's TourViewReply says.
 * @returns a copy with only the known fields, or null when `input` is not of that shape (never throws).
 */
export function readTourUiPayload(input: unknown): TourUiPayload | null {
  return orNull(() => {
    const fields = record(input);
    const payload: TourUiPayload = { view: view(fields.view), notice: notice(fields.notice), words: words(fields.words) };
    const carried = hops(fields.hops);
    return carried === undefined ? payload : { ...payload, hops: carried };
  });
}

/**
 * Reads a tourViewChanged message (`{ type: 'tourViewChanged', view, words }`).
 * @returns a copy with only the known fields, or null when `input` is not one (never throws).
 */
export function readTourViewChanged(input: unknown): TourViewChangedMessage | null {
  return orNull(() => {
    const fields = record(input);
    return fields.type === 'tourViewChanged' ? { type: 'tourViewChanged', view: view(fields.view), words: words(fields.words) } : null;
  });
}
