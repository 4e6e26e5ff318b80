import { Component, createRef } from 'preact';
import { textDirectionOf } from '../../i18n/direction';
import { stepNumberOf } from '../../tour/step-number';
import { revealNameOf } from '../resolver/reveal';
import { keepDocked } from './dock';
import { pageWordsOf, showsPageWord } from './page-words';
import { followTarget } from './position';
import type { RunnerSnapshot } from './runner';
import { StepBody } from './StepBody';
import type { Translate } from './words';
import { KeyedEffect } from './keyed-effect';

/** What the coach mark's keys do (its buttons go through actions.ts's data-action routing). */
export interface CoachActions {
  next(): void;
  back(): void;
  close(): void;
  /** Called on every placement: the runner checks its target is still in the page. */
  checkTarget(): void;
}

/** The outcome of "Copy link" on the current step: copied, or the link to copy by hand. */
export interface ShareResult {
  readonly copied: boolean;
  readonly link: string;
}

const TITLE_ID = 'admin-coach-title';
const BODY_ID = 'admin-coach-body';

/** What the coach mark is given. */
export interface CoachMarkProps {
  readonly snapshot: RunnerSnapshot;
  readonly t: Translate;
  readonly actions: CoachActions;
  readonly shared: ShareResult | null;
}

/**
 * The coach mark: a non-modal dialog beside the target (or docked clear of the page's dialogs when the step has no
 * target, the target was not found, or the task is complete), with the spotlight around the
 * target. Keyboard: Esc closes, ← and → move (mirrored in right-to-left languages), Tab
 * from the last button goes to the target. Labelled by the task title, described by the step.
 */
export class CoachMark extends Component<CoachMarkProps> {
  readonly #coach = createRef<HTMLDivElement>();
  readonly #arrow = createRef<HTMLDivElement>();
  readonly #spotlight = createRef<HTMLDivElement>();
  readonly #follow = new KeyedEffect();
  readonly #dock = new KeyedEffect();

  override componentDidMount(): void {
    this.#effects();
  }

  override componentDidUpdate(): void {
    this.#effects();
  }

  override componentWillUnmount(): void {
    this.#follow.stop();
    this.#dock.stop();
  }

  #effects(): void {
    const { snapshot, actions } = this.props;
    const { step, phase, target } = snapshot;
    const anchored = phase === 'shown' && target !== null;
    const coach = this.#coach.current;
    const arrow = this.#arrow.current;
    const spotlight = this.#spotlight.current;
    // Follow a new target only; `actions` is the app's one stable object.
    this.#follow.run([anchored, target], () => {
      if (anchored && target && coach && arrow && spotlight) return followTarget(target, coach, arrow, spotlight, actions.checkTarget);
    });
    // A card pointing at nothing docks where it covers none of the page's dialogs (again when its content changes).
    this.#dock.run([anchored, step, phase], () => {
      const host = (coach?.getRootNode() as ShadowRoot | undefined)?.host;
      if (!anchored && coach && host) return keepDocked(coach, host);
    });
  }

  override render({ snapshot, t, actions, shared }: CoachMarkProps) {
    const coach = this.#coach;
    const { view, step, phase, target, label } = snapshot;
    const current = view.steps[step];
    const anchored = phase === 'shown' && target !== null;
    // The target is a control that reveals the step's (an overflow menu, a collapsed nav group).
    const reveals = anchored && target ? revealNameOf(target) : null;
    const dir = textDirectionOf(view.locale);
    // The admin center speaks another language: the page's words beside the tour's, in the text.
    const pageWords = current ? pageWordsOf(current, view.locale, snapshot.wordsLocale) : null;

    if (!current) return null;

    const onKeyDown = (event: KeyboardEvent) => {
      const forwardKey = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
      const backKey = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
      if (event.key === 'Escape') actions.close();
      else if (event.key === forwardKey && phase !== 'complete') actions.next();
      else if (event.key === backKey) actions.back();
      else if (event.key === 'Tab' && !event.shiftKey && anchored && target instanceof HTMLElement) {
        const buttons = coach.current?.querySelectorAll('button');
        if (buttons && event.composedPath()[0] === buttons[buttons.length - 1]) {
          event.preventDefault();
          target.focus();
        }
      } else return;
      event.stopPropagation();
    };

    return (
      <>
        {anchored && <div class="spotlight" ref={this.#spotlight} aria-hidden="true" />}
        <div
          ref={coach}
          class={anchored ? 'coach' : 'coach docked'}
          role="dialog"
          aria-modal="false"
          aria-labelledby={TITLE_ID}
          aria-describedby={BODY_ID}
          tabIndex={-1}
          dir={dir}
          lang={view.locale}
          onKeyDown={onKeyDown}
        >
          {anchored && <div class="arrow" ref={this.#arrow} />}
          <div class="head">
            <h2 class="title" id={TITLE_ID}>
              {t('coachDialogLabel', { title: view.title })}
            </h2>
            <span class="progress">{t('coachStepOf', { current: stepNumberOf(step), total: view.steps.length })}</span>
            <button type="button" class="close" aria-label={t('coachClose')} title={t('coachClose')} data-action="close">
              ×
            </button>
          </div>
          {phase === 'not-found' && label && (
            <p class="status" role="status">
              <strong>{t('coachNotFoundTitle')}</strong> {t('coachNotFound', { label })}
            </p>
          )}
          {phase === 'searching' && label && <p class="status">{t('coachLooking', { label })}</p>}
          {phase === 'shown' && reveals !== null && (
            <p class="status" role="status">
              {t('coachOpenFirst', { label: reveals })}
            </p>
          )}
          {phase === 'shown' && reveals === null && snapshot.guideRoute && (
            <p class="status" role="status">
              {t('coachGoToPageFirst')}
            </p>
          )}
          {phase === 'shown' && reveals === null && !snapshot.guideRoute && label && snapshot.wordsLocale && snapshot.wordsLocale !== view.locale && !showsPageWord(pageWords, label) && (
            // The admin center speaks another language than the tour, and the text cannot name its word inline.
            <p class="status page-word">{t('coachOnPage', { label })}</p>
          )}
          {phase === 'complete' && (
            <p class="status success" role="status">
              {t('coachComplete', { title: view.title })}
            </p>
          )}
          <StepBody step={current} id={BODY_ID} pageWords={pageWords} />
          <div class="actions">
            <button type="button" class="action" data-action="share">
              {t('coachShare')}
            </button>
            <span class="copied" role="status">
              {shared === null ? '' : shared.copied ? t('coachLinkCopied') : t('coachCopyFailed', { link: shared.link })}
            </span>
            <span class="spacer" />
            {step > 0 && phase !== 'complete' && (
              <button type="button" class="action" data-action="back">
                {t('coachBack')}
              </button>
            )}
            {phase === 'complete' ? (
              <button type="button" class="action primary" data-action="done">
                {t('coachDone')}
              </button>
            ) : (
              <button type="button" class="action primary" data-action="next">
                {t('coachNext')}
              </button>
            )}
          </div>
        </div>
      </>
    );
  }
}
