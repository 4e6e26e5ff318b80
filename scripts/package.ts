/**
 * `npm run package`: the production builds (`npm run build`), then one store-ready zip per
 * browser: `dist/admin-coach-chrome-<version>.zip` (Chrome Web Store, Edge Add-ons) and
 * `dist/admin-coach-firefox-<version>.zip` (addons.mozilla.org), manifest.json at the zip
 * root, no source maps or dot files (scripts/zip-directory.ts). `<version>` is the built
 * manifest's `version`. Prints each zip's path and size; exits 1 naming what failed.
 *
 * `--skip-build` zips the existing dist/ without building first.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildTarget } from './manifest-for';
import { npmRun } from './npm-run';
import { zipDirectory } from './zip-directory';

const TARGETS: readonly BuildTarget[] = ['chrome', 'firefox'];

/**
 * The `version` of a built manifest.
 * @throws naming the file when it is missing, not JSON, or has no version string.
 */
function builtVersion(buildDir: string): string {
  const path = join(buildDir, 'manifest.json');
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path} could not be read as JSON (${error instanceof Error ? error.message : String(error)}); run \`npm run build\``);
  }
  const version = (manifest as { version?: unknown }).version;
  if (typeof version !== 'string' || version === '') throw new Error(`${path} has no "version"`);
  return version;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function main(): void {
  if (!process.argv.includes('--skip-build')) npmRun('build');
  for (const target of TARGETS) {
    const buildDir = join('dist', target);
    const path = join('dist', `admin-coach-${target}-${builtVersion(buildDir)}.zip`);
    const zip = zipDirectory(buildDir);
    writeFileSync(path, zip);
    console.log(`${path}  ${kib(zip.byteLength)}`);
  }
}

try {
  main();
} catch (error) {
  console.error(`npm run package failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
