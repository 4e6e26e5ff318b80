import type { Plugin } from 'vite';
import { buildInjectedScript } from './injected-script-bundle';

/** The resume script's entry and its file in the build (RESUME_SCRIPT_FILE, src/background/resume-registration.ts). */
const ENTRY = 'src/content/resume.ts';
export const RESUME_SCRIPT_OUTPUT = 'resume.js';

/**
 * Builds the resume content script (src/content/resume.ts) as one self-contained IIFE and
 * adds it to the extension's output as `resume.js`, the same path in both builds. The
 * background registers it with scripting.registerContentScripts while tours exist, so it must
 * import nothing at run time (no chunks, no loader, no web_accessible_resources) and stays as
 * small as the always-injected script (no webextension-polyfill); crxjs's own IIFE path
 * builds only the manifest's scripts, hence this nested build, as for the tour UI.
 * @throws Error naming the entry when the nested build produces no script.
 */
export function resumeScriptBundle(): Plugin {
  return {
    name: 'admin-coach:resume-script-bundle',
    apply: 'build',
    async generateBundle() {
      const code = await buildInjectedScript({ entry: ENTRY, name: 'adminCoachResume' });
      this.emitFile({ type: 'asset', fileName: RESUME_SCRIPT_OUTPUT, source: code });
    },
  };
}
