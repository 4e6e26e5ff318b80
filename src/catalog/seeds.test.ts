import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article, Task } from '../tour/model';
import { compileCatalog } from './compile-catalog';
import { findArticleFiles, readArticleSources } from './load';
import { listLocales } from '../tour/lookup';

const root = fileURLToPath(new URL('../..', import.meta.url));
const catalog = compileCatalog(readArticleSources(findArticleFiles(`${root}src/articles`), root));
/** The two seed articles by slug (their identity) and their `ms.assetid` (metadata, the prefix of their old task ids). */
const ACTIVATE = 'activate-or-reactivate-a-subscription';
const REACTIVATE = 'reactivate-your-subscription';
const ACTIVATE_ASSET = '2d59f23f-7aad-4b57-9039-0bd2bbf929a3';
const REACTIVATE_ASSET = '23aa9dd5-a2b0-42f5-8893-9541d2f3761f';

function articleOf(id: string, locale: string): Article {
  const found = catalog.articles.find((candidate) => candidate.id === id && candidate.locale === locale);
  if (!found) throw new Error(`no article ${id} in ${locale}`);
  return found;
}

/** The task whose steps mention the given words (how a reader recognises it in any language). */
function taskMentioning(article: Article, ...words: string[]): Task {
  const found = article.tasks.find((task) =>
    task.variants.some((variant) => variant.steps.some((step) => words.some((word) => step.text.includes(word)))),
  );
  if (!found) throw new Error(`no task mentions ${words.join('/')} in ${article.locale}`);
  return found;
}

describe('the seed articles', () => {
  it('are copied verbatim: each of the ten published files matches its digest in src/articles/SHA256SUMS', () => {
    // `sha256sum -c` format, digests taken from the files as they were handed to the project.
    const listed = readFileSync(`${root}src/articles/SHA256SUMS`, 'utf8').trim().split('\n').map((line) => line.split(/\s+/));
    expect(listed.map(([, file]) => file).sort()).toEqual(
      ['ro-RO', 'lv-LV', 'nb-NO', 'nl-NL'].flatMap((locale) => [`${locale}/activate-or-reactivate-a-subscription`]).concat('nl-NL/reactivate-your-subscription').flatMap((path) => [`${path}.md`, `${path}.sxs.md`]).sort(),
    );
    for (const [sha256, file] of listed) {
      expect(createHash('sha256').update(readFileSync(`${root}src/articles/${file}`)).digest('hex'), file).toBe(sha256);
    }
  });

  it('compile to five articles in four locales, plus the English originals of both from their bilingual revisions', () => {
    expect(catalog.articles.map((article) => `${article.locale}/${article.slug}`).sort()).toEqual([
      'en-US/activate-or-reactivate-a-subscription',
      'en-US/reactivate-your-subscription',
      'lv-LV/activate-or-reactivate-a-subscription',
      'nb-NO/activate-or-reactivate-a-subscription',
      'nl-NL/activate-or-reactivate-a-subscription',
      'nl-NL/reactivate-your-subscription',
      'ro-RO/activate-or-reactivate-a-subscription',
    ]);
    expect(listLocales(catalog)).toEqual(['en-US', 'lv-LV', 'nb-NO', 'nl-NL', 'ro-RO']);
  });

  it('carry their front matter: id, title, translation type, date, source file', () => {
    const nb = articleOf(ACTIVATE, 'nb-NO');
    expect(nb.assetId).toBe(ACTIVATE_ASSET);
    expect(nb.title).toBe('Aktivere eller aktivere et abonnement på nytt');
    expect(nb.translationType).toBe('MT');
    expect(nb.date).toBe('2020-04-23');
    expect(nb.sourceFile).toBe('src/articles/nb-NO/activate-or-reactivate-a-subscription.md');
  });
});

