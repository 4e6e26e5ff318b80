import { describe, expect, it } from 'vitest';
import { readTabParam } from './target-tab';

describe('readTabParam', () => {
  it('reads a tab id', () => {
    expect(readTabParam('?tab=42')).toEqual({ kind: 'tab', tabId: 42 });
    expect(readTabParam('?x=1&tab=0')).toEqual({ kind: 'tab', tabId: 0 });
  });
  it('has nothing to say without the parameter', () => {
    expect(readTabParam('')).toEqual({ kind: 'none' });
    expect(readTabParam('?tabs=1')).toEqual({ kind: 'none' });
  });
  it.each(['?tab=', '?tab=-1', '?tab=1.5', '?tab=0x10', '?tab=01', '?tab=1e3', '?tab=%201', '?tab=99999999999', '?tab=1&tab=2', '?tab=1;alert(1)'])(
    'refuses %s',
    (search) => {
      expect(readTabParam(search)).toEqual({ kind: 'invalid' });
    },
  );
});
