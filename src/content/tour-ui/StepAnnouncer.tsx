import { stepNumberOf } from '../../tour/step-number';
import type { RunnerSnapshot } from './runner';
import type { Translate } from './words';

/**
 * A polite live region that tells screen-reader users which step is shown ("Step 2 of 4:
 * …"), since the coach mark does not move the focus on every step.
 */
export function StepAnnouncer({ snapshot, t }: { snapshot: RunnerSnapshot; t: Translate }) {
  const step = snapshot.view.steps[snapshot.step];
  return (
    <div class="sr-only" aria-live="polite" aria-atomic="true">
      {step ? `${t('coachStepOf', { current: stepNumberOf(snapshot.step), total: snapshot.view.steps.length })}: ${step.text}` : ''}
    </div>
  );
}
