/**
 * The bench's rows, their budgets and the printed table.
 */
import type { Summary } from './stats';

/** A budget on one statistic of a row: below `max` and/or at least `min`. */
export interface Budget {
  readonly max?: number;
  readonly min?: number;
  /** Which statistic the budget is on; default the median. */
  readonly on?: 'median' | 'p95';
  /** How the table prints it, e.g. `< 4 ms`. */
  readonly text: string;
}

/** One line of the table. */
export interface FigureRow {
  /** Stable key in results.json, e.g. `resolution.resolver`. */
  readonly id: string;
  /** What the line measures, as printed. */
  readonly figure: string;
  /** Unit of every number of the summary: milliseconds, bytes, a count, or a ratio (×). */
  readonly unit: 'ms' | 'bytes' | 'count' | 'x' | 'px';
  readonly summary: Summary;
  /** Which spread the table prints: quartiles (p25–p75) or the range (min–max). */
  readonly spread: 'iqr' | 'range';
  readonly budget: Budget | null;
}

/** A row with its verdict, as written to results.json. */
export interface JudgedRow extends FigureRow {
  /** Whether the budget is met; null when the row has no budget. */
  readonly met: boolean | null;
}

/** Applies each row's budget to the statistic it is on. */
export function judge(row: FigureRow): JudgedRow {
  if (!row.budget) return { ...row, met: null };
  const value = row.summary[row.budget.on ?? 'median'];
  const met = Number.isFinite(value) && (row.budget.max === undefined || value < row.budget.max) && (row.budget.min === undefined || value >= row.budget.min);
  return { ...row, met };
}

function format(value: number, unit: FigureRow['unit']): string {
  if (!Number.isFinite(value)) return 'n/a';
  switch (unit) {
    case 'ms':
      return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
    case 'bytes':
      return `${Math.round(value).toLocaleString('en-US')} B`;
    case 'x':
      return `${value.toFixed(1)}×`;
    case 'px':
      return `${Math.round(value)} px`;
    default:
      return String(Math.round(value * 100) / 100);
  }
}

/** The table as Markdown (it goes into the README as printed). */
export function formatTable(rows: readonly JudgedRow[]): string {
  const lines = [
    ['figure', 'median', 'spread', 'budget', 'met?'],
    ...rows.map((row) => {
      const { summary, unit } = row;
      const spread =
        row.spread === 'iqr'
          ? `${format(summary.p25, unit)} – ${format(summary.p75, unit)} (p25–p75)`
          : `${format(summary.min, unit)} – ${format(summary.max, unit)} (min–max)`;
      const budget = row.budget ? `${row.budget.text}${row.budget.on === 'p95' ? ` (p95 = ${format(summary.p95, unit)})` : ''}` : '';
      const met = row.met === null ? '' : row.met ? 'yes' : '**no**';
      return [row.figure, format(summary.median, unit), spread, budget, met];
    }),
  ];
  const widths = (lines[0] as string[]).map((_, column) => Math.max(...lines.map((line) => (line[column] as string).length)));
  const render = (line: readonly string[]) => `| ${line.map((cell, column) => cell.padEnd(widths[column] as number)).join(' | ')} |`;
  return [render(lines[0] as string[]), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...lines.slice(1).map(render)].join('\n');
}
