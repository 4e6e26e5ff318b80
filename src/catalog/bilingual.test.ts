import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from '../tour/model';
import { ArticleError } from './article-error';
import { compileArticle, compileSource } from './compile-article';
import { compileCatalog } from './compile-catalog';
import { findArticleFiles, readArticleSources } from './load';
import { article } from './test-article';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string): string => readFileSync(`${root}${path}`, 'utf8');

/** Every bilingual revision in the project and the plain translation it accompanies. */
/** Each with the SHA-256 of the published bilingual revision, as it was handed to the project. */
const PAIRS = [
  { locale: 'ro-RO', slug: 'activate-or-reactivate-a-subscription', sha256: '4611dfb90de6ecaa0b5aa4ef8d3960dcf24a37b62660b25e940295366bda04d3' },
  { locale: 'lv-LV', slug: 'activate-or-reactivate-a-subscription', sha256: '5b97b703ea3b1f78526e2db22c291655a0f0ea13086518272c465df8bc4e9b9a' },
  { locale: 'nb-NO', slug: 'activate-or-reactivate-a-subscription', sha256: '6fc07b782c8843d09298e5144e0ef74af9a34366ea34a5b843ed6073d846ff0b' },
  { locale: 'nl-NL', slug: 'activate-or-reactivate-a-subscription', sha256: 'ddda1655a5500e4828fd4c1e002c445104ae5c1d9223ab6e5ddb5a05cc7a2175' },
  { locale: 'nl-NL', slug: 'reactivate-your-subscription', sha256: 'c0c5d97a58a950b02864ad09aff3bc477a5e91343ac9b525124eecd1f3c55a3c' },
].map((pair) => ({ ...pair, plain: `src/articles/${pair.locale}/${pair.slug}.md`, bilingual: `src/articles/${pair.locale}/${pair.slug}.sxs.md` }));

/** An article without what only says where it came from. */
const tours = ({ sourceFile: _file, bilingual: _bilingual, ...rest }: Article) => rest;

