import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileCatalog, findArticleFiles, readArticleSources } from '../catalog';
import { findTask, listLocales, localesOfTask } from './lookup';

const root = `${resolve(dirname(fileURLToPath(import.meta.url)), '../..')}/`;
const catalog = compileCatalog(readArticleSources(findArticleFiles(`${root}src/articles`), root));
const REACTIVATE_IN_FIVE = 'activate-or-reactivate-a-subscription/2';
const REACTIVATE_NL_AND_EN = 'reactivate-your-subscription/reactivate-a-subscription';

describe('findTask', () => {
  it('finds a task in its locale, whatever the locale’s letter case, with its article', () => {
    const found = findTask(catalog, REACTIVATE_IN_FIVE, 'nb-no');
    expect(found?.article.locale).toBe('nb-NO');
    expect(found?.article.tasks).toContain(found?.task);
    expect(found?.task.id).toBe(REACTIVATE_IN_FIVE);
  });

  it('finds nothing in a locale the task lacks, or for an unknown id', () => {
    expect(findTask(catalog, REACTIVATE_NL_AND_EN, 'nl-NL')?.task.id).toBe(REACTIVATE_NL_AND_EN);
    expect(findTask(catalog, REACTIVATE_NL_AND_EN, 'lv-LV')).toBeUndefined();
    expect(findTask(catalog, 'no/such-task', 'nl-NL')).toBeUndefined();
  });
});

describe('localesOfTask', () => {
  it('lists the locales a task exists in, in catalog order', () => {
    expect(localesOfTask(catalog, REACTIVATE_IN_FIVE)).toEqual(['lv-LV', 'en-US', 'nb-NO', 'nl-NL', 'ro-RO']);
    expect(localesOfTask(catalog, REACTIVATE_NL_AND_EN)).toEqual(['nl-NL', 'en-US']);
    expect(localesOfTask(catalog, 'no/such-task')).toEqual([]);
  });
});

describe('listLocales', () => {
  it('lists each locale once, sorted', () => {
    expect(listLocales(catalog)).toEqual(['en-US', 'lv-LV', 'nb-NO', 'nl-NL', 'ro-RO']);
  });
});
