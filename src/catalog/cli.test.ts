import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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

describe('the catalog CLI on a helpdesk corpus', { timeout: 60_000 }, () => {
  /** A folder of articles written as helpdesks find them: no front matter, no anchors, translations in locale folders. */
  function corpus(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'catalog-corpus-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }
  const procedure = '# Assign licenses\n\n## Assign a license\n\n1. Go to **Users** > **Active users**.\n2. Select **Licenses and apps**.\n';
  const concept = '# About licenses\n\nLicenses give people access to services.\n\n- One license per person.\n';

  it('--check prints a row per article and exits 0 when none is broken, a conceptual one included', () => {
    const dir = corpus({ 'assign.md': procedure, 'ru-RU/about.md': concept, 'he-IL/assign.md': procedure.replace('Assign licenses', 'הקצאת רשיונות') });
    const { status, stdout } = catalogCli('--check', dir);
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^FILE\s+LOCALE\s+TASKS\s+STEPS\s+LABELS\s+SKIPPED\s+PROBLEM$/);
    expect(lines.find((line) => line.includes('/assign.md') && !line.includes('he-IL'))).toMatch(/\sen-US\s+1\s+2\s+3\s+-\s+-$/);
    expect(lines.find((line) => line.includes('he-IL/assign.md'))).toMatch(/\she-IL rtl\s+1\s+2\s+3\s/);
    expect(lines.find((line) => line.includes('ru-RU/about.md'))).toMatch(/\sru-RU\s+0\s+0\s+0\s+-\s+no procedure \(a conceptual article\): no tour$/);
    expect(lines.at(-1)).toBe('3 files: 2 articles with tours, 0 broken');
  });

  it('--check exits 1 when an article is broken and names it FILE:LINE:COL', () => {
    const dir = corpus({ 'ok.md': procedure, 'nl-NL/broken.md': `${procedure}\n::: moniker range="o365-worldwide"\n\n1. Een.\n` });
    const { status, stdout } = catalogCli('--check', dir);
    expect(status).toBe(1);
    expect(stdout).toMatch(/nl-NL\/broken\.md:8:1: unclosed moniker range: no `::: moniker-end` after it/);
    expect(stdout.trim().split('\n').at(-1)).toBe('2 files: 1 articles with tours, 1 broken');
  });

  it('a conceptual article: no tour, a note on stderr, exit 0; --locale names the locale of an article in no locale folder', () => {
    const dir = corpus({ 'about.md': concept, 'assign.md': procedure });
    const { status, stdout, stderr } = catalogCli('--json', '--locale', 'nb-NO', join(dir, 'about.md'), join(dir, 'assign.md'));
    expect(status).toBe(0);
    expect(stderr).toMatch(/about\.md:1:1: note: no procedure \(a conceptual article\): no tour/);
    const catalog = parseCatalog(JSON.parse(stdout));
    expect(catalog.articles.map((entry) => [entry.slug, entry.locale, entry.tasks.length])).toEqual([
      ['about', 'nb-NO', 0],
      ['assign', 'nb-NO', 1],
    ]);
  });

  it('--summary marks right-to-left and bilingual articles', () => {
    const dir = corpus({ 'ar-SA/assign.md': procedure });
    const { stdout } = catalogCli('--summary', join(dir, 'ar-SA/assign.md'), 'src/articles/nl-NL/reactivate-your-subscription.sxs.md');
    expect(stdout).toMatch(/^assign\s+ar-SA rtl\s+1 \(steps\)/m);
    expect(stdout).toMatch(/^reactivate-your-subscription\s+nl-NL bilingual\s+/m);
    expect(stdout).toMatch(/^reactivate-your-subscription\s+en-US bilingual\s+reactivate-a-subscription \(steps\)\s+worldwide\s+4\s+1: Billing, Your products → #\/subscriptions/m);
  });

  it('--locale must be a locale', () => {
    const { status, stderr } = catalogCli('--locale', 'dutch!');
    expect(status).toBe(2);
    expect(stderr).toContain('--locale needs a BCP 47 locale');
  });
});
