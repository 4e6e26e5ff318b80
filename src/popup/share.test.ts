import { describe, expect, it } from 'vitest';
import type { Step } from '../tour/model';
import { readShareLink } from '../tour/share-link';
import { shareLinkFor } from './share';

const step = (route: string | null): Step => ({ content: [], text: 'x', labels: [], route, words: ['x'], muted: [], targets: [], alerts: [], images: [] });
const STEPS = [step('#/subscriptions'), step(null), step(null)];

describe('shareLinkFor', () => {
  it('uses the admin tab’s host and reads back as the same request', () => {
    const link = shareLinkFor('a/b', 'nb-NO', STEPS, 1, 'https://portal.office.de/adminportal/Home?x=1#/homepage');
    expect(link).toBe('https://portal.office.de/adminportal/Home?x=1&ac-tour=a%2Fb&ac-lang=nb-NO&ac-step=2#/subscriptions');
    expect(readShareLink(link)).toEqual({ kind: 'request', request: { taskId: 'a/b', locale: 'nb-NO', stepIndex: 1 } });
  });
  it('uses the worldwide admin center when the tab is not one', () => {
    expect(shareLinkFor('a', 'lv-LV', [step(null)], 0, null)).toBe('https://admin.microsoft.com/Adminportal/Home?ac-tour=a&ac-lang=lv-LV&ac-step=1');
  });
});
