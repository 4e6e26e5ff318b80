import { crx, type CrxPlugin, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { catalogPlugin } from './src/catalog/vite-plugin.ts';
import { manifestFor, type BuildTarget } from './scripts/manifest-for.ts';
import { resumeScriptBundle } from './scripts/resume-script-bundle.ts';
import { tourCheckBundle } from './scripts/tour-check-bundle.ts';
import { tourUiBundle } from './scripts/tour-ui-bundle.ts';

/**
 * One source, two builds (DESIGN.md): `ADMIN_COACH_TARGET=chrome` (Chrome, Edge) writes
 * `dist/chrome`, `ADMIN_COACH_TARGET=firefox` writes `dist/firefox`. `npm run build` runs
 * both (scripts/build.ts).
 */
const target = (process.env.ADMIN_COACH_TARGET ?? 'chrome') as BuildTarget;
if (target !== 'chrome' && target !== 'firefox') {
  throw new Error(`ADMIN_COACH_TARGET must be "chrome" or "firefox", not "${target}"`);
}

/**
 * crxjs lists module content scripts and dynamic scripts in `web_accessible_resources`, which
 * lets any page probe for the extension. Ours need none: the always-injected script is a
 * standalone IIFE and the tour UI is injected with scripting.executeScript, which reads
 * extension files directly. So the production manifest drops the key.
 */
const noWebAccessibleResources: CrxPlugin = {
  name: 'admin-coach:no-web-accessible-resources',
  renderCrxManifest(manifest) {
    delete manifest.web_accessible_resources;
    return manifest;
  },
};

export default defineConfig(({ command }) => ({
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    modulePreload: false,
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  plugins: [
    catalogPlugin(),
    crx({
      manifest: manifestFor(baseManifest, target) as unknown as ManifestV3Export,
      browser: target,
      contentScripts: { standaloneFiles: ['src/content/detect.ts'] },
      liveReload: command === 'serve',
    }),
    command === 'build' ? noWebAccessibleResources : null,
    tourUiBundle(),
    tourCheckBundle(),
    resumeScriptBundle(),
  ],
}));
