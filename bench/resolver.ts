/**
 * Resolver-only micro-benchmark (not part of `npm run bench`): every labelled seed step on the
 * large tenant's Your products page in each locale, `resolveStep` timed warm and cold (see
 * page/resolver-entry.ts), and each step's target written to a file so that two runs can be
 * diffed: a speed-up must not move any target.
 *
 *   npx tsx bench/resolver.ts [--reps N] [--out targets.txt]
 *
 * Needs `npm run portal:build` first.
 */
import { writeFileSync } from 'node:fs';
import { bundleForPage } from './bundle';
import { launchBenchChromium, startBenchServer } from './launch';
import type { ResolverTiming } from './page/resolver-entry';
import { labelledSteps, openLargeTenant } from './seed-steps';
import { quantile } from './stats';

const arg = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(name);
  return at > 0 ? (process.argv[at + 1] as string) : fallback;
};
const repetitions = Number(arg('--reps', '7'));
const out = arg('--out', 'bench/.cache/resolver-targets.txt');

const byLocale = labelledSteps();

const bundle = await bundleForPage('bench/page/resolver-entry.ts', 'benchResolver');
const server = await startBenchServer();
const browser = await launchBenchChromium(server.port, { withExtension: false, bypassCSP: true });
const warm: number[] = [];
const cold: number[] = [];
const churn: number[] = [];
const lines: string[] = [];
try {
  for (const [locale, steps] of byLocale) {
    const page = await browser.newPage();
    await openLargeTenant(page, server.port, locale, bundle);
    const timings = await page.evaluate(
      ({ steps, repetitions }) =>
        (window as unknown as { __benchResolver: { run(s: unknown, r: number, route: string): (ResolverTiming | null)[] } }).__benchResolver.run(
          steps,
          repetitions,
          '#/subscriptions',
        ),
      { steps: steps.map((entry) => entry.step), repetitions },
    );
    timings.forEach((timing, index) => {
      if (!timing) return;
      warm.push(...timing.warmMs);
      cold.push(...timing.coldMs);
      churn.push(...timing.churnMs);
      const name = (steps[index] as { name: string }).name;
      lines.push(`${name}\t${timing.target}`);
      console.log(`${name.padEnd(50)} cold ${quantile(timing.coldMs, 0.5).toFixed(2).padStart(6)} ms  warm ${quantile(timing.warmMs, 0.5).toFixed(2).padStart(6)} ms  churn ${quantile(timing.churnMs, 0.5).toFixed(2).padStart(6)} ms`);
    });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const fmt = (values: number[]): string => `median ${quantile(values, 0.5).toFixed(2)} ms, p95 ${quantile(values, 0.95).toFixed(2)} ms`;
console.log(`\n${lines.length} steps × ${repetitions}\ncold: ${fmt(cold)}\nwarm: ${fmt(warm)}\nchurn: ${fmt(churn)}`);
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`targets written to ${out}`);
