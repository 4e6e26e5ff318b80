import type { Step } from '../../tour/model';
import { InlineContent } from './InlineContent';
import type { Translate } from './words';

/** A step's words: its sentence(s), its alerts, and the descriptions of its images. */
export function StepBody({ step, id }: { step: Step; id: string; t: Translate }) {
  return (
    <div class="body" id={id}>
      <p>
        <InlineContent nodes={step.content} />
      </p>
      {step.alerts.map((alert, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a step's alerts never reorder
        <div key={index} class={`alert ${alert.kind}`} role="note">
          <InlineContent nodes={alert.content} />
        </div>
      ))}
      {step.images.map((description, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a step's images never reorder
        <p key={`image-${index}`} class="image">
          {description}
        </p>
      ))}
    </div>
  );
}
