import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { languageOf } from '../../i18n/locales';
import { isTaskAllowed, type Policy } from '../../settings/policy-parse';
import type { Catalog } from '../../tour/model';
import { languageListOf } from '../language-names';
import { type ArticleGroup, countTasks, filterGroups, groupTasks, type TaskEntry, type TaskGroups } from '../task-groups';
import { stepsOfTour } from '../tour-steps';
import type { PopupModel } from '../use-popup';
import { useTourCheck } from '../use-tour-check';
import { useTranslation } from '../use-translation';
import { LiveStatus } from './LiveStatus';
import { PageStatus } from './PageStatus';
import { RunningTour } from './RunningTour';
import { StateMessage } from './StateMessage';
import { TaskList } from './TaskList';
import { TaskSearch } from './TaskSearch';
import { TourCheckContext, type TourCheckSlot } from './TourCheck';
import { TourLanguagePicker } from './TourLanguagePicker';
import { UiLanguagePicker } from './UiLanguagePicker';

/** The task groups without the tasks the organisation's policy does not offer (and without groups left empty). */
function offeredOnly(groups: TaskGroups, policy: Policy, aliases: Readonly<Record<string, string>> = {}): TaskGroups {
  if (policy.allowedTasks === null) return groups;
  const keep = (list: readonly ArticleGroup[]) =>
    list
      .map((group) => ({ ...group, tasks: group.tasks.filter((entry) => isTaskAllowed(policy, entry.task.id, aliases)) }))
      .filter((group) => group.tasks.length > 0);
  return { inLocale: keep(groups.inLocale), elsewhere: keep(groups.elsewhere) };
}

/** Sets `<html lang dir>` and the document title to the UI language's, as it changes. */
function useDocumentLanguage(): void {
  const { t, language, dir } = useTranslation();
  useLayoutEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = dir;
    document.title = t('extensionName');
  }, [language, dir, t]);
}

/**
 * The whole popup inside its `<main>` landmark, in reading and tab order: the header (is this
 * the admin center, which page and cloud), the running tour, the two language pickers, the
 * search box and the task list (each task with Check this tour), then the live status line. Loading, error and empty
 * catalog states replace the content, never leaving the popup blank.
 */
export function PopupView({ model, catalog }: { model: PopupModel; catalog: Catalog }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const tourCheck = useTourCheck();
  useDocumentLanguage();
  const { phase, tourLocale } = model;
  const cloud = phase.kind === 'ready' ? phase.data.cloud : null;
  const { policy } = model;
  const groups = useMemo(
    () => offeredOnly(tourLocale ? groupTasks(catalog, tourLocale, cloud) : { inLocale: [], elsewhere: [] }, policy, catalog.aliases),
    [catalog, tourLocale, cloud, policy],
  );
  const shown = useMemo(() => filterGroups(groups.inLocale, query), [groups, query]);
  const shownElsewhere = useMemo(() => filterGroups(groups.elsewhere, query), [groups, query]);

  const onStart = (entry: TaskEntry) => void model.start(entry.task.id, entry.locale);
  const onCopyLink = (entry: TaskEntry) => void model.copyLink(entry.task.id, entry.locale, entry.steps, 0);

  const readyData = phase.kind === 'ready' ? phase.data : null;
  const checkTab = readyData?.tab && readyData.page ? readyData.tab.id : null;
  const checkSlot = useMemo<TourCheckSlot>(
    () => ({
      onCheck: (entry) => void tourCheck.check(checkTab, { taskId: entry.task.id, locale: entry.locale, title: entry.task.title }),
      stateFor: (entry) => {
        const { state } = tourCheck;
        return state.kind !== 'idle' && state.task.taskId === entry.task.id && state.task.locale === entry.locale ? state : null;
      },
    }),
    [tourCheck, checkTab],
  );

  let content = null;
  if (phase.kind === 'loading') content = <StateMessage kind="loading" />;
  else if (phase.kind === 'error') content = <StateMessage kind="error" onRetry={model.reload} />;
  else if (!tourLocale) content = <StateMessage kind="empty" />;
  else {
    const { data } = phase;
    const tour = data.tour;
    const tourSteps = tour ? stepsOfTour(catalog, tour, data.cloud) : [];
    content = (
      <>
        {tour ? (
          <RunningTour
            tour={tour}
            busy={model.busy}
            onResume={() => void model.start(tour.taskId, tour.locale, tour.step)}
            onStop={() => void model.stop()}
            onCopyLink={tourSteps.length > 0 ? () => void model.copyLink(tour.taskId, tour.locale, tourSteps, tour.step) : null}
          />
        ) : null}
        <section class="languages" aria-label={t('languagesHeading')}>
          <TourLanguagePicker locales={model.locales} value={tourLocale} onChoose={(locale) => void model.chooseTourLocale(locale)} />
          {data.pageLanguage && languageOf(data.pageLanguage) !== languageOf(tourLocale) ? (
            <p class="page-language">{t('pageLanguageDiffers', { language: languageListOf([data.pageLanguage], model.uiLanguage) })}</p>
          ) : null}
          {policy.managed.includes('defaultLanguage') ? <p class="managed">{t('managedByOrganization')}</p> : null}
          <UiLanguagePicker value={model.uiChoice} browserLanguage={model.browserUiLanguage} onChoose={(language) => void model.chooseUiLanguage(language)} />
        </section>
        {policy.managed.includes('allowedTasks') ? <p class="managed">{`${t('tasksHeading')}: ${t('managedByOrganization')}`}</p> : null}
        <TaskSearch query={query} onQuery={setQuery} count={countTasks(shown) + countTasks(shownElsewhere)} />
        <TaskList
          groups={shown}
          elsewhere={shownElsewhere}
          query={query}
          onClearQuery={() => setQuery('')}
          busy={model.busy}
          onStart={onStart}
          onCopyLink={onCopyLink}
        />
      </>
    );
  }

  return (
    <main class="popup" aria-busy={phase.kind === 'loading' ? 'true' : undefined}>
      <header class="popup-header">
        <h1>{t('extensionName')}</h1>
        {phase.kind === 'ready' ? <PageStatus data={phase.data} /> : null}
      </header>
      <TourCheckContext.Provider value={checkSlot}>{content}</TourCheckContext.Provider>
      <LiveStatus status={model.status} />
    </main>
  );
}
