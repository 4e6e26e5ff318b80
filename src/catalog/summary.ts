import type { Catalog } from '../tour/model';

/** Shown in place of a step's labels when it names none: the overlay cannot target it. */
export const UNTARGETED = '(untargeted)';

/**
 * A plain-text table for a helpdesk author checking what an article yields (the CLI's
 * `--summary`, docs/architecture.md, "Catalog CLI"):
 * one row per task variant with the article slug, locale, task key (the id without the
 * `ms.assetid/` prefix), cloud, step count, and each step's labels (`1: Billing, Your
 * products`, labels joined by `, `) or `(untargeted)`, plus `→ #/route` when routed.
 * Columns are padded to the widest cell; the labels column is last and not padded.
 */
export function formatSummary(catalog: Catalog): string {
  const header = ['ARTICLE', 'LOCALE', 'TASK', 'CLOUD', 'STEPS', 'LABELS'];
  const rows: string[][] = [];
  for (const article of catalog.articles) {
    for (const task of article.tasks) {
      const key = task.id.startsWith(`${article.id}/`) ? task.id.slice(article.id.length + 1) : task.id;
      for (const variant of task.variants) {
        const steps = variant.steps.map((step, index) => {
          const labels = step.labels.length > 0 ? step.labels.join(', ') : UNTARGETED;
          return `${index + 1}: ${labels}${step.route ? ` → ${step.route}` : ''}`;
        });
        rows.push([article.slug, article.locale, `${key} (${task.kind})`, variant.cloud, String(variant.steps.length), steps.join(' | ')]);
      }
    }
  }
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}
