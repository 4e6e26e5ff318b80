/**
 * The idle figure's baseline (bench/figures/idle.ts): an extension like ours whose content
 * script is empty. Same content-script entry (matches, run_at, top frame only) as the build's
 * manifest, no background, no permissions: what any extension with a content script on the
 * admin pages costs a page load (Chromium setting up the isolated world), so that the figure
 * can show what our script adds to that. Our entry's `include_globs` (share links only) is
 * left out on purpose: the baseline is a script that runs on every admin page.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_BUILD } from './launch';

/** The empty script's file name in the baseline extension. */
export const EMPTY_SCRIPT = 'empty.js';

/** Writes the baseline extension to a new temporary folder and returns its path. */
export function writeEmptyExtension(): string {
  const built = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8')) as { content_scripts: { matches: string[]; run_at?: string }[] };
  const entry = built.content_scripts[0];
  if (!entry) throw new Error('dist/chrome/manifest.json names no content script');
  const dir = mkdtempSync(join(tmpdir(), 'admin-coach-empty-extension-'));
  const manifest = {
    manifest_version: 3,
    name: 'Empty content script (bench baseline)',
    version: '1.0.0',
    content_scripts: [{ matches: entry.matches, js: [EMPTY_SCRIPT], run_at: entry.run_at ?? 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, EMPTY_SCRIPT), '\n');
  return dir;
}
