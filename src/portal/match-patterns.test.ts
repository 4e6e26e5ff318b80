import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { shareParamGlobs } from '../tour/share-params';
import { adminPageMatchPatterns } from './match-patterns';
import { detectAdminPage } from './page';

describe('adminPageMatchPatterns', () => {
  it('is the list the manifest gives the static content script, so both content scripts run on the same admin pages (the static one narrowed by its globs)', () => {
    expect(manifest.content_scripts.map((script) => script.matches)).toEqual([adminPageMatchPatterns()]);
  });

  it('gives the static content script only the addresses that name a share parameter', () => {
    expect(manifest.content_scripts.map((script) => script.include_globs)).toEqual([shareParamGlobs()]);
  });

  it('matches only pages detectAdminPage takes for the admin center', () => {
    for (const pattern of adminPageMatchPatterns()) {
      const url = pattern.replace('*', 'Home#/homepage');
      expect(detectAdminPage(url), url).not.toBeNull();
    }
    expect(adminPageMatchPatterns()).not.toContain('https://portal.office.com/*');
  });
});
