/**
 * Figure 3, target resolution on the large tenant's Your products page (~22,000 nodes), per
 * step of the seed tours that names at least one label (the others have nothing for
 * testing-library to query): our `resolveStep` against @testing-library/dom's
 * `queryAllByRole(role, { name })` with exact names, for the same labels in the same page,
 * each in the replica's UI language of the step's locale. Both run in one bundle injected with
 * `addScriptTag` (../page/resolution-entry.ts), timed with performance.now() in the page.
 *
 * Steps whose plan is empty on this page (a breadcrumb to the route already open) are left
 * out: the tour never resolves them.
 *
 * testing-library is given the role of the element our resolver picked (else `button`): it
 * cannot guess one, so it is handed the answer's role, which only helps it. Agreement: where
 * testing-library finds an element for the label the resolver answered, the resolver's
 * target must be one of them.
 */
import { bundleForPage } from '../bundle';
import type { BenchBrowser } from '../launch';
import type { StepTiming } from '../page/resolution-entry';
import type { FigureRow } from '../report';
import { labelledSteps, openLargeTenant } from '../seed-steps';
import { quantile, summarise } from '../stats';

/** Per-step details written to results.json. */
export interface StepResult extends StepTiming {
  readonly name: string;
}

/**
 * Runs figure 3 in `browser` (no extension, CSP bypassed for the script tag).
 * `stepsPerLocale` and `locales` limit the steps for the quick mode (Infinity: all).
 */
export async function measureResolution(
  browser: BenchBrowser,
  port: number,
  repetitions: number,
  stepsPerLocale = Number.POSITIVE_INFINITY,
  locales = Number.POSITIVE_INFINITY,
): Promise<{ rows: FigureRow[]; steps: StepResult[] }> {
  const bundle = await bundleForPage('bench/page/resolution-entry.ts', 'benchResolution');
  const results: StepResult[] = [];
  for (const [locale, steps] of [...labelledSteps()].slice(0, locales)) {
    const chosen = steps.slice(0, stepsPerLocale);
    const page = await browser.newPage();
    try {
      await openLargeTenant(page, port, locale, bundle);
      const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
      if (nodes < 20_000) throw new Error(`The large tenant page has only ${nodes} elements`);
      const timings = await page.evaluate(
        ({ steps, repetitions }) =>
          (window as unknown as { __benchResolution: { run(s: unknown, r: number, route: string): (StepTiming | null)[] } }).__benchResolution.run(
            steps,
            repetitions,
            '#/subscriptions',
          ),
        { steps: chosen.map((entry) => entry.step), repetitions },
      );
      timings.forEach((timing, index) => {
        if (timing) results.push({ name: (chosen[index] as { name: string }).name, ...timing });
      });
    } finally {
      await page.close();
    }
  }
  const resolver = results.flatMap((result) => result.resolverMs);
  const library = results.flatMap((result) => result.libraryMs);
  // Per step: how many times faster, from each step's medians.
  const speedups = results.map((result) => quantile(result.libraryMs, 0.5) / quantile(result.resolverMs, 0.5));
  const compared = results.filter((result) => result.agree !== null);
  const agreed = compared.filter((result) => result.agree).length;
  const rows: FigureRow[] = [
    {
      id: 'resolution.resolverMs',
      figure: `Resolve a step, our resolver (${results.length} steps × ${repetitions})`,
      unit: 'ms',
      summary: summarise(resolver),
      spread: 'iqr',
      budget: { max: 4, text: '< 4 ms' },
    },
    {
      id: 'resolution.resolverP95Ms',
      figure: '  same, p95',
      unit: 'ms',
      summary: { ...summarise(resolver), median: quantile(resolver, 0.95) },
      spread: 'range',
      budget: { max: 16, text: '< 16 ms' },
    },
    {
      id: 'resolution.libraryMs',
      figure: 'Same labels, testing-library queryAllByRole',
      unit: 'ms',
      summary: summarise(library),
      spread: 'iqr',
      budget: null,
    },
    {
      id: 'resolution.speedup',
      figure: 'Speed-up over testing-library (per step)',
      unit: 'x',
      summary: summarise(speedups),
      spread: 'range',
      budget: { min: 3, text: '≥ 3×' },
    },
    {
      id: 'resolution.disagreements',
      figure: `Steps where testing-library finds other elements (of ${compared.length} where it finds any)`,
      unit: 'count',
      summary: summarise([compared.length - agreed]),
      spread: 'range',
      budget: { max: 1, text: '0' },
    },
  ];
  return { rows, steps: results };
}
