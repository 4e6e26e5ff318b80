import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { CheckedStep } from '../../messaging/tour-check';
import type { TaskEntry } from '../task-groups';
import type { TourCheckModel } from '../use-tour-check';
import { type Translator, useTranslation } from '../use-translation';
import { ActionButton } from './ActionButton';

/** Props of TourCheck. */
export interface TourCheckProps {
  /** The tasks the admin may check (those the popup offers in the chosen language). */
  readonly tasks: readonly TaskEntry[];
  /** The task chosen first: the running tour's, else the first of `tasks`. */
  readonly initialTaskId: string | null;
  /** The admin-center tab to check in, null when the popup's tab is not the admin center. */
  readonly tabId: number | null;
  readonly model: TourCheckModel;
}

/** A page element as the admin reads it: its role and its name ("link “Your products”"). */
function elementText(t: Translator['t'], element: { role: string | null; name: string }): string {
  return t('checkElement', { role: element.role ?? '', name: element.name }).trim();
}

/** One step's result in words: the state in text (never only a colour), then what it points at. */
export function checkedStepText(t: Translator['t'], step: number, result: CheckedStep): string {
  switch (result.kind) {
    case 'found':
      return t(result.reveals ? 'checkStepReveals' : 'checkStepFound', { step, target: elementText(t, result.target) });
    case 'elsewhere':
      return result.way ? t('checkStepElsewhere', { step, page: result.route, way: elementText(t, result.way) }) : t('checkStepElsewhereNoWay', { step, page: result.route });
    case 'untargeted':
      return t('checkStepUntargeted', { step });
    case 'satisfied':
      return t('checkStepSatisfied', { step });
    case 'not-found':
      return result.label ? t('checkStepNotFoundLabel', { step, label: result.label }) : t('checkStepNotFound', { step });
  }
}

/**
 * "Check this tour": a select of the tasks, a Check button, and below them the state: an
 * indeterminate progress bar with a status text while checking; the results as an ordered
 * list, one item per step whose text says its state ("Step 2: found, points at button “More
 * actions”"); or an alert saying why it could not check (not an admin-center tab, the page
 * not ready). Focus stays on the button while checking; the results' heading is announced
 * through a polite live region.
 */
export function TourCheck({ tasks, initialTaskId, tabId, model }: TourCheckProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const selectId = useId();
  const resultsId = useId();
  const [chosen, setChosen] = useState<string | null>(initialTaskId);
  const entry = tasks.find((candidate) => candidate.task.id === chosen) ?? tasks[0] ?? null;
  const { state } = model;
  const selectRef = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (initialTaskId) setChosen(initialTaskId);
  }, [initialTaskId]);
  if (!entry) return null;
  const onCheck = () => {
    // The select as it is now: a choice made just before the press may not be rendered yet.
    const picked = tasks.find((candidate) => candidate.task.id === selectRef.current?.value) ?? entry;
    void model.check(tabId, { taskId: picked.task.id, locale: picked.locale, title: picked.task.title });
  };
  return (
    <section class="tour-check" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('checkHeading')}</h2>
      <p class="check-intro">{t('checkIntro')}</p>
      <div class="field">
        <label for={selectId}>{t('checkTaskLabel')}</label>
        <select ref={selectRef} id={selectId} value={entry.task.id} onChange={(event) => setChosen(event.currentTarget.value)}>
          {tasks.map((candidate) => (
            <option key={candidate.task.id} value={candidate.task.id} lang={candidate.locale}>
              {candidate.task.title}
            </option>
          ))}
        </select>
      </div>
      <div class="actions">
        <ActionButton variant="primary" busy={state.kind === 'checking'} onPress={onCheck}>
          {t('checkStart')}
        </ActionButton>
      </div>
      <div class="check-results" aria-live="polite" aria-busy={state.kind === 'checking' ? 'true' : undefined}>
        {state.kind === 'checking' ? (
          <p class="check-running">
            <progress aria-labelledby={resultsId} />
            <span id={resultsId}>{t('checkRunning')}</span>
          </p>
        ) : null}
        {state.kind === 'error' ? (
          <p class="check-error" role="alert">
            {t(state.error)}
          </p>
        ) : null}
        {state.kind === 'done' ? (
          <>
            <h3 id={resultsId}>{t('checkResults', { title: state.task.title })}</h3>
            <ol class="check-steps" aria-labelledby={resultsId}>
              {state.steps.map((result, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the steps are a fixed list in their order.
                <li key={index} class={`check-step check-${result.kind}`} data-kind={result.kind}>
                  {checkedStepText(t, index + 1, result)}
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </div>
    </section>
  );
}
