import { useEffect, useRef } from 'preact/hooks';
import type { LinkNotice } from '../../tour/session';
import { type CoachActions, CoachMark, type ShareResult } from './CoachMark';
import type { RunnerSnapshot } from './runner';
import { NoticeCard } from './NoticeCard';
import { StepAnnouncer } from './StepAnnouncer';
import type { Translate } from './words';

/** Everything the overlay shows at one moment. */
export interface OverlayState {
  readonly snapshot: RunnerSnapshot | null;
  readonly notice: LinkNotice | null;
  /** The last "Copy link" of this step, null when none. */
  readonly shared: ShareResult | null;
}

/**
 * The overlay's root: a pending share-link notice first, then the coach mark, and a live
 * region announcing each step. On the first coach mark it takes the keyboard focus (keeping
 * where it was, to give back when the tour closes); later it refocuses only when it already
 * had the focus, so it never fights a panel's focus trap.
 */
export function Overlay({ state, t, actions, onDismissNotice }: { state: OverlayState; t: Translate; actions: CoachActions; onDismissNotice(): void }) {
  const { snapshot, notice } = state;
  const wrapper = useRef<HTMLDivElement>(null);
  const focusedOnce = useRef(false);

  // Runs when the step, its phase or its language changes: the moments focus may move.
  // biome-ignore lint/correctness/useExhaustiveDependencies: those are the triggers
  useEffect(() => {
    if (notice || !snapshot) return;
    const coach = wrapper.current?.querySelector<HTMLElement>('[role="dialog"]');
    const root = wrapper.current?.getRootNode() as ShadowRoot | undefined;
    if (!coach) return;
    if (!focusedOnce.current || root?.activeElement) {
      focusedOnce.current = true;
      coach.focus({ preventScroll: true });
    }
  }, [snapshot?.step, snapshot?.phase, snapshot?.view.locale, notice]);

  return (
    <div ref={wrapper}>
      {notice ? (
        <NoticeCard notice={notice} t={t} onDismiss={onDismissNotice} />
      ) : (
        snapshot && <CoachMark snapshot={snapshot} t={t} actions={actions} shared={state.shared} />
      )}
      {snapshot && <StepAnnouncer snapshot={snapshot} t={t} />}
    </div>
  );
}

