import type { Plugin } from 'vite';
import { buildInjectedScript } from './injected-script-bundle';
import { nativeInsteadOfPolyfills } from './native-instead-of-polyfills';

/** The checker's entry and the file name the background injects (src/background/tour-check.ts). */
const ENTRY = 'src/content/tour-check/index.ts';
export const TOUR_CHECK_OUTPUT = 'tour-check.js';

/**
 * Builds the popup's "Check this tour" checker (src/content/tour-check/index.ts) as one
 * self-contained IIFE and adds it to the extension's output as `tour-check.js`. Like the tour
 * UI (scripts/tour-ui-bundle.ts), it is injected with scripting.executeScript, only when the
 * admin asks for a check, so it must import nothing at run time (no chunks, no loader, no
 * web_accessible_resources). It is a bundle of its own, not part of the tour UI, so that a
 * check never starts a tour UI in the tab and the tour UI carries no checker.
 * @throws Error naming the entry when the nested build produces no script.
 */
export function tourCheckBundle(): Plugin {
  return {
    name: 'admin-coach:tour-check-bundle',
    apply: 'build',
    async generateBundle() {
      const code = await buildInjectedScript({ entry: ENTRY, name: 'adminCoachTourCheck', plugins: [nativeInsteadOfPolyfills] });
      this.emitFile({ type: 'asset', fileName: TOUR_CHECK_OUTPUT, source: code });
    },
  };
}
