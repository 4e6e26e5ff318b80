import type { Prefs } from '../settings/prefs';
import type { LinkNotice, TourSession } from '../tour/session';
import type { ShareLinkReading } from '../tour/share-link';
import { bestLocale } from '../i18n/locales';
import type { Cloud } from '../portal/clouds';
import { currentTaskId, findTask, localesOfTask, variantFor } from './catalog';

/** What a share link leads to: a session to run (maybe with a notice), or only a notice. */
export interface ShareOutcome {
  readonly session: TourSession | null;
  readonly notice: LinkNotice | null;
}

/**
 * Turns a read share link into the nearest sensible tour (docs/architecture.md,
 * "Share link"): an unknown task or an
 * unreadable link starts nothing; a language the task lacks falls back to the nearest one
 * the task has (the admin's preferred, then the first); a step out of range starts at step 1.
 * Each deviation comes with a notice for the admin. A link with a task id of an earlier build
 * (`<ms.assetid>/…`, see src/tour/task-aliases.ts) starts the task under today's id. Never throws.
 */
export function resolveShareLink(reading: ShareLinkReading, cloud: Cloud | null, prefs: Prefs, browserLanguage: string): ShareOutcome {
  if (reading.kind === 'none') return { session: null, notice: null };
  if (reading.kind === 'invalid') return { session: null, notice: { reason: reading.problem, recovered: false } };
  const taskId = currentTaskId(reading.request.taskId);
  const locales = localesOfTask(taskId);
  if (locales.length === 0) return { session: null, notice: { reason: 'linkUnknownTask', recovered: false } };
  let notice: LinkNotice | null = null;
  let locale = locales.find((candidate) => candidate.toLowerCase() === reading.request.locale.toLowerCase());
  if (!locale) {
    // The link's own language family first (nl-BE → nl-NL), then the admin's, then the browser's.
    locale = bestLocale([reading.request.locale], locales) ?? bestLocale([prefs.tourLocale, browserLanguage], locales) ?? locales[0] ?? 'en';
    notice = { reason: 'linkLanguageMissing', recovered: true };
  }
  const found = findTask(taskId, locale);
  const total = found ? variantFor(found.task, cloud).steps.length : 0;
  let index = reading.request.stepIndex;
  if (index >= total) {
    index = 0;
    notice ??= { reason: 'linkStepOutOfRange', recovered: true };
  }
  return { session: { taskId, locale, step: index }, notice };
}
