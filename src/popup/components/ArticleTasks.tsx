import { useId } from 'preact/hooks';
import type { ArticleGroup, TaskEntry } from '../task-groups';
import { TaskItem } from './TaskItem';

/** Props of ArticleTasks. */
export interface ArticleTasksProps {
  readonly group: ArticleGroup;
  readonly busy: boolean;
  readonly onStart: (entry: TaskEntry) => void;
  readonly onCopyLink: (entry: TaskEntry) => void;
}

/** The tasks of one article under the article's title (in the article's language). */
export function ArticleTasks({ group, busy, onStart, onCopyLink }: ArticleTasksProps) {
  const headingId = useId();
  return (
    <section class="article" aria-labelledby={headingId}>
      <h3 id={headingId} lang={group.article.locale}>
        {group.article.title}
      </h3>
      <ul class="tasks">
        {group.tasks.map((entry) => (
          <TaskItem key={entry.task.id} entry={entry} busy={busy} onStart={onStart} onCopyLink={onCopyLink} />
        ))}
      </ul>
    </section>
  );
}
