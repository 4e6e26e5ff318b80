import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { PrefsSchema } from '../settings/prefs';
import { CloudSchema } from './cloud-schema';
import { ADMIN_HOSTS, CLOUDS, homeHostOf } from './clouds';

// prefs.ts reads storage through the polyfill, which refuses to load outside an extension;
// only its schema is used here.
vi.mock('webextension-polyfill', () => ({ default: {} }));

describe('the cloud list', () => {
  it('has a home host for every cloud, and every host belongs to a listed cloud', () => {
    expect(CLOUDS.map(homeHostOf)).toEqual(['admin.microsoft.com', 'portal.office.de', 'portal.partner.microsoftonline.cn', 'portal.office365.us', 'portal.apps.mil']);
    expect(new Set(ADMIN_HOSTS.map((entry) => entry.cloud))).toEqual(new Set(CLOUDS));
  });

  it('is what messages and stored prefs accept, and nothing else', () => {
    for (const cloud of CLOUDS) {
      expect(v.is(CloudSchema, cloud)).toBe(true);
      expect(v.parse(PrefsSchema, { lastCloud: cloud }).lastCloud).toBe(cloud);
    }
    expect(v.is(CloudSchema, 'china')).toBe(false);
    expect(v.safeParse(PrefsSchema, { lastCloud: 'GCC-High' }).success).toBe(false);
  });
});
