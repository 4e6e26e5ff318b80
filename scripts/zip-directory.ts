/**
 * Store zips of a build directory (`npm run package`, scripts/package.ts), with fflate.
 * Pure apart from reading the directory, so the unit test can run it on a temporary folder.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Zippable, zipSync } from 'fflate';

/**
 * Every entry gets this modification time, so the same build always gives the same bytes
 * (a store upload or a checksum can be compared across machines). ZIP's DOS dates start in 1980.
 */
const FIXED_MTIME = new Date('1980-01-01T00:00:00Z');

/** Already compressed: deflating them again only costs time. */
const STORED = /\.(png|jpe?g|gif|webp|woff2?|zip)$/i;

/**
 * Whether a file belongs in a store zip. Left out: source maps (`*.map`; they would publish
 * the sources and the stores do not need them) and anything under a dot-named file or
 * folder (`.vite/` build metadata, `.DS_Store`), which is build or editor residue.
 * @param relativePath the path inside the build directory, with `/` separators.
 */
export function isShippable(relativePath: string): boolean {
  if (relativePath.endsWith('.map')) return false;
  return !relativePath.split('/').some((segment) => segment.startsWith('.'));
}

/**
 * The shippable files of `dir`, recursively, as `/`-separated paths relative to `dir`,
 * sorted so the zip's order does not depend on the file system.
 * @throws when `dir` is not a directory, or holds a symbolic link (a store zip must not).
 */
export function listShippable(dir: string): string[] {
  const found: string[] = [];
  const visit = (relative: string) => {
    for (const name of readdirSync(join(dir, relative))) {
      const path = relative ? `${relative}/${name}` : name;
      if (!isShippable(path)) continue;
      const stat = lstatSync(join(dir, path));
      if (stat.isSymbolicLink()) throw new Error(`${join(dir, path)} is a symbolic link; a store zip takes only regular files`);
      if (stat.isDirectory()) visit(path);
      else if (stat.isFile()) found.push(path);
    }
  };
  if (!lstatSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`${dir} is not a directory`);
  visit('');
  return found.sort();
}

/**
 * Zips the shippable files of `dir` (see isShippable) with the directory's contents at the
 * zip's root, as the Chrome Web Store, Edge Add-ons and addons.mozilla.org expect
 * (manifest.json at the top level, not inside a folder).
 * @returns the zip file's bytes; entries sorted, fixed timestamps, deflate level 9.
 * @throws when `dir` is not a directory, has no manifest.json at its top, or holds a symbolic link.
 */
export function zipDirectory(dir: string): Uint8Array {
  const files = listShippable(dir);
  if (!files.includes('manifest.json')) throw new Error(`${dir} has no manifest.json at its top: not an extension build`);
  const entries: Zippable = {};
  for (const path of files) {
    entries[path] = [readFileSync(join(dir, path)), { level: STORED.test(path) ? 0 : 9, mtime: FIXED_MTIME }];
  }
  return zipSync(entries);
}
