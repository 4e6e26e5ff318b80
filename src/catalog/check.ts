import { ArticleError } from './article-error';
import { type CompiledArticle, type CompileOptions, compileSource } from './compile-article';
import type { ArticleSource } from './compile-catalog';
import { formatTable, localeCell } from './summary';

/** One row of the corpus check: one article of one file, or the error that stopped a file. */
export interface CheckRow {
  readonly file: string;
  /** The article's locale, with `rtl` / `bilingual` marks; empty for a broken file. */
  readonly locale: string;
  readonly tasks: number;
  /** Steps of every task, each task counted by its longest variant. */
  readonly steps: number;
  /** Labels of those steps. */
  readonly labels: number;
  /** Includes and videos cut out (`2 include, 1 video`), empty when none. */
  readonly skipped: string;
  /** `FILE:LINE:COL: message` for a broken file, `no procedure` for a conceptual one, else empty. */
  readonly problem: string;
  readonly broken: boolean;
}

/**
 * Compiles every file on its own and describes each article it yields (a bilingual file
 * gives two rows: its translation and its English original). A file that fails is one
 * broken row with its error; an article without a procedure is not broken. Never throws
 * for bad input (ArticleError becomes a row); other errors are compiler bugs and propagate.
 */
export function checkCorpus(sources: readonly ArticleSource[], options: CompileOptions = {}): CheckRow[] {
  return sources.flatMap((source): CheckRow[] => {
    let compiled: CompiledArticle[];
    try {
      compiled = compileSource(source.text, source.file, options);
    } catch (error) {
      if (!(error instanceof ArticleError)) throw error;
      return [{ file: source.file, locale: '', tasks: 0, steps: 0, labels: 0, skipped: '', problem: error.format(), broken: true }];
    }
    return compiled.map((entry) => rowOf(entry));
  });
}

function rowOf({ article, skipped }: CompiledArticle): CheckRow {
  const longest = article.tasks.map((task) => task.variants.reduce((best, variant) => (variant.steps.length > best.steps.length ? variant : best)));
  const kinds = new Map<string, number>();
  for (const { construct } of skipped) kinds.set(construct, (kinds.get(construct) ?? 0) + 1);
  return {
    file: article.sourceFile,
    locale: localeCell(article),
    tasks: article.tasks.length,
    steps: longest.reduce((sum, variant) => sum + variant.steps.length, 0),
    labels: longest.reduce((sum, variant) => sum + variant.steps.reduce((count, step) => count + step.labels.length, 0), 0),
    skipped: [...kinds].map(([construct, count]) => `${count} ${construct}`).join(', '),
    problem: article.tasks.length === 0 ? 'no procedure (a conceptual article): no tour' : '',
    broken: false,
  };
}

/** The check as a plain-text table (FILE, LOCALE, TASKS, STEPS, LABELS, SKIPPED, PROBLEM) and a closing count. */
export function formatCheck(rows: readonly CheckRow[]): string {
  const header = ['FILE', 'LOCALE', 'TASKS', 'STEPS', 'LABELS', 'SKIPPED', 'PROBLEM'];
  const cells = rows.map((row) => [row.file, row.locale, String(row.tasks), String(row.steps), String(row.labels), row.skipped || '-', row.problem || '-']);
  const files = new Set(rows.map((row) => row.file)).size;
  const broken = rows.filter((row) => row.broken).length;
  const tours = rows.filter((row) => !row.broken && row.tasks > 0).length;
  return `${formatTable(header, cells)}\n${files} files: ${tours} articles with tours, ${broken} broken`;
}
