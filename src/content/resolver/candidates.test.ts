// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectCandidates, collectCandidatesInFrame } from './candidates';
import { fluentButton, h, page } from './test-dom';

describe('collectCandidates', () => {
  it('estimates names as accname would: aria-labelledby, aria-label, <label>, text, title', () => {
    const doc = page(
      h('span', { id: 'l1' }, 'Select row'),
      h('div', { role: 'checkbox', 'aria-labelledby': 'l1', 'data-testid': 'by-ref' }),
      h('label', { for: 'card' }, 'Card number'),
      h('input', { id: 'card', 'data-testid': 'by-label' }),
      h('button', { 'aria-label': 'More actions', 'data-testid': 'by-aria' }, '\uE712'),
      h('a', { href: '#/x', title: 'Home', 'data-testid': 'by-title' }),
    );
    const words = Object.fromEntries(collectCandidates(doc).map((c) => [c.element.getAttribute('data-testid'), c.estimatedWords.join(' ')]));
    expect(words).toMatchObject({ 'by-ref': 'select row', 'by-label': 'card number', 'by-aria': 'more actions', 'by-title': 'home' });
  });

  it('leaves out grid rows and cells (structural roles) but keeps the controls in them', () => {
    const doc = page(h('div', { role: 'grid' }, h('div', { role: 'row' }, h('div', { role: 'gridcell' }, fluentButton('more', 'More actions')))));
    expect(collectCandidates(doc).map((c) => c.element.getAttribute('data-testid'))).toEqual(['more']);
  });
});

describe('collectCandidatesInFrame', () => {
  it('reuses the collection while the DOM is unchanged, and collects afresh after a change', () => {
    const doc = page(fluentButton('save', 'Save'));
    const first = collectCandidatesInFrame(doc);
    expect(collectCandidatesInFrame(doc)).toBe(first);
    doc.body.append(fluentButton('cancel', 'Cancel'));
    const after = collectCandidatesInFrame(doc);
    expect(after).not.toBe(first);
    expect(after.map((c) => c.element.getAttribute('data-testid'))).toEqual(['save', 'cancel']);
    // Other keys: another collection.
    expect(collectCandidatesInFrame(doc, { keys: new Set(['save']) })).toHaveLength(1);
  });
});