describe('bilingual revisions', () => {
  it('are copied verbatim next to their plain translation as <slug>.sxs.md', () => {
    for (const pair of PAIRS) {
      expect(createHash('sha256').update(readFileSync(`${root}${pair.bilingual}`)).digest('hex'), pair.bilingual).toBe(pair.sha256);
    }
  });

  it.each(PAIRS)('$bilingual compiles to the same $locale tours as the plain translation', (pair) => {
    const plain = compileArticle(read(pair.plain), pair.plain).article;
    const [localized] = compileSource(read(pair.bilingual), pair.bilingual);
    expect(localized?.role).toBe('bilingual-localized');
    expect(localized?.article.bilingual).toBe(true);
    expect(tours(localized?.article as Article)).toEqual(tours(plain));
    expect(plain.tasks.length).toBeGreaterThan(0);
  });

  it.each(PAIRS)('$bilingual gives the English original step for step, with the same task ids', (pair) => {
    const [localized, english] = compileSource(read(pair.bilingual), pair.bilingual).map((side) => side.article);
    expect(english?.locale).toBe('en-US');
    expect(english?.translationType).toBeNull();
    const shape = (side: Article | undefined) =>
      side?.tasks.map((task) => [task.id, task.kind, task.variants.map((variant) => [variant.cloud, variant.steps.length])]);
    expect(shape(english)).toEqual(shape(localized));
    // English text, not the translation: no step of the English side reads like its translation.
    const texts = (side: Article | undefined) => side?.tasks.flatMap((task) => task.variants.flatMap((variant) => variant.steps.map((step) => step.text))) ?? [];
    const localizedTexts = texts(localized);
    expect(texts(english).filter((text) => localizedTexts.includes(text))).toEqual([]);
  });

  it('the English originals carry the English labels of the seeds', () => {
    const [, english] = compileSource(read(PAIRS[4]?.bilingual ?? ''), 'src/articles/nl-NL/reactivate-your-subscription.sxs.md');
    expect(english?.article.title).toBe('Reactivate your subscription');
    const worldwide = english?.article.tasks[0]?.variants.find((variant) => variant.cloud === 'worldwide');
    expect(worldwide?.steps.map((step) => step.labels)).toEqual([
      ['Billing', 'Your products'],
      ['Products', 'More actions', 'Reactivate this subscription'],
      ['Reactivate this subscription', 'Add payment method'],
      ['Save'],
    ]);
    expect(worldwide?.steps[0]?.route).toBe('#/subscriptions');
  });

  it('add en-US tours of both seed articles to the catalog and no second copy of a translation', () => {
    const catalog = compileCatalog(readArticleSources(findArticleFiles(`${root}src/articles`), root));
    const keys = catalog.articles.map((entry) => `${entry.locale}/${entry.slug}`);
    expect(new Set(keys).size).toBe(keys.length);
    const english = catalog.articles.filter((entry) => entry.locale === 'en-US');
    expect(english.map((entry) => [entry.slug, entry.bilingual]).sort()).toEqual([
      ['activate-or-reactivate-a-subscription', true],
      ['reactivate-your-subscription', true],
    ]);
    // Several translations carry the English of "Activate or reactivate": the newest revision (lv-LV, 2021) gives it.
    const activate = english.find((entry) => entry.slug === 'activate-or-reactivate-a-subscription');
    expect(activate?.sourceFile).toBe('src/articles/lv-LV/activate-or-reactivate-a-subscription.sxs.md');
    expect(activate?.tasks.find((task) => task.id === 'activate-or-reactivate-a-subscription/2')?.variants[0]?.steps).toHaveLength(5);
    // The translations listed are the plain files.
    expect(catalog.articles.filter((entry) => entry.locale !== 'en-US').every((entry) => !entry.bilingual)).toBe(true);
  });

  it('a translation only in bilingual form is listed from it', () => {
    const text = article('1. <span data-ttu-id="a-1">Kies **Opslaan**.</span><span class="sxs-lookup"><span data-stu-id="a-1">Select **Save**.</span></span>');
    const catalog = compileCatalog([{ file: 'nl-NL/test-article.sxs.md', text }]);
    expect(catalog.articles.map((entry) => [entry.locale, entry.tasks[0]?.variants[0]?.steps[0]?.labels])).toEqual([
      ['nl-NL', ['Opslaan']],
      ['en-US', ['Save']],
    ]);
  });

  it('a plain English article wins over the English side of a bilingual file', () => {
    const bilingual = article('1. <span data-ttu-id="a-1">Kies **Opslaan**.</span><span class="sxs-lookup"><span data-stu-id="a-1">Select **Save**.</span></span>');
    const english = ['---', 'title: Test', '---', '# Test', '', '1. Select **Save changes**.', ''].join('\n');
    const catalog = compileCatalog([
      { file: 'nl-NL/test-article.sxs.md', text: bilingual },
      { file: 'en-US/test-article.md', text: english },
    ]);
    expect(catalog.articles.find((entry) => entry.locale === 'en-US')?.tasks[0]?.variants[0]?.steps[0]?.labels).toEqual(['Save changes']);
  });

  it('spans may hold bold, links, breadcrumbs and trailing punctuation; headings hold anchors', () => {
    const text = article(
      '## <a name="go"></a><span data-ttu-id="x-1">Ga</span><span class="sxs-lookup"><span data-stu-id="x-1">Go</span></span>',
      '',
      '1. <span data-ttu-id="x-2">Ga naar **Facturering** \\> [Mijn producten](https://go.microsoft.com/fwlink/p/?linkid=842054).</span><span class="sxs-lookup"><span data-stu-id="x-2">Go to **Billing** \\> [Your products](https://go.microsoft.com/fwlink/p/?linkid=842054).</span></span>',
      '2. <span data-ttu-id="x-3">Kies **Beheer > Instellingen**.</span><span class="sxs-lookup"><span data-stu-id="x-3">Select **Admin > Settings**.</span></span>',
    );
    const [nl, en] = compileSource(text, 'nl-NL/test-article.sxs.md').map((side) => side.article.tasks[0]);
    expect(nl?.id).toBe('test-article/go');
    expect(en?.id).toBe('test-article/go');
    expect(en?.title).toBe('Go');
    expect(nl?.variants[0]?.steps.map((step) => [step.labels, step.route])).toEqual([
      [['Facturering', 'Mijn producten'], '#/subscriptions'],
      [['Beheer', 'Instellingen'], null],
    ]);
    expect(en?.variants[0]?.steps.map((step) => [step.labels, step.route])).toEqual([
      [['Billing', 'Your products'], '#/subscriptions'],
      [['Admin', 'Settings'], null],
    ]);
  });

  it('a sentence without its English original is an error at its span, in the file', () => {
    const text = article('1. Kies <span data-ttu-id="y-1">**Opslaan**.</span><span class="sxs-lookup"><span data-stu-id="y-2">Select **Save**.</span></span>');
    const error = (() => {
      try {
        compileSource(text, 'bad.sxs.md');
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(ArticleError);
    expect((error as ArticleError).format()).toBe('bad.sxs.md:10:9: sentence "y-1" has no English original (a `data-stu-id` span in an `sxs-lookup` span)');
  });

  it('an error after the spans points at its line in the bilingual file', () => {
    const text = article('<span data-ttu-id="z-1">Tekst.</span><span class="sxs-lookup"><span data-stu-id="z-1">Text.</span></span> ::: moniker range="o365-mars"', '', '::: moniker range="o365-mars"');
    expect(() => compileSource(text, 'bad.sxs.md')).toThrow(/^bad\.sxs\.md:12:1: unknown moniker "o365-mars"/);
  });
});
