import { useId } from 'preact/hooks';
import { useTranslation } from '../use-translation';

/** Props of TaskSearch. */
export interface TaskSearchProps {
  readonly query: string;
  readonly onQuery: (query: string) => void;
  /** How many tasks match now (announced politely as it changes). */
  readonly count: number;
}

/** The search box that filters the task list as you type, and the number of tasks shown. */
export function TaskSearch({ query, onQuery, count }: TaskSearchProps) {
  const { t } = useTranslation();
  const id = useId();
  const countId = useId();
  return (
    <div class="field search">
      <label for={id}>{t('searchLabel')}</label>
      <input
        id={id}
        type="search"
        value={query}
        autocomplete="off"
        spellcheck={false}
        aria-describedby={countId}
        onInput={(event) => onQuery(event.currentTarget.value)}
      />
      <p id={countId} class="result-count" aria-live="polite">
        {t('resultCount', { count })}
      </p>
    </div>
  );
}
