import { describe, expect, it } from 'vitest';
import { fwlinkIdOf, routeOfFwlink } from './fwlinks';

describe('routeOfFwlink (table in docs/admin-center.md, "fwlinks")', () => {
  it.each([
    ['https://go.microsoft.com/fwlink/p/?linkid=842054', '#/subscriptions'],
    ['https://go.microsoft.com/fwlink/p/?linkid=847745', '#/subscriptions'],
    ['https://go.microsoft.com/fwlink/p/?linkid=850626', '#/subscriptions'],
    ['https://go.microsoft.com/fwlink/p/?linkid=842264', '#/licenses'],
    ['https://go.microsoft.com/fwlink/p/?linkid=834822', '#/users'],
    ['https://go.microsoft.com/fwlink/?LinkId=2024339', '#/homepage'],
    ['http://go.microsoft.com/fwlink/p/?LinkID=850628', '#/users'],
  ])('%s → %s', (url, route) => {
    expect(routeOfFwlink(url)).toBe(route);
  });

  it('an unknown fwlink, the article fwlink 874703 and other URLs have no route', () => {
    expect(routeOfFwlink('https://go.microsoft.com/fwlink/p/?linkid=1')).toBeNull();
    expect(routeOfFwlink('https://go.microsoft.com/fwlink/p/?linkid=874703')).toBeNull();
    expect(routeOfFwlink('https://example.com/fwlink/p/?linkid=842054')).toBeNull();
    expect(routeOfFwlink('not a url')).toBeNull();
  });

  it('fwlinkIdOf reads the link id whatever the parameter casing', () => {
    expect(fwlinkIdOf('https://go.microsoft.com/fwlink/p/?LinkId=842054&clcid=0x409')).toBe('842054');
    expect(fwlinkIdOf('https://go.microsoft.com/fwlink/p/?linkid=abc')).toBeNull();
  });
});
