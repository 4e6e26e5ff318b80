import { useCallback, useRef, useState } from 'preact/hooks';
import type { CheckedStep, TourCheckError } from '../messaging/tour-check';
import { TourCheckReply } from '../messaging/tour-check';
import { parseMessage } from '../messaging/protocol';
import { sendToBackground } from './extension-api';

/** The task being checked, as the popup names it. */
export interface CheckedTask {
  readonly taskId: string;
  /** BCP 47 locale of the task's title and words. */
  readonly locale: string;
  readonly title: string;
}

/**
 * Where "Check this tour" is: nothing asked yet, checking, the report (one entry per step of
 * the task's variant for the tab's cloud), or why it could not check (an i18n key).
 */
export type TourCheckState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'checking'; readonly task: CheckedTask }
  | { readonly kind: 'done'; readonly task: CheckedTask; readonly steps: readonly CheckedStep[] }
  | { readonly kind: 'error'; readonly task: CheckedTask; readonly error: TourCheckError };

/** The check's state and the command that runs it. */
export interface TourCheckModel {
  readonly state: TourCheckState;
  /**
   * Checks `task` in the tab `tabId` (null when the popup has no admin-center tab: the check
   * then ends at once with `errorNotAdminTab`). A check started while another runs replaces it.
   */
  check(tabId: number | null, task: CheckedTask): Promise<void>;
}

/**
 * "Check this tour" in the popup: sends `tourCheck` to the background (src/background/tour-check.ts)
 * and validates the reply (TourCheckReply); a missing or invalid reply, or no background, is
 * `errorCheckFailed`, never a crash.
 */
export function useTourCheck(): TourCheckModel {
  const [state, setState] = useState<TourCheckState>({ kind: 'idle' });
  const latest = useRef(0);
  const check = useCallback(async (tabId: number | null, task: CheckedTask) => {
    const run = ++latest.current;
    if (tabId === null) {
      setState({ kind: 'error', task, error: 'errorNotAdminTab' });
      return;
    }
    setState({ kind: 'checking', task });
    let reply: TourCheckReply | null = null;
    try {
      reply = parseMessage(TourCheckReply, await sendToBackground({ type: 'tourCheck', tabId, taskId: task.taskId, locale: task.locale }));
    } catch {
      reply = null;
    }
    if (run !== latest.current) return;
    if (!reply) setState({ kind: 'error', task, error: 'errorCheckFailed' });
    else if (reply.ok) setState({ kind: 'done', task, steps: reply.steps });
    else setState({ kind: 'error', task, error: reply.error });
  }, []);
  return { state, check };
}
