/**
 * Test-only helpers: the production builds under `dist/` as the security tests read them. They
 * test what ships (docs/architecture.md, "Choices": the production build is what the tests load),
 * so a missing build is a failure with a hint, never a skip.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The two builds `npm run build` writes (scripts/build.ts). */
export const BUILDS = ['chrome', 'firefox'] as const;
export type Build = (typeof BUILDS)[number];

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** Absolute path of a build's directory (`dist/chrome`). */
export function buildDir(build: Build): string {
  return join(ROOT, 'dist', build);
}

/**
 * A build's manifest.json, parsed.
 * @throws Error "run npm run build" when the build is missing.
 */
export function readBuiltManifest(build: Build): Record<string, unknown> {
  const path = join(buildDir(build), 'manifest.json');
  if (!existsSync(path)) throw new Error(`${relative(ROOT, path)} is missing: run npm run build first`);
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

/** A file of a build: its path relative to the build directory (`/` separators) and its text. */
export interface BuiltFile {
  readonly path: string;
  readonly text: string;
}

/**
 * Every file of a build whose name ends with one of `extensions`, sorted by path.
 * @throws Error "run npm run build" when the build is missing or holds none.
 */
export function builtFiles(build: Build, extensions: readonly string[]): BuiltFile[] {
  const dir = buildDir(build);
  if (!existsSync(dir)) throw new Error(`dist/${build} is missing: run npm run build first`);
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((path) => path.split('\\').join('/'))
    .filter((path) => extensions.some((extension) => path.endsWith(extension)))
    .sort()
    .map((path) => ({ path, text: readFileSync(join(dir, path), 'utf8') }));
  if (files.length === 0) throw new Error(`dist/${build} has no ${extensions.join(', ')} files: run npm run build first`);
  return files;
}
