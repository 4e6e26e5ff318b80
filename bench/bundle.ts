/**
 * Bundles an in-page entry (../bench/page/*-entry.ts) with Vite's library mode into one
 * self-contained IIFE under bench/.cache/, for `addScriptTag`.
 */
import { join } from 'node:path';
import { build } from 'vite';
import { repoPath } from './launch';

/** Builds `entry` (a path from the repository root) and returns the bundle's path. */
export async function bundleForPage(entry: string, name: string): Promise<string> {
  const outDir = repoPath('bench/.cache');
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    // testing-library reads process.env for its configuration; the page has no `process`.
    define: { 'process.env.NODE_ENV': '"production"', 'process.env': '{}' },
    build: {
      outDir,
      emptyOutDir: false,
      minify: true,
      lib: { entry: repoPath(entry), formats: ['iife'], name, fileName: () => `${name}.iife.js` },
    },
  });
  return join(outDir, `${name}.iife.js`);
}
