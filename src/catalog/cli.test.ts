import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../tour/catalog-schema';
import { article } from './test-article';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');

/** Runs the CLI as `npm run catalog` does (tsx src/catalog/cli.ts) from the project root. */
function catalogCli(...args: string[]) {
  const result = spawnSync(tsx, ['src/catalog/cli.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the catalog CLI', { timeout: 60_000 }, () => {
  it('prints every article as schema-valid JSON with the contract fields', () => {
    const { status, stdout } = catalogCli('--json');
    expect(status).toBe(0);
    const catalog = parseCatalog(JSON.parse(stdout));
    expect(catalog.articles).toHaveLength(7);
    const nb = catalog.articles.find((candidate) => candidate.locale === 'nb-NO');
    const step = nb?.tasks[1]?.variants[0]?.steps[0];
    expect(step).toMatchObject({ labels: ['Fakturering', 'abonnementer'], route: '#/subscriptions' });
    expect(step?.text).toMatch(/^Gå til Abonnementer-siden/);
  });

  it('compiles only the files given', () => {
    const { status, stdout } = catalogCli('src/articles/lv-LV/activate-or-reactivate-a-subscription.md');
    expect(status).toBe(0);
    expect(JSON.parse(stdout).articles.map((candidate: { locale: string }) => candidate.locale)).toEqual(['lv-LV']);
  });

  it('--summary prints a table with cloud, step count, labels and untargeted steps', () => {
    const { status, stdout } = catalogCli('--summary', 'src/articles/nl-NL/reactivate-your-subscription.md');
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^ARTICLE\s+LOCALE\s+TASK\s+CLOUD\s+STEPS\s+LABELS$/);
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^reactivate-your-subscription\s+nl-NL\s+reactivate-a-subscription \(steps\)\s+worldwide\s+4\s+1: Facturering, Mijn producten → #\/subscriptions \|/);
    expect(lines[2]).toMatch(/germany\s+3\s+.*3: \(untargeted\)$/);
  });

  it('a broken article: FILE:LINE:COL: message on stderr, non-zero exit, nothing on stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalog-cli-'));
    const file = join(dir, 'broken.md');
    writeFileSync(file, article('::: moniker range="o365-worldwide"', '', '1. Een.'));
    const { status, stdout, stderr } = catalogCli('--json', file);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim()).toMatch(/broken\.md:10:1: unclosed moniker range: no `::: moniker-end` after it$/);
  });

  it('an unknown option is a usage error', () => {
    const { status, stderr } = catalogCli('--yaml');
    expect(status).toBe(2);
    expect(stderr).toContain('unknown option --yaml');
  });
});
