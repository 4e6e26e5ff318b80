/** The browsers a build is for: `chrome` serves Chrome and Edge. */
export type BuildTarget = 'chrome' | 'firefox';

/** The manifest keys this file rewrites; the rest passes through untouched. */
interface ManifestShape {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  browser_specific_settings?: unknown;
  minimum_chrome_version?: string;
  [key: string]: unknown;
}

/**
 * The manifest.json of one browser, from the single source manifest.
 *
 * - Chrome and Edge run the background as a module service worker and reject Firefox's
 *   `browser_specific_settings` with a warning, so it is dropped.
 * - Firefox runs MV3 backgrounds as event pages (`background.scripts`), not service workers,
 *   and ignores `minimum_chrome_version`.
 *   Source: MDN, manifest.json `background` and `browser_specific_settings`.
 *
 * @param manifest the parsed top-level manifest.json (not modified).
 * @throws Error when the source manifest has no `background.service_worker`.
 */
export function manifestFor<M extends ManifestShape>(manifest: M, target: BuildTarget): M {
  const worker = manifest.background?.service_worker;
  if (!worker) throw new Error('manifest.json: background.service_worker is missing');
  const copy: ManifestShape = structuredClone(manifest);
  if (target === 'chrome') {
    delete copy.browser_specific_settings;
  } else {
    copy.background = { scripts: [worker], type: 'module' };
    delete copy.minimum_chrome_version;
  }
  return copy as M;
}
