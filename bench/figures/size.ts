/**
 * Figure 5, the tour UI's size beside two tour libraries, gzip (zlib level 9), all read in the
 * same run: dist/chrome/tour-ui.js (everything a running tour injects: Preact, Floating UI,
 * the resolver, the overlay and its CSS, which is inside the bundle; its words come with the
 * view) against
 * Shepherd.js and driver.js, each its shipped browser JS plus its CSS from node_modules.
 * Shepherd ships its ES module unminified, so it is also shown minified by Vite (rolldown),
 * which is what an extension bundling it would pay.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { CHROME_BUILD, repoPath } from '../launch';
import type { FigureRow } from '../report';
import { summarise } from '../stats';
import { gzipSize } from './idle';

const read = (...paths: string[]) => Buffer.concat(paths.map((path) => readFileSync(repoPath(path))));

/** Shepherd.js minified by Vite into an IIFE (global `Shepherd`, its tour class as `Shepherd.default`), cached in bench/.cache. */
export async function minifiedShepherd(): Promise<Buffer> {
  const outDir = repoPath('bench/.cache');
  await build({
    configFile: false,
    // Rolldown warns that Shepherd mixes default and named exports; irrelevant for a size.
    logLevel: 'error',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: false,
      minify: true,
      lib: { entry: repoPath('node_modules/shepherd.js/dist/js/shepherd.mjs'), formats: ['iife'], name: 'Shepherd', fileName: () => 'shepherd.min.iife.js' },
    },
  });
  return readFileSync(join(outDir, 'shepherd.min.iife.js'));
}

/** Runs figure 5. */
export async function measureSizes(): Promise<FigureRow[]> {
  const tourUi = readFileSync(join(CHROME_BUILD, 'tour-ui.js'));
  const shepherdCss = read('node_modules/shepherd.js/dist/css/shepherd.css');
  const entries: [string, string, Buffer][] = [
    ['size.tourUi', 'Tour UI: dist/chrome/tour-ui.js', tourUi],
    ['size.shepherd', 'Shepherd.js: shepherd.mjs + shepherd.css (as shipped)', Buffer.concat([read('node_modules/shepherd.js/dist/js/shepherd.mjs'), shepherdCss])],
    ['size.shepherdMin', 'Shepherd.js: minified + shepherd.css', Buffer.concat([await minifiedShepherd(), shepherdCss])],
    ['size.driver', 'driver.js: driver.js.iife.js + driver.css', read('node_modules/driver.js/dist/driver.js.iife.js', 'node_modules/driver.js/dist/driver.css')],
  ];
  return entries.map(([id, figure, bytes]) => ({
    id,
    figure: `${figure} gzip`,
    unit: 'bytes',
    summary: summarise([gzipSize(bytes)]),
    spread: 'range',
    budget: id === 'size.tourUi' ? { max: 30_001, text: '≤ 30 kB' } : null,
  }));
}
