import type { Article, Catalog } from '../tour/model';

/** Shown in place of a step's labels when it names none: the overlay cannot target it. */
export const UNTARGETED = '(untargeted)';

/**
 * A plain-text table for a helpdesk author checking what an article yields: one row per
 * task variant with the article slug, locale (marked `rtl` for a right-to-left language and
 * `bilingual` when compiled from a bilingual revision), task key (the id without the
 * `<slug>/` prefix, `(title)` for the title section's), kind, cloud, step count, and each
 * step's labels (`1: Billing, Your products`, labels joined by `, `) or `(untargeted)`, plus
 * `→ #/route` when routed.
 */
export function formatSummary(catalog: Catalog): string {
  const header = ['ARTICLE', 'LOCALE', 'TASK', 'CLOUD', 'STEPS', 'LABELS'];
  const rows: string[][] = [];
  for (const article of catalog.articles) {
    for (const task of article.tasks) {
      const key = task.id === article.id ? '(title)' : task.id.startsWith(`${article.id}/`) ? task.id.slice(article.id.length + 1) : task.id;
      for (const variant of task.variants) {
        const steps = variant.steps.map((step, index) => {
          const labels = step.labels.length > 0 ? step.labels.join(', ') : UNTARGETED;
          return `${index + 1}: ${labels}${step.route ? ` → ${step.route}` : ''}`;
        });
        rows.push([article.slug, localeCell(article), `${key} (${task.kind})`, variant.cloud, String(variant.steps.length), steps.join(' | ')]);
      }
    }
  }
  return formatTable(header, rows);
}

/** Columns padded to the widest cell, two spaces apart; the last column is not padded. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

/** The locale as the tables show it: `ar-SA rtl`, `en-US bilingual`. */
export function localeCell(article: Pick<Article, 'locale' | 'dir' | 'bilingual'>): string {
  return [article.locale, article.dir === 'rtl' ? 'rtl' : '', article.bilingual ? 'bilingual' : ''].filter((part) => part !== '').join(' ');
}
