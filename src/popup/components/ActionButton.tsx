import type { ComponentChildren } from 'preact';

/** Props of ActionButton. */
export interface ActionButtonProps {
  readonly onPress: () => void;
  /** While true the button is announced as unavailable and ignores presses. */
  readonly busy?: boolean;
  /** id of this button, for aria-labelledby with a neighbouring title. */
  readonly id?: string;
  /** Space-separated ids naming the button (its own id first), else its text. */
  readonly labelledBy?: string;
  readonly variant?: 'primary' | 'secondary';
  readonly children: ComponentChildren;
}

/**
 * A native button (Enter and Space for free). While a command runs it uses
 * `aria-disabled` rather than `disabled`, so keyboard focus stays where it was.
 */
export function ActionButton({ onPress, busy = false, id, labelledBy, variant = 'secondary', children }: ActionButtonProps) {
  return (
    <button
      type="button"
      id={id}
      class={`button button-${variant}`}
      aria-labelledby={labelledBy}
      aria-disabled={busy ? 'true' : undefined}
      onClick={() => {
        if (!busy) onPress();
      }}
    >
      {children}
    </button>
  );
}
