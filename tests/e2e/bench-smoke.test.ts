import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BenchResults } from '../../bench/run';

/**
 * The benchmark's smoke run (README.md, "Benchmark"): `bench/run.ts --quick` as a separate
 * process, the way `npm run bench` runs it, writing to a temporary file so bench/results.json
 * keeps the last full run. It checks that every figure is there and numeric, not that budgets are
 * met: the bench reports budgets, tests do not time things.
 */
const EXPECTED = [
  'idle.rawBytes',
  'idle.gzipBytes',
  'idle.mainThreadMs',
  'idle.emptyMainThreadMs',
  'idle.addedMainThreadMs',
  'idle.watchers',
  'idle.messageListeners',
  'firstMark.onPage',
  'firstMark.onPage.pageAlone',
  'firstMark.onPage.added',
  'firstMark.fromNavigation',
  'firstMark.hop.contentSent',
  'firstMark.hop.backgroundReceived',
  'firstMark.hop.backgroundReplied',
  'firstMark.hop.contentReceived',
  'firstMark.hop.tourUiStarted',
  'firstMark.hop.bodyReady',
  'firstMark.hop.firstMarkRendered',
  'firstMark.hop.probe.host',
  'firstMark.hop.probe.ready',
  'firstMark.hop.probe.painted',
  'firstMark.appearsLater',
  'firstMark.appearsLater.pageAlone',
  'firstMark.appearsLater.added',
  'resolution.resolverMs',
  'resolution.resolverP95Ms',
  'resolution.libraryMs',
  'resolution.speedup',
  'resolution.disagreements',
  'scroll.withoutP50',
  'scroll.withP50',
  'scroll.withoutP95',
  'scroll.withP95',
  'scroll.addedP50',
  'scroll.addedP95',
  'scroll.inViewAddedP50',
  'scroll.inViewShepherdAddedP50',
  'scroll.shepherdAddedP50',
  'scroll.driverAddedP50',
  'scroll.oursDrift',
  'scroll.shepherdDrift',
  'scroll.driverDrift',
  'scroll.versusBestLibrary',
  'scroll.versusFollowingLibrary',
  'memory.tourAdds',
  'memory.afterClose',
  'memory.detachedNodes',
  'size.tourUi',
  'size.shepherd',
  'size.shepherdMin',
  'size.driver',
  'compile.published',
  'compile.hard',
];

describe('npm run bench -- --quick', () => {
  it('prints and writes every figure with a numeric median and a verdict where it has a budget', () => {
    const dir = mkdtempSync(join(tmpdir(), 'admin-coach-bench-'));
    try {
      const out = join(dir, 'results.json');
      const run = spawnSync('npx', ['tsx', 'bench/run.ts', '--quick', '--out', out], { encoding: 'utf8', timeout: 540_000 });
      expect(run.status, run.stderr).toBe(0);
      const results = JSON.parse(readFileSync(out, 'utf8')) as BenchResults;
      expect(results.rows.map((row) => row.id)).toEqual(EXPECTED);
      for (const row of results.rows) {
        expect(Number.isFinite(row.summary.median), row.id).toBe(true);
        expect(row.met === null, row.id).toBe(row.budget === null);
        expect(run.stdout).toContain(row.figure);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
