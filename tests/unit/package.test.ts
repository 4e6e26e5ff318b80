/**
 * The store zips of `npm run package` (scripts/zip-directory.ts), built from a temporary
 * directory shaped like a build: what goes in, where, and that the bytes are reproducible.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isShippable, zipDirectory } from '../../scripts/zip-directory';

let dir = '';

function put(path: string, content: string): void {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), content);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'admin-coach-zip-'));
  put('manifest.json', '{"manifest_version":3,"version":"1.2.3"}');
  put('service-worker-loader.js', 'import "./assets/index.js";');
  put('assets/index.js', 'console.log(1);');
  put('assets/index.js.map', '{"version":3}');
  put('_locales/nl/messages.json', '{"extensionName":{"message":"Admin Coach"}}');
  put('icons/icon-16.png', '\x89PNG');
  put('.vite/manifest.json', '{}');
  put('.DS_Store', '');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('zipDirectory', () => {
  it('puts the build at the zip root, without source maps or dot files', () => {
    const entries = unzipSync(zipDirectory(dir));
    expect(Object.keys(entries)).toEqual([
      '_locales/nl/messages.json',
      'assets/index.js',
      'icons/icon-16.png',
      'manifest.json',
      'service-worker-loader.js',
    ]);
    expect(strFromU8(entries['manifest.json'] as Uint8Array)).toBe('{"manifest_version":3,"version":"1.2.3"}');
  });

  it('gives the same bytes for the same files', () => {
    expect(zipDirectory(dir)).toEqual(zipDirectory(dir));
  });

  it('refuses a directory without manifest.json at its top, naming it', () => {
    rmSync(join(dir, 'manifest.json'));
    expect(() => zipDirectory(dir)).toThrow(`${dir} has no manifest.json`);
  });

  it('refuses a missing directory and a symbolic link, naming them', () => {
    expect(() => zipDirectory(join(dir, 'absent'))).toThrow('absent is not a directory');
    symlinkSync(join(dir, 'manifest.json'), join(dir, 'link.json'));
    expect(() => zipDirectory(dir)).toThrow('link.json is a symbolic link');
  });
});

describe('isShippable', () => {
  it.each([
    ['manifest.json', true],
    ['src/popup/index.html', true],
    ['assets/index.js.map', false],
    ['.vite/manifest.json', false],
    ['assets/.DS_Store', false],
  ])('%s → %s', (path, expected) => {
    expect(isShippable(path)).toBe(expected);
  });
});
