import { build, type Plugin, type Rolldown } from 'vite';

/** The tour UI's entry and the file name the background injects (src/background/inject.ts). */
const ENTRY = 'src/content/tour-ui/index.tsx';
const OUTPUT = 'tour-ui.js';

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
      const result = await build({
        configFile: false,
        logLevel: 'warn',
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        build: {
          write: false,
          emptyOutDir: false,
          target: 'es2022',
          minify: true,
          lib: { entry: ENTRY, formats: ['iife'], name: 'adminCoachTourUi', fileName: () => OUTPUT },
          rolldownOptions: { output: { codeSplitting: false } },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
      const entry = outputs.flatMap((output) => output.output).find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
      if (entry?.type !== 'chunk') throw new Error(`The tour UI build (${ENTRY}) produced no script`);
      this.emitFile({ type: 'asset', fileName: OUTPUT, source: entry.code });
    },
  };
}
