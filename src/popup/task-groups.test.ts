import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileCatalog, findArticleFiles, readArticleSources } from '../catalog';
import { countTasks, filterGroups, groupTasks } from './task-groups';

const root = `${resolve(dirname(fileURLToPath(import.meta.url)), '../..')}/`;
const catalog = compileCatalog(readArticleSources(findArticleFiles(`${root}src/articles`), root));

describe('groupTasks', () => {
  it('lists the chosen language by article, and what it lacks under elsewhere', () => {
    const groups = groupTasks(catalog, 'nb-NO', 'worldwide');
    expect(groups.inLocale.map((group) => group.article.title)).toEqual(['Aktivere eller aktivere et abonnement på nytt']);
    expect(countTasks(groups.inLocale)).toBe(3);
    expect(groups.elsewhere.map((group) => [group.article.locale, group.tasks.length])).toEqual([['nl-NL', 1]]);
    expect(groups.inLocale[0]?.tasks[1]?.locales).toEqual(['lv-LV', 'en-US', 'nb-NO', 'nl-NL', 'ro-RO']);
  });
  it('counts the steps of the cloud’s variant', () => {
    const steps = (cloud: 'worldwide' | 'germany') => groupTasks(catalog, 'nl-NL', cloud).inLocale.find((group) => group.tasks.length === 1)?.tasks[0]?.steps.length;
    expect(steps('worldwide')).toBe(4);
    expect(steps('germany')).toBe(3);
  });
});

describe('filterGroups', () => {
  it('keeps matching tasks and drops emptied groups', () => {
    const { inLocale } = groupTasks(catalog, 'lv-LV', null);
    expect(countTasks(filterGroups(inLocale, 'produkta atslegu'))).toBe(1);
    expect(filterGroups(inLocale, 'nothing-like-this')).toEqual([]);
  });
});
