/**
 * `npm run bench`: the performance table (README.md, "Benchmark"). Runs every figure in Debian's Chromium
 * against the replica (large tenant for the heavy ones), prints the table with budgets, and
 * writes bench/results.json.
 *
 *   tsx bench/run.ts            full run (a few minutes)
 *   tsx bench/run.ts --quick    smoke run: few repetitions, same code paths (< 1 minute)
 *   tsx bench/run.ts --out F    write the results to F instead of bench/results.json
 *   tsx bench/run.ts --only a,b  only these figures (idle, firstMark, resolution, scroll, memory, size, compile), for iterating
 *
 * Needs `npm run build` and `npm run portal:build` first; it measures dist/ as it is.
 */
import { writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { cpus } from 'node:os';
import { writeEmptyExtension } from './empty-extension';
import { measureCompile } from './figures/compile';
import { measureFirstMark } from './figures/first-mark';
import { measureIdle } from './figures/idle';
import { measureMemory } from './figures/memory';
import { measureResolution, type StepResult } from './figures/resolution';
import { measureScroll, UNTHROTTLED_FRAMES } from './figures/scroll';
import { measureSizes } from './figures/size';
import { type BenchBrowser, launchBenchChromium, requireBuilds, startBenchServer } from './launch';
import { type FigureRow, formatTable, type JudgedRow, judge } from './report';

/** Repetitions per figure. */
export interface BenchPlan {
  readonly idleLoads: number;
  readonly firstMarkRuns: number;
  readonly resolutionRepetitions: number;
  /** Labelled steps per locale in the resolution figure (Infinity: all). */
  readonly resolutionStepsPerLocale: number;
  /** Locales (replica pages) in the resolution figure (Infinity: all). */
  readonly resolutionLocales: number;
  readonly scrollRuns: number;
  readonly scrollFrames: number;
  readonly memoryRuns: number;
  /** Compilations of each article in the compile figure. */
  readonly compileRepetitions: number;
}

/** `npm run bench`. */
export const FULL: BenchPlan = {
  idleLoads: 9,
  firstMarkRuns: 9,
  resolutionRepetitions: 9,
  resolutionStepsPerLocale: Number.POSITIVE_INFINITY,
  resolutionLocales: Number.POSITIVE_INFINITY,
  scrollRuns: 6,
  scrollFrames: 150,
  memoryRuns: 3,
  compileRepetitions: 5,
};
/** `--quick`: the smoke run. */
export const QUICK: BenchPlan = {
  idleLoads: 1,
  firstMarkRuns: 1,
  resolutionRepetitions: 1,
  resolutionStepsPerLocale: 2,
  resolutionLocales: 1,
  scrollRuns: 1,
  scrollFrames: 30,
  memoryRuns: 1,
  compileRepetitions: 1,
};

/** What results.json holds. */
export interface BenchResults {
  readonly date: string;
  readonly quick: boolean;
  readonly environment: { readonly chromium: string; readonly node: string; readonly cpus: number };
  readonly rows: readonly JudgedRow[];
  /** Figure 3 per step. */
  readonly resolutionSteps: readonly StepResult[];
}

async function withBrowser<T>(port: number, options: Parameters<typeof launchBenchChromium>[1], use: (browser: BenchBrowser) => Promise<T>): Promise<T> {
  const browser = await launchBenchChromium(port, options);
  try {
    return await use(browser);
  } finally {
    await browser.close();
  }
}

/**
 * Runs `use` with two browsers at once: one with the extension, and the baseline, one with
 * an extension whose content script is empty (./empty-extension.ts), removed afterwards.
 */
async function withBaseline(port: number, use: (browser: BenchBrowser, baseline: BenchBrowser) => Promise<void>): Promise<void> {
  const emptyExtension = writeEmptyExtension();
  try {
    await withBrowser(port, {}, (browser) => withBrowser(port, { extensionDir: emptyExtension }, (baseline) => use(browser, baseline)));
  } finally {
    await rm(emptyExtension, { recursive: true, force: true });
  }
}

/** Runs every figure (QUICK or FULL repetitions) and returns the judged rows. */
export async function runBench(quick: boolean, only: readonly string[] = []): Promise<BenchResults> {
  requireBuilds();
  const wanted = (figure: string) => only.length === 0 || only.includes(figure);
  const plan = quick ? QUICK : FULL;
  const server = await startBenchServer();
  try {
    const rows: FigureRow[] = [];
    let chromium = '';
    if (wanted('idle')) {
      await withBaseline(server.port, async (browser, baseline) => {
        chromium = browser.context.browser()?.version() ?? '';
        rows.push(...(await measureIdle(browser, baseline, server.port, plan.idleLoads)));
      });
    }
    if (wanted('firstMark')) {
      await withBaseline(server.port, async (browser, baseline) => {
        chromium = browser.context.browser()?.version() ?? '';
        rows.push(...(await measureFirstMark(browser, baseline, server.port, plan.firstMarkRuns)));
      });
    }
    let resolutionSteps: StepResult[] = [];
    if (wanted('resolution')) {
      const resolution = await withBrowser(server.port, { withExtension: false, bypassCSP: true }, (browser) =>
        measureResolution(browser, server.port, plan.resolutionRepetitions, plan.resolutionStepsPerLocale, plan.resolutionLocales),
      );
      rows.push(...resolution.rows);
      resolutionSteps = resolution.steps;
    }
    if (wanted('scroll')) {
      rows.push(
        ...(await withBrowser(server.port, { extraArgs: UNTHROTTLED_FRAMES, bypassCSP: true }, (browser) => measureScroll(browser, server.port, plan.scrollRuns, plan.scrollFrames))),
      );
    }
    if (wanted('memory')) rows.push(...(await withBrowser(server.port, {}, (browser) => measureMemory(browser, server.port, plan.memoryRuns))));
    if (wanted('size')) rows.push(...(await measureSizes()));
    if (wanted('compile')) rows.push(...measureCompile(plan.compileRepetitions));
    return {
      date: new Date().toISOString(),
      quick,
      environment: { chromium, node: process.version, cpus: cpus().length },
      rows: rows.map(judge),
      resolutionSteps,
    };
  } finally {
    await server.close();
  }
}

if (process.argv[1]?.endsWith('run.ts')) {
  const quick = process.argv.includes('--quick');
  const outIndex = process.argv.indexOf('--out');
  const out = outIndex > 0 ? (process.argv[outIndex + 1] as string) : 'bench/results.json';
  const onlyIndex = process.argv.indexOf('--only');
  const only = onlyIndex > 0 ? (process.argv[onlyIndex + 1] ?? '').split(',') : [];
  const results = await runBench(quick, only);
  console.log(formatTable(results.rows));
  const unmet = results.rows.filter((row) => row.met === false).map((row) => row.id);
  console.log(`\n${results.environment.chromium}, ${results.environment.cpus} CPUs${quick ? ', quick mode' : ''}; budgets not met: ${unmet.join(', ') || 'none'}`);
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`wrote ${out}`);
}
