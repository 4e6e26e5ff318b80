import { Component, createRef } from 'preact';
import type { LinkNotice } from '../../tour/session';
import { type CoachActions, CoachMark, type ShareResult } from './CoachMark';
import type { RunnerSnapshot } from './runner';
import { NoticeCard } from './NoticeCard';
import { StepAnnouncer } from './StepAnnouncer';
import type { Translate } from './words';
import { KeyedEffect } from './keyed-effect';

/** Everything the overlay shows at one moment. */
export interface OverlayState {
  readonly snapshot: RunnerSnapshot | null;
  readonly notice: LinkNotice | null;
  /** The last "Copy link" of this step, null when none. */
  readonly shared: ShareResult | null;
}

/** What the overlay is given. */
interface OverlayProps {
  readonly state: OverlayState;
  readonly t: Translate;
  readonly actions: CoachActions;
  onDismissNotice(): void;
}

/**
 * The overlay's root: a pending share-link notice first, then the coach mark, and a live
 * region announcing each step. On the first coach mark it takes the keyboard focus (keeping
 * where it was, to give back when the tour closes); later it refocuses only when it already
 * had the focus, so it never fights a panel's focus trap.
 */
export class Overlay extends Component<OverlayProps> {
  readonly #wrapper = createRef<HTMLDivElement>();
  #focusedOnce = false;
  readonly #focus = new KeyedEffect();

  override componentDidMount(): void {
    this.#focusCoach();
  }

  override componentDidUpdate(): void {
    this.#focusCoach();
  }

  /** When the step, its phase or its language changes: the moments focus may move. */
  #focusCoach(): void {
    const { snapshot, notice } = this.props.state;
    this.#focus.run([snapshot?.step, snapshot?.phase, snapshot?.view.locale, notice], () => {
      const coach = this.#wrapper.current?.querySelector<HTMLElement>('[role="dialog"]');
      const root = this.#wrapper.current?.getRootNode() as ShadowRoot | undefined;
      if (notice || !snapshot || !coach) return undefined;
      if (!this.#focusedOnce || root?.activeElement) {
        this.#focusedOnce = true;
        coach.focus({ preventScroll: true });
      }
      return undefined; // nothing to clean up
    });
  }

  override render({ state, t, actions, onDismissNotice }: OverlayProps) {
    const { snapshot, notice } = state;
    return (
      <div ref={this.#wrapper}>
        {notice ? (
          <NoticeCard notice={notice} t={t} onDismiss={onDismissNotice} />
        ) : (
          snapshot && <CoachMark snapshot={snapshot} t={t} actions={actions} shared={state.shared} />
        )}
        {snapshot && <StepAnnouncer snapshot={snapshot} t={t} />}
      </div>
    );
  }
}