describe('"Activate or reactivate a subscription" in every locale', () => {
  const reactivationWords = ['Reactivare', 'Aktiver på nytt', 'opnieuw activeren', 'Atkārtoti aktivizēt'];
  const productKeyWords = ['de produs', 'produktnøkkel', 'productcode', 'produkta atslēg'];
  const expectedSteps: Record<string, number> = { 'ro-RO': 3, 'nb-NO': 3, 'nl-NL': 3, 'lv-LV': 5 };

  it.each(Object.entries(expectedSteps))('%s has the reactivation task with %i steps and the 2-step product-key task', (locale, count) => {
    const article = articleOf(ACTIVATE, locale);
    const reactivation = taskMentioning(article, ...reactivationWords);
    expect(reactivation.kind).toBe('steps');
    expect(reactivation.variants.map((variant) => variant.cloud)).toEqual(['any']);
    expect(reactivation.variants[0]?.steps).toHaveLength(count);
    const productKey = taskMentioning(article, ...productKeyWords);
    expect(productKey.variants[0]?.steps).toHaveLength(2);
    expect(productKey.id).not.toBe(reactivation.id);
  });

  it('gives the same task the same id in all four locales', () => {
    const ids = (words: string[]) => Object.keys(expectedSteps).map((locale) => taskMentioning(articleOf(ACTIVATE, locale), ...words).id);
    expect(new Set(ids(reactivationWords))).toEqual(new Set([`${ACTIVATE}/2`]));
    expect(new Set(ids(productKeyWords))).toEqual(new Set([`${ACTIVATE}/3`]));
  });

  it('keeps the ids of earlier builds (`<ms.assetid>/<anchor>/<n>`) as aliases of the new ones', () => {
    expect(catalog.aliases?.[`${ACTIVATE_ASSET}/activate-or-reactivate-a-subscription/2`]).toBe(`${ACTIVATE}/2`);
    expect(catalog.aliases?.[`${ACTIVATE_ASSET}/activate-or-reactivate-a-subscription/1`]).toBe(`${ACTIVATE}/1`);
    expect(catalog.aliases?.[`${REACTIVATE_ASSET}/reactivate-a-subscription`]).toBe(`${REACTIVATE}/reactivate-a-subscription`);
  });

  it('nb-NO step 1 names Fakturering, abonnementer and routes to Your products', () => {
    const step = taskMentioning(articleOf(ACTIVATE, 'nb-NO'), 'Aktiver på nytt').variants[0]?.steps[0];
    expect(step?.labels).toEqual(['Fakturering', 'abonnementer']);
    expect(step?.route).toBe('#/subscriptions');
  });

  it('ro-RO and nl-NL step 1 read the breadcrumb across bold and link', () => {
    const ro = taskMentioning(articleOf(ACTIVATE, 'ro-RO'), 'Reactivare').variants[0]?.steps[0];
    expect(ro?.labels).toEqual(['Facturare', 'produse']);
    expect(ro?.route).toBe('#/subscriptions');
    const nl = taskMentioning(articleOf(ACTIVATE, 'nl-NL'), 'opnieuw activeren').variants[0]?.steps[0];
    expect(nl?.labels).toEqual(['Billing', 'uw producten']);
  });

  it('lv-LV keeps the nested IMPORTANT alert on step 3 with its support link resolved', () => {
    const steps = taskMentioning(articleOf(ACTIVATE, 'lv-LV'), 'Atkārtoti aktivizēt').variants[0]?.steps ?? [];
    expect(steps.map((step) => step.labels)).toEqual([
      ['Norēķini jūsu'],
      ['Produkti'],
      ['Citas darbības', 'abonementu'],
      ['Atkārtoti aktivizēt šo abonementu', 'Pievienot maksāšanas metodi'],
      ['Atkārtoti aktivizēt'],
    ]);
    const alert = steps[2]?.alerts[0];
    expect(alert?.kind).toBe('important');
    expect(JSON.stringify(alert?.content)).toContain('https://learn.microsoft.com/lv-lv/microsoft-365/admin/contact-support-for-business-products');
    expect(steps[2]?.text).not.toContain('[!IMPORTANT]');
  });

  it('the "Activate a subscription" section is a checklist of untargeted steps plus the Office account one', () => {
    const checklist = articleOf(ACTIVATE, 'ro-RO').tasks[0];
    expect(checklist?.kind).toBe('checklist');
    expect(checklist?.title).toBe('Activarea unui abonament');
    expect(checklist?.variants[0]?.steps.map((step) => step.labels)).toEqual([[], [], ['Fișier', 'Cont', 'Comutare cont']]);
  });
});

describe('"Reactivate your subscription" (nl-NL)', () => {
  const article = articleOf(REACTIVATE, 'nl-NL');
  const task = article.tasks.find((candidate) => candidate.id === `${REACTIVATE}/reactivate-a-subscription`);

  it('has one task: the reactivation (no task from "before you begin" or "related content")', () => {
    expect(article.tasks.map((candidate) => candidate.id)).toEqual([`${REACTIVATE}/reactivate-a-subscription`]);
    expect(task?.title).toBe('Een abonnement opnieuw activeren');
  });

  it('has worldwide (4 steps), germany and 21vianet variants', () => {
    expect(task?.variants.map((variant) => [variant.cloud, variant.steps.length])).toEqual([
      ['worldwide', 4],
      ['germany', 3],
      ['21vianet', 3],
    ]);
  });

  it('requires the roles of "before you begin"', () => {
    expect(task?.prerequisites[0]).toContain('globale beheerder of factureringsbeheerder');
  });

  it('routes each cloud to its own Subscriptions page through its fwlink', () => {
    const first = task?.variants.map((variant) => variant.steps[0]);
    expect(first?.map((step) => step?.labels)).toEqual([
      ['Facturering', 'Mijn producten'],
      ['Facturering', 'Abonnementen'],
      ['Facturering', 'Abonnementen'],
    ]);
    expect(first?.map((step) => step?.route)).toEqual(['#/subscriptions', '#/subscriptions', '#/subscriptions']);
    const link = first?.[1]?.content.find((node) => node.type === 'link');
    expect(link).toMatchObject({ href: 'https://go.microsoft.com/fwlink/p/?linkid=847745', route: '#/subscriptions' });
  });

  it('keeps the screenshot alt text, the continuation paragraphs and the nested NOTE of the Germany steps', () => {
    const germany = task?.variants.find((variant) => variant.cloud === 'germany');
    expect(germany?.steps[1]?.images).toEqual([
      'Close-up van een abonnementskaart met de functie Uitgeschakeld en Verminderde functionaliteit met een knop Opnieuw activeren.',
    ]);
    expect(germany?.steps[1]?.text).toContain('belt u Ondersteuning om uw abonnement opnieuw te activeren.');
    expect(germany?.steps[2]?.text).toContain('blijft de volgende factureringsdatum hetzelfde.');
    expect(germany?.steps[2]?.alerts).toEqual([
      { kind: 'note', content: [{ type: 'text', value: "In sommige landen of regio's is het niet mogelijk om via een bankrekening te betalen." }] },
    ]);
    const relative = JSON.stringify(germany?.steps[2]?.content);
    expect(relative).toContain('https://learn.microsoft.com/nl-nl/microsoft-365/commerce/subscriptions/renew-your-subscription#turn-recurring-billing-off-or-on');
  });
});
