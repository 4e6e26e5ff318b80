import { build, type PluginOption, type Rolldown } from 'vite';

/** One script the background injects with scripting.executeScript. */
export interface InjectedScript {
  /** Its entry module, relative to the project root. */
  readonly entry: string;
  /** The global name of the IIFE. */
  readonly name: string;
  /** Plugins of the nested build (the project's own plugins do not apply to it). */
  readonly plugins?: PluginOption[];
  /** Whether its modules use JSX (Preact's automatic runtime). */
  readonly jsx?: boolean;
}

/**
 * Builds an injected script as one self-contained, minified IIFE (es2022) and returns its code.
 * Injected scripts must import nothing at run time (no chunks, no loader, no
 * web_accessible_resources); crxjs's own IIFE path builds without the project's plugins,
 * hence this nested build.
 * @throws Error naming the entry when the build produces no script.
 */
export async function buildInjectedScript(script: InjectedScript): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    plugins: script.plugins ?? [],
    ...(script.jsx ? { oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } } } : {}),
    build: {
      write: false,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      lib: { entry: script.entry, formats: ['iife'], name: script.name, fileName: () => `${script.name}.js` },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const entry = outputs.flatMap((output) => output.output).find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
  if (entry?.type !== 'chunk') throw new Error(`The injected script build (${script.entry}) produced no script`);
  return entry.code;
}
