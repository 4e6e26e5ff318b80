import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import type { StepInput } from '../src/content/resolver';
import { benchUrl, WAIT_MS } from './launch';

interface CatalogJson {
  articles: { locale: string; tasks: { id: string; variants: { cloud: string; steps: StepInput[] }[] }[] }[];
}

/** A labelled seed step and its name in the tables (`nl-NL reactivate-a-subscription worldwide #2`). */
export interface NamedStep {
  readonly name: string;
  readonly step: StepInput;
}

/** The labelled seed steps by locale, from the catalog CLI (docs/architecture.md, "Catalog CLI"). */
export function labelledSteps(): Map<string, NamedStep[]> {
  const json = execFileSync('npx', ['tsx', 'src/catalog/cli.ts', '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const catalog = JSON.parse(json) as CatalogJson;
  const byLocale = new Map<string, NamedStep[]>();
  for (const article of catalog.articles) {
    for (const task of article.tasks) {
      for (const variant of task.variants) {
        variant.steps.forEach((step, index) => {
          if (step.labels.length === 0) return;
          const list = byLocale.get(article.locale) ?? [];
          list.push({ name: `${article.locale} ${task.id.split('/').pop()} ${variant.cloud} #${index + 1}`, step });
          byLocale.set(article.locale, list);
        });
      }
    }
  }
  return byLocale;
}

/**
 * Opens Your products of the large tenant (about 22,000 elements) in `locale`, waits for its
 * late rows, and adds the page script `bundle` (a path from bundleForPage).
 */
export async function openLargeTenant(page: Page, port: number, locale: string, bundle: string): Promise<void> {
  await page.goto(benchUrl(port, `/Adminportal/Home?tenant=large&lang=${locale}#/subscriptions`), { waitUntil: 'load' });
  // The rows arrive late (the replica's shimmer); measure on the full list.
  await page.locator('[data-testid^="row-name-"]').first().waitFor({ timeout: WAIT_MS });
  await page.addScriptTag({ path: bundle });
}
