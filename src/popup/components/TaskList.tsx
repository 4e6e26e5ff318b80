import { useId } from 'preact/hooks';
import type { ArticleGroup, TaskEntry } from '../task-groups';
import { useTranslation } from '../use-translation';
import { ActionButton } from './ActionButton';
import { ArticleTasks } from './ArticleTasks';

/** Props of TaskList. */
export interface TaskListProps {
  /** Matching tasks in the chosen tour language, by article. */
  readonly groups: readonly ArticleGroup[];
  /** Matching tasks that exist only in other languages. */
  readonly elsewhere: readonly ArticleGroup[];
  readonly query: string;
  readonly onClearQuery: () => void;
  readonly busy: boolean;
  readonly onStart: (entry: TaskEntry) => void;
  readonly onCopyLink: (entry: TaskEntry) => void;
}

/**
 * The tasks, grouped by article: first those in the chosen language, then those that exist
 * only in other languages (they start in their own language). When the search matches
 * nothing it says so and offers to clear the search.
 */
export function TaskList({ groups, elsewhere, query, onClearQuery, busy, onStart, onCopyLink }: TaskListProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const otherId = useId();
  const none = groups.length === 0 && elsewhere.length === 0;
  return (
    <>
      <section class="task-list" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('tasksHeading')}</h2>
        {groups.map((group) => (
          <ArticleTasks key={group.key} group={group} busy={busy} onStart={onStart} onCopyLink={onCopyLink} />
        ))}
        {none ? (
          <div class="empty">
            <p>{t('searchNoMatch', { query: query.trim() })}</p>
            <ActionButton onPress={onClearQuery}>{t('searchClear')}</ActionButton>
          </div>
        ) : groups.length === 0 ? (
          <p class="empty">{t('noTasksInLanguage')}</p>
        ) : null}
      </section>
      {elsewhere.length > 0 ? (
        <section class="task-list" aria-labelledby={otherId}>
          <h2 id={otherId}>{t('otherLanguagesHeading')}</h2>
          {elsewhere.map((group) => (
            <ArticleTasks key={group.key} group={group} busy={busy} onStart={onStart} onCopyLink={onCopyLink} />
          ))}
        </section>
      ) : null}
    </>
  );
}
