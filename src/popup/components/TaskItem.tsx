import { useContext, useId } from 'preact/hooks';
import { languageListOf } from '../language-names';
import type { TaskEntry } from '../task-groups';
import { useTranslation } from '../use-translation';
import { ActionButton } from './ActionButton';
import { TourCheckContext, TourCheckResults } from './TourCheck';

/** Props of TaskItem. */
export interface TaskItemProps {
  readonly entry: TaskEntry;
  readonly busy: boolean;
  readonly onStart: (entry: TaskEntry) => void;
  readonly onCopyLink: (entry: TaskEntry) => void;
}

/**
 * One task: its title (in the tour's language, marked with `lang`), its step count and the
 * languages it exists in, and Start and Copy link. Each button's accessible name is its
 * text followed by the task title ("Start Reactivate a subscription"), so a list of buttons
 * read out of context still says which task it acts on.
 */
export function TaskItem({ entry, busy, onStart, onCopyLink }: TaskItemProps) {
  const { t, language } = useTranslation();
  const titleId = useId();
  const startId = useId();
  const copyId = useId();
  const checkId = useId();
  const check = useContext(TourCheckContext);
  const checkState = check?.stateFor(entry) ?? null;
  return (
    <li class="task">
      <h4 id={titleId} class="task-title" lang={entry.locale}>
        {entry.task.title}
      </h4>
      <p class="task-meta">
        {t('stepCount', { count: entry.steps.length })}
        {' · '}
        {t('taskLanguages', { languages: languageListOf(entry.locales, language) })}
      </p>
      <div class="actions">
        <ActionButton variant="primary" id={startId} labelledBy={`${startId} ${titleId}`} busy={busy} onPress={() => onStart(entry)}>
          {t('taskStart')}
        </ActionButton>
        <ActionButton id={copyId} labelledBy={`${copyId} ${titleId}`} onPress={() => onCopyLink(entry)}>
          {t('taskCopyLink')}
        </ActionButton>
        {check ? (
          <ActionButton id={checkId} labelledBy={`${checkId} ${titleId}`} busy={checkState?.kind === 'checking'} onPress={() => check.onCheck(entry)}>
            {t('checkStart')}
          </ActionButton>
        ) : null}
      </div>
      {checkState ? <TourCheckResults state={checkState} /> : null}
    </li>
  );
}
