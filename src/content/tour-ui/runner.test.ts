// @vitest-environment happy-dom
// @vitest-environment-options { "happyDOM": { "url": "https://admin.microsoft.com/Adminportal/Home#/homepage" } }
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TourView } from '../../messaging/protocol';
import { compileTargets } from '../../catalog/targets';
import type { Inline, Step } from '../../tour/model';
import { NOT_FOUND_AFTER_MS, type RunnerSnapshot, TourRunner } from './runner';

/** A step as the catalog makes it, from its text and labels. */
function step(text: string, labels: string[] = [], route: string | null = null): Step {
  const content: Inline[] = [{ type: 'text', value: text }];
  return { content, text, labels, route, ...compileTargets({ content, text, labels, route }), alerts: [], images: [] };
}

function view(steps: Step[], at = 0): TourView {
  return { taskId: 'article/task', locale: 'en-US', uiLanguage: 'en', title: 'Reactivate', cloud: 'any', steps, step: at };
}

const frame = () => new Promise((done) => requestAnimationFrame(() => done(undefined)));
const marked = () => document.querySelector('[data-admin-coach-target]');

describe('TourRunner', () => {
  let host: HTMLElement;
  let seen: RunnerSnapshot[];
  let steps: number[];
  let ended: string[];
  let runner: TourRunner | null = null;
  const start = (tour: TourView) => {
    runner = new TourRunner(tour, host, {
      onChange: (snapshot) => seen.push(snapshot),
      onStep: (index) => steps.push(index),
      onEnd: (reason) => ended.push(reason),
    });
    runner.start();
    return runner;
  };
  const last = () => seen[seen.length - 1] as RunnerSnapshot;

  beforeEach(() => {
    document.body.replaceChildren();
    host = document.createElement('admin-coach-overlay');
    document.documentElement.append(host);
    seen = [];
    steps = [];
    ended = [];
  });
  afterEach(() => {
    runner?.stop();
    runner = null;
    host.remove();
    vi.useRealTimers();
  });

  it('points at the element a step names and marks it with the task and 1-based step', () => {
    document.body.append(Object.assign(document.createElement('button'), { textContent: 'Save' }));
    start(view([step('Select Save.', ['Save'])]));
    expect(last().phase).toBe('shown');
    expect(last().target?.textContent).toBe('Save');
    expect(marked()?.getAttribute('data-admin-coach-target')).toBe('article/task:1');
  });

  it('shows a step without labels on a card, without marking anything', () => {
    start(view([step('Enter your payment details.')]));
    expect(last().phase).toBe('untargeted');
    expect(marked()).toBeNull();
  });

  it('advances when the admin clicks the target, and completes after the last step', async () => {
    const save = Object.assign(document.createElement('button'), { textContent: 'Save' });
    document.body.append(save);
    start(view([step('Select Save.', ['Save']), step('Enter your payment details.')]));
    save.click();
    await frame();
    expect(last().step).toBe(1);
    // Only the move is reported: the step the tour started at is the background's already.
    expect(steps).toEqual([1]);
    expect(marked()).toBeNull();
    runner?.next();
    expect(last().phase).toBe('complete');
    runner?.done();
    expect(ended).toEqual(['done']);
  });

  it('moves with Next and Back, and says plainly when a target is not there', () => {
    vi.useFakeTimers();
    start(view([step('Enter your payment details.'), step('Select Reactivate.', ['Reactivate'])]));
    runner?.next();
    expect(last()).toMatchObject({ step: 1, phase: 'searching', label: 'Reactivate' });
    vi.advanceTimersByTime(NOT_FOUND_AFTER_MS + 10);
    expect(last().phase).toBe('not-found');
    runner?.back();
    expect(last()).toMatchObject({ step: 0, phase: 'untargeted' });
  });

  it('finds a target that appears later, while the step waits', async () => {
    start(view([step('Select Reactivate.', ['Reactivate'])]));
    expect(last().phase).toBe('searching');
    document.body.append(Object.assign(document.createElement('button'), { textContent: 'Reactivate' }));
    await frame();
    await frame();
    expect(last().phase).toBe('shown');
    expect(marked()?.textContent).toBe('Reactivate');
  });

  it('marks a stand-in (a tab already selected) in the task that rendered it, and leaves it for a better target later', async () => {
    const tab = (name: string, selected: boolean) => {
      const element = Object.assign(document.createElement('button'), { textContent: name });
      element.setAttribute('role', 'tab');
      element.setAttribute('aria-selected', String(selected));
      return element;
    };
    start(view([step('Select the Products tab.', ['Products'])]));
    expect(last().phase).toBe('searching');
    const selected = tab('Products', true);
    const list = document.createElement('div');
    list.setAttribute('role', 'tablist');
    list.append(selected);
    document.body.append(list);
    // The observer's callback, before any frame: the coach mark is already on the tab.
    await Promise.resolve();
    await Promise.resolve();
    expect(last().phase).toBe('shown');
    expect(marked()).toBe(selected);
    await frame();
    // Looked for again in the frame, the same answer: the coach mark stays on the tab.
    expect(last()).toMatchObject({ phase: 'shown', target: selected });
    const other = tab('Products', false);
    list.append(other);
    await frame();
    expect(marked()).toBe(other);
  });

  it('leaves no marker behind when closed', () => {
    document.body.append(Object.assign(document.createElement('button'), { textContent: 'Save' }));
    start(view([step('Select Save.', ['Save'])]));
    runner?.close();
    expect(marked()).toBeNull();
    expect(ended).toEqual(['closed']);
  });
});
