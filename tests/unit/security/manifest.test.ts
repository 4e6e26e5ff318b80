/**
 * Least privilege, proven on what ships (README.md, "Security and privacy"): both built manifests
 * ask for nothing beyond the agreed list, expose nothing to pages or other extensions, keep the
 * browser's default extension CSP and load no remote code. A new permission, host or manifest key
 * fails here first, so widening the extension's reach is always a reviewed change of this file.
 *
 * Sources: Chrome "Declare permissions" and "Manifest - Content Security Policy"
 * (developer.chrome.com/docs/extensions/reference/manifest), MDN manifest.json keys.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESUME_SCRIPT_FILE } from '../../../src/background/resume-registration';
import { BUILDS, buildDir, builtFiles, readBuiltManifest } from './built-files';

/** The only API permissions: settings and sessions (storage), injecting the tour UI (scripting). */
const AGREED_PERMISSIONS = ['scripting', 'storage'];

/** The admin-center hosts (src/portal/clouds.ts), written out here on purpose: a test that derived them would widen with the code. */
const ADMIN_HOSTS = [
  'admin.microsoft.com',
  'admin.cloud.microsoft',
  'portal.office.com',
  'portal.office.de',
  'portal.partner.microsoftonline.cn',
  'portal.office365.us',
  'portal.apps.mil',
];

/** Every top-level key a reviewer has looked at; anything new (oauth2, sandbox, commands…) fails until added here. */
const KNOWN_KEYS = new Set([
  'manifest_version',
  'name',
  'description',
  'version',
  'default_locale',
  'icons',
  'permissions',
  'host_permissions',
  'background',
  'action',
  'content_scripts',
  'minimum_chrome_version',
  'browser_specific_settings',
  'storage',
]);

/** Chrome's MV3 default for extension pages; absent is the same thing and what we expect. */
const DEFAULT_EXTENSION_CSP = "script-src 'self'; object-src 'self';";

const hostOfPattern = (pattern: string) => /^https:\/\/([^/*]+)\//.exec(pattern)?.[1];

describe.each(BUILDS)('the %s manifest', (build) => {
  const manifest = readBuiltManifest(build);

  it('has only keys a reviewer has seen', () => {
    expect(Object.keys(manifest).filter((key) => !KNOWN_KEYS.has(key))).toEqual([]);
  });

  it('asks for storage and scripting only, and no optional permissions', () => {
    expect([...((manifest.permissions as string[] | undefined) ?? [])].sort()).toEqual(AGREED_PERMISSIONS);
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
  });

  it('reaches the admin-center hosts over https and nothing else', () => {
    const hosts = (manifest.host_permissions as string[] | undefined) ?? [];
    expect(hosts).toEqual(ADMIN_HOSTS.map((host) => `https://${host}/*`));
  });

  it('injects its content script on admin-center pages only, in the top frame, in its isolated world', () => {
    const scripts = (manifest.content_scripts as Array<Record<string, unknown>> | undefined) ?? [];
    expect(scripts.length).toBe(1);
    for (const script of scripts) {
      for (const pattern of script.matches as string[]) {
        expect(ADMIN_HOSTS, pattern).toContain(hostOfPattern(pattern));
      }
      expect(script.exclude_matches ?? [], 'no widening by globs').toEqual([]);
      // Globs only narrow where it runs (addresses naming a share parameter), never widen it.
      expect(script.include_globs).toEqual(['*ac-tour*', '*ac-lang*', '*ac-step*']);
      expect(script.all_frames ?? false).toBe(false);
      expect(script.match_about_blank ?? false).toBe(false);
      expect(script.world ?? 'ISOLATED').toBe('ISOLATED');
    }
  });

  it('exposes no files to pages and accepts no messages from pages or other extensions', () => {
    // web_accessible_resources would let any site probe for the extension (vite.config.ts strips crxjs's).
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('keeps the default extension Content Security Policy', () => {
    const csp = manifest.content_security_policy as { extension_pages?: string; sandbox?: string } | undefined;
    if (csp === undefined) return;
    expect(Object.keys(csp)).toEqual(['extension_pages']);
    expect(csp.extension_pages).toBe(DEFAULT_EXTENSION_CSP);
  });

  it('declares only the managed-storage schema under storage (enterprise policy), and ships it', () => {
    expect(manifest.storage).toEqual({ managed_schema: 'managed_schema.json' });
    const path = join(buildDir(build), 'managed_schema.json');
    expect(existsSync(path), 'managed_schema.json is in the build').toBe(true);
    const schema = JSON.parse(readFileSync(path, 'utf8')) as { type?: unknown; additionalProperties?: unknown };
    // Chrome's rules for managed schemas: an object at the top, no additionalProperties there.
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBeUndefined();
  });

  it('names only files of its own as scripts and pages (no remote code)', () => {
    const background = manifest.background as { service_worker?: string; scripts?: string[] };
    const scripts = (manifest.content_scripts as Array<{ js?: string[]; css?: string[] }>).flatMap((entry) => [...(entry.js ?? []), ...(entry.css ?? [])]);
    const action = manifest.action as { default_popup?: string };
    const named = [background.service_worker, ...(background.scripts ?? []), ...scripts, action.default_popup].filter(
      (name): name is string => typeof name === 'string',
    );
    expect(named.length).toBeGreaterThan(2);
    for (const name of named) {
      expect(name).not.toMatch(/^[a-z][a-z0-9+.-]*:/i);
      expect(existsSync(join(buildDir(build), name)), `${name} is in the build`).toBe(true);
    }
  });

  it('loads no script from the network in its pages or modules', () => {
    for (const page of builtFiles(build, ['.html'])) {
      for (const [, src] of page.text.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi)) {
        expect(src, `${page.path}: <script src>`).not.toMatch(/^(https?:)?\/\//i);
      }
    }
    for (const file of builtFiles(build, ['.js'])) {
      // Static and dynamic imports and importScripts with a URL, whatever the quotes.
      expect(file.text, file.path).not.toMatch(/\b(import|importScripts)\s*\(\s*["'`](https?:)?\/\//);
      expect(file.text, file.path).not.toMatch(/\bfrom\s*["'`](https?:)?\/\//);
    }
  });
});

describe('the two builds', () => {
  it('both ship the resume content script, self-contained, at the path the background registers it under', () => {
    for (const build of BUILDS) {
      const path = join(buildDir(build), RESUME_SCRIPT_FILE);
      expect(existsSync(path), `dist/${build}/${RESUME_SCRIPT_FILE}`).toBe(true);
      // A registered content script is a classic script: no module syntax, no chunks to load.
      expect(readFileSync(path, 'utf8'), path).not.toMatch(/\bimport\s*[({'"`]|\bexport\s/);
    }
  });

  it('ask for the same permissions and hosts (Chrome and Edge get no more than Firefox)', () => {
    const [chrome, firefox] = BUILDS.map(readBuiltManifest);
    expect(chrome?.permissions).toEqual(firefox?.permissions);
    expect(chrome?.host_permissions).toEqual(firefox?.host_permissions);
    expect(chrome?.content_scripts).toEqual(firefox?.content_scripts);
  });
});
