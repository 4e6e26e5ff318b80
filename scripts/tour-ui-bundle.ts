import type { Plugin } from 'vite';
import { buildInjectedScript } from './injected-script-bundle';
import { nativeInsteadOfPolyfills } from './native-instead-of-polyfills';

/** The tour UI's entry and the file name the background injects (src/background/inject.ts). */
const ENTRY = 'src/content/tour-ui/index.tsx';
const OUTPUT = 'tour-ui.js';

/**
 * The tour UI calls Floating UI's `autoUpdate` without its `animationFrame` option
 * (src/content/tour-ui/position.ts), so the option is always its default, false. Fixing it
 * to false at build time lets the minifier drop what only that option uses: the per-frame
 * loop and the scaled, frame-crossing `getBoundingClientRect` behind it (about 0.6 kB gzip).
 * The same `autoUpdate` otherwise, the same behaviour. The build fails if @floating-ui/dom's
 * source no longer reads as expected, so an update of the library cannot slip past unseen.
 */
const AUTO_UPDATE_OPTION = 'animationFrame = false\n  } = options;';
const autoUpdateWithoutFrameLoop: Plugin = {
  name: 'admin-coach:auto-update-without-frame-loop',
  transform(code, id) {
    if (!id.includes('/@floating-ui/dom/dist/')) return null;
    if (code.split(AUTO_UPDATE_OPTION).length !== 2) throw new Error(`${id}: autoUpdate's options no longer read \`${AUTO_UPDATE_OPTION}\`; see scripts/tour-ui-bundle.ts`);
    return code.replace(AUTO_UPDATE_OPTION, '} = options;\n  const animationFrame = false;');
  },
};

/**
 * The overlay's stylesheet (src/content/tour-ui/styles.ts) is kept readable in the source and
 * shipped without the whitespace around its punctuation and the line breaks.
 */
const compactOverlayCss: Plugin = {
  name: 'admin-coach:compact-overlay-css',
  transform(code, id) {
    if (!id.endsWith('src/content/tour-ui/styles.ts')) return null;
    if (!code.includes('OVERLAY_CSS = `')) throw new Error(`${id}: no OVERLAY_CSS template to compact; see scripts/tour-ui-bundle.ts`);
    return code.replace(/OVERLAY_CSS = `([^`]*)`/, (_whole, css: string) => `OVERLAY_CSS = \`${css.replace(/\s+/g, ' ').replace(/\s*([{};,>])\s*/g, '$1').replace(/:\s+/g, ':').replace(/;}/g, '}').trim()}\``);
  },
};

/**
 * Builds the tour UI as one self-contained IIFE and adds it to the extension's output as
 * `tour-ui.js`. It is injected with scripting.executeScript only while a tour runs, so it
 * must import nothing at run time (no chunks, no loader, no web_accessible_resources);
 * crxjs's own IIFE path builds without the project's plugins, hence this nested build.
 */
export function tourUiBundle(): Plugin {
  return {
    name: 'admin-coach:tour-ui-bundle',
    apply: 'build',
    async generateBundle() {
      const code = await buildInjectedScript({ entry: ENTRY, name: 'adminCoachTourUi', plugins: [nativeInsteadOfPolyfills, autoUpdateWithoutFrameLoop, compactOverlayCss], jsx: true });
      this.emitFile({ type: 'asset', fileName: OUTPUT, source: code });
    },
  };
}
