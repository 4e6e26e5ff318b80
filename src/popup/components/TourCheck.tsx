import { type ComponentChildren, createContext } from 'preact';
import { useId } from 'preact/hooks';
import type { CheckedStep } from '../../messaging/tour-check';
import type { TaskEntry } from '../task-groups';
import type { TourCheckState } from '../use-tour-check';
import { type MessageKey, type Translator, useTranslation } from '../use-translation';

/**
 * What a task of the list needs for "Check this tour": the command, and the results to show
 * under the task when they are this task's. Provided by the popup's view; a list without it
 * (none provided) shows no Check button.
 */
export interface TourCheckSlot {
  readonly onCheck: (entry: TaskEntry) => void;
  /** The check's state when it concerns `entry` (same task and locale), else null. */
  readonly stateFor: (entry: TaskEntry) => TourCheckState | null;
}

/** The popup's "Check this tour" for the task list (see {@link TourCheckSlot}). */
export const TourCheckContext = createContext<TourCheckSlot | null>(null);

/**
 * The popup's word for each WAI-ARIA 1.2 role a check can report (the resolver's interactive
 * roles, and `heading` for a pane's title); a role not listed is said as ARIA names it.
 */
const ROLE_NAMES: Readonly<Record<string, MessageKey>> = {
  button: 'roleButton',
  link: 'roleLink',
  tab: 'roleTab',
  menuitem: 'roleMenuItem',
  menuitemcheckbox: 'roleMenuItem',
  menuitemradio: 'roleMenuItem',
  treeitem: 'roleTreeItem',
  option: 'roleOption',
  combobox: 'roleComboBox',
  checkbox: 'roleCheckBox',
  radio: 'roleRadio',
  switch: 'roleSwitch',
  textbox: 'roleTextBox',
  searchbox: 'roleTextBox',
  heading: 'roleHeading',
};

/** A page element as the admin reads it: its role and its name ("link “Your products”"), in the popup's language. */
function elementText(t: Translator['t'], element: { role: string | null; name: string }): string {
  const key = element.role === null ? undefined : ROLE_NAMES[element.role];
  return t('checkElement', { role: key ? t(key) : (element.role ?? ''), name: element.name }).trim();
}

/**
 * One step's result in words: its state in text (never only a colour), then what the coach
 * mark would point at.
 * @param step the step's number, counted from 1 as the admin reads it.
 */
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
 * The state of "Check this tour" under the task it checks: an indeterminate progress bar
 * with a status text while checking; the results as an ordered list, one item per step whose
 * text says its state ("Step 2: found, points at button “More actions”"); or an alert saying
 * why it could not check (not an admin-center tab, the page not ready). The block is a polite
 * live region, so the outcome is announced while focus stays on the Check button.
 */
export function TourCheckResults({ state }: { state: TourCheckState }): ComponentChildren {
  const { t } = useTranslation();
  const headingId = useId();
  const runningId = useId();
  if (state.kind === 'idle') return null;
  return (
    <div class="check-results" aria-live="polite" aria-busy={state.kind === 'checking' ? 'true' : undefined}>
      {state.kind === 'checking' ? (
        <p class="check-running">
          <progress aria-labelledby={runningId} />
          <span id={runningId}>{t('checkRunning')}</span>
        </p>
      ) : null}
      {state.kind === 'error' ? (
        <p class="check-error" role="alert">
          {t(state.error)}
        </p>
      ) : null}
      {state.kind === 'done' ? (
        <>
          <h5 id={headingId}>{t('checkResults', { title: state.task.title })}</h5>
          <p class="check-intro">{t('checkIntro')}</p>
          <ol class="check-steps" aria-labelledby={headingId}>
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
  );
}
