// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { watchPage } from '../tour-ui/watch';
import { collectCandidatesInFrame } from './candidates';
import { pageChangesOf } from './page-changes';
import { dropPageIndex, pageIndexOf } from './page-index';

/** Lets a MutationObserver deliver (microtasks after the change), not a frame. */
const observed = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

/** How many MutationObservers are made while `run` runs. */
async function observersMadeBy(run: () => Promise<void>): Promise<number> {
  const Original = window.MutationObserver;
  let made = 0;
  class Counted extends Original {
    constructor(callback: MutationCallback) {
      super(callback);
      made++;
    }
  }
  window.MutationObserver = Counted;
  try {
    await run();
  } finally {
    window.MutationObserver = Original;
  }
  return made;
}

afterEach(() => {
  dropPageIndex(document);
  document.body.replaceChildren();
});

describe('pageChangesOf', () => {
  // First in the file: the document's shared observer is made inside the count.
  it('gives the page index, the frame cache and the runner’s watch one observer of the page', async () => {
    const doc = document;
    let heardByWatch = 0;
    const made = await observersMadeBy(async () => {
      doc.body.append(Object.assign(doc.createElement('button'), { textContent: 'Save' }));
      pageIndexOf(doc);
      collectCandidatesInFrame(doc);
      const watch = watchPage(doc.documentElement, doc.createElement('div'), () => heardByWatch++);
      doc.body.append(Object.assign(doc.createElement('button'), { textContent: 'Cancel' }));
      await observed();
      watch.stop();
      dropPageIndex(doc);
    });
    expect(made).toBe(1);
    expect(heardByWatch).toBe(1);
  });

  it('gives each listener the changes it asked for, and none made before it listened', async () => {
    const changes = pageChangesOf(document);
    const classes: string[] = [];
    const texts: string[] = [];
    const note = Object.assign(document.createElement('p'), { textContent: 'Loading' });
    document.body.append(note);
    const stopClasses = changes?.listen({ attributes: ['class'], text: false, delivery: 'immediate' }, (records) => {
      for (const record of records) classes.push(`${record.type}:${record.attributeName ?? ''}`);
    });
    const stopTexts = changes?.listen({ attributes: [], text: true, delivery: 'immediate' }, (records) => {
      for (const record of records) texts.push(record.type);
    });
    document.body.className = 'ready';
    document.body.title = 'ignored by both';
    (note.firstChild as Text).data = 'Ready';
    await observed();
    stopClasses?.();
    stopTexts?.();
    expect(classes).toEqual(['attributes:class']);
    expect(texts).toEqual(['characterData']);
  });

  it('on a flush, tells immediate listeners at once and queued ones only after the flushing code', async () => {
    const changes = pageChangesOf(document);
    const order: string[] = [];
    const stopImmediate = changes?.listen({ attributes: ['class'], text: false, delivery: 'immediate' }, () => order.push('immediate'));
    const stopQueued = changes?.listen({ attributes: ['class'], text: false, delivery: 'queued' }, () => order.push('queued'));
    document.body.className = 'busy';
    changes?.flush();
    order.push('after flush');
    await observed();
    stopImmediate?.();
    stopQueued?.();
    expect(order).toEqual(['immediate', 'after flush', 'queued']);
  });

  it('stops watching when its last listener leaves, and a listener that left hears nothing more', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const box = document.createElement('p');
    shadow.append(box);
    const Original = window.MutationObserver;
    const made: MutationObserver[] = [];
    window.MutationObserver = class extends Original {
      constructor(callback: MutationCallback) {
        super(callback);
        made.push(this);
      }
    };
    const heard: number[] = [];
    try {
      const stop = pageChangesOf(shadow)?.listen({ attributes: 'all', text: true, delivery: 'immediate' }, (records) => heard.push(records.length));
      box.className = 'one';
      await observed();
      stop?.();
      stop?.();
    } finally {
      window.MutationObserver = Original;
    }
    box.className = 'two';
    expect(made).toHaveLength(1);
    expect(made[0]?.takeRecords()).toEqual([]);
    await observed();
    expect(heard).toEqual([1]);
  });
});
