/**
 * Figure 7, the catalog compiler's time per article, in Node (it runs at build time, never in
 * the browser): every file under src/articles/ (the seeds and their bilingual revisions), and
 * inputs built to be hard for a markdown parser, so that "never hangs" is a measured figure and
 * not a timed test: a long article (a seed's procedure repeated 200 times), 5,000 adjacent
 * bold runs (`**a****b**…`), 2,000 nested quote-and-list levels, and 20,000 unclosed `**`.
 * Each input is compiled `repetitions` times; a failure with FILE:LINE:COL (ArticleError) is a
 * valid outcome, any other error fails the bench.
 */
import { readFileSync } from 'node:fs';
import { ArticleError, compileSource, findArticleFiles } from '../../src/catalog';
import { repoPath } from '../launch';
import type { FigureRow } from '../report';
import { summarise } from '../stats';

/** The hard inputs, as `[name, markdown]`. */
function hardInputs(seed: string): [string, string][] {
  const procedure = seed.slice(seed.indexOf('\n1. '));
  return [
    ['long', `${seed}\n${procedure.repeat(200)}`],
    ['adjacent-bold', `# Bold\n\n1. Select ${'**a**'.repeat(5000)}.\n`],
    ['nested', `# Nested\n\n${Array.from({ length: 2000 }, (_, depth) => `${'> '.repeat(depth % 50)}1. step ${depth}`).join('\n')}\n`],
    ['unclosed', `# Unclosed\n\n1. ${'**'.repeat(20_000)}\n`],
  ];
}

/** Milliseconds to compile `text` once; rethrows anything but an ArticleError. */
function timeOnce(text: string, file: string): number {
  const start = performance.now();
  try {
    compileSource(text, file);
  } catch (error) {
    if (!(error instanceof ArticleError)) throw error;
  }
  return performance.now() - start;
}

/** Runs figure 7: the median and the worst over the published articles, and the worst of the hard inputs. */
export function measureCompile(repetitions: number): FigureRow[] {
  const files = findArticleFiles(repoPath('src/articles')).map((path) => ({ file: path, text: readFileSync(path, 'utf8') }));
  const published: number[] = [];
  for (let round = 0; round < repetitions; round++) for (const { file, text } of files) published.push(timeOnce(text, file));
  const seed = files.find(({ file }) => file.endsWith('reactivate-your-subscription.md'))?.text ?? '';
  const hard = hardInputs(seed).flatMap(([name, text]) => Array.from({ length: repetitions }, () => timeOnce(text, `bench/${name}.md`)));
  return [
    {
      id: 'compile.published',
      figure: `Catalog: compile one published article (${files.length} files)`,
      unit: 'ms',
      summary: summarise(published),
      spread: 'range',
      budget: { max: 500, on: 'p95', text: 'p95 < 500 ms' },
    },
    {
      id: 'compile.hard',
      figure: 'Catalog: compile one hard input (long, 5,000 bold runs, 2,000 levels, 20,000 **)',
      unit: 'ms',
      summary: summarise(hard),
      spread: 'range',
      budget: { max: 5000, on: 'p95', text: 'p95 < 5 s' },
    },
  ];
}
