import type { TourSummary, TourView } from '../messaging/protocol';
import type { Cloud } from '../portal/clouds';
import { uiLanguageOf } from '../i18n/locales';
import type { Prefs } from '../settings/prefs';
import type { TourSession } from '../tour/session';
import { clampedStepIndex } from '../tour/step-number';
import { findTask, variantFor } from './catalog';

/**
 * What the tour UI of a tab shows for a session: the task's variant for the tab's cloud,
 * in the session's language, the step clamped into range. Null when the task is no longer
 * in the catalog (an old session after an update).
 */
export function buildView(session: TourSession, cloud: Cloud | null, prefs: Prefs): TourView | null {
  const found = findTask(session.taskId, session.locale);
  if (!found) return null;
  const variant = variantFor(found.task, cloud);
  return {
    taskId: session.taskId,
    locale: session.locale,
    uiLanguage: prefs.uiLanguage ?? uiLanguageOf(session.locale),
    title: found.task.title,
    cloud: variant.cloud,
    steps: [...variant.steps],
    step: clampedStepIndex(session.step, variant.steps.length),
  };
}

/** The popup's one-line view of a running tour, or null when its task is gone. */
export function summarise(session: TourSession, cloud: Cloud | null): TourSummary | null {
  const found = findTask(session.taskId, session.locale);
  if (!found) return null;
  const total = variantFor(found.task, cloud).steps.length;
  return { taskId: session.taskId, locale: session.locale, title: found.task.title, step: clampedStepIndex(session.step, total), total };
}
