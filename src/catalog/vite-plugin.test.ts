import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { article } from './test-article';
import { catalogPlugin } from './vite-plugin';

/** A throwaway project: src/articles/<locale>/<slug>.md plus an entry importing the catalog. */
function project(articles: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'catalog-plugin-'));
  for (const [path, text] of Object.entries(articles)) {
    mkdirSync(join(root, 'src/articles', path, '..'), { recursive: true });
    writeFileSync(join(root, 'src/articles', path), text);
  }
  writeFileSync(join(root, 'entry.js'), "export { default, locales } from 'virtual:admin-coach/catalog';\n");
  return root;
}

async function bundle(root: string): Promise<string> {
  const output = await build({
    root,
    logLevel: 'silent',
    configFile: false,
    plugins: [catalogPlugin()],
    build: { write: false, lib: { entry: join(root, 'entry.js'), formats: ['es'], fileName: 'out' }, minify: false },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => ('output' in result ? result.output : []));
  const chunk = chunks.find((item) => item.type === 'chunk');
  return chunk && 'code' in chunk ? chunk.code : '';
}

describe('catalogPlugin', { timeout: 60_000 }, () => {
  it('bundles the compiled catalog and its locales as virtual:admin-coach/catalog, without the parser', async () => {
    const code = await bundle(project({ 'nl-NL/test-article.md': article('1. Kies **Opslaan**.') }));
    expect(code).not.toMatch(/micromark|remark|unified/);
    // Node's own import of the bundle (not Vite's runner): exactly what the bundle exports.
    const bundled = await import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(code)}`);
    expect(bundled.locales).toEqual(['nl-NL']);
    expect(bundled.default.articles[0].tasks[0].variants[0].steps[0]).toMatchObject({ text: 'Kies Opslaan.', labels: ['Opslaan'] });
  });

  it('fails the build with FILE:LINE:COL: message for a broken article', async () => {
    const root = project({ 'nl-NL/kapot.md': article('::: moniker range="o365-pluto"', '', '1. Een.', '', '::: moniker-end') });
    await expect(bundle(root)).rejects.toThrow(/src\/articles\/nl-NL\/kapot\.md:10:1: unknown moniker "o365-pluto"/);
  });
});
