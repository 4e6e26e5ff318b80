import type { Step } from '../../tour/model';
import { InlineContent } from './InlineContent';
import type { PageWords } from './page-words';

/**
 * A step's words: its sentence(s), with the page's word beside each label when the admin
 * center speaks another language (`pageWords`, page-words.ts), its alerts, and the
 * descriptions of its images.
 */
export function StepBody({ step, id, pageWords = null }: { step: Step; id: string; pageWords?: PageWords | null }) {
  return (
    <div class="body" id={id}>
      <p>
        <InlineContent nodes={step.content} pageWords={pageWords} />
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
