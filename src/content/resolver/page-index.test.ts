// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { collectCandidates } from './candidates';
import { dropPageIndex, pageIndexOf } from './page-index';
import { CANDIDATE_QUERY, isCandidateElement, MODAL_SELECTOR } from './roles';
import { fluentButton, h, page } from './test-dom';

/** What a fresh query finds: the list the index must keep equal to. */
const fresh = (doc: Document): Element[] => Array.from(doc.querySelectorAll(CANDIDATE_QUERY)).filter(isCandidateElement);
const names = (doc: Document): Record<string, string> =>
  Object.fromEntries(collectCandidates(doc).map((c) => [c.element.getAttribute('data-testid'), c.estimatedWords.join(' ')]));

afterEach(() => dropPageIndex(document));

describe('pageIndexOf', () => {
  it('keeps its element list equal to a fresh query through additions, removals, moves and role changes', () => {
    const list = h('div', {}, fluentButton('a', 'Alpha'), fluentButton('c', 'Gamma'));
    const doc = page(list, h('nav', {}, h('a', { href: '#/x', 'data-testid': 'x' }, 'Home')));
    expect(pageIndexOf(doc)?.elements()).toEqual(fresh(doc));
    list.insertBefore(h('div', {}, fluentButton('b', 'Beta')), list.lastChild);
    expect(pageIndexOf(doc)?.elements()).toEqual(fresh(doc));
    list.firstChild?.remove();
    doc.body.prepend(list.lastChild as Element);
    expect(pageIndexOf(doc)?.elements()).toEqual(fresh(doc));
    doc.querySelector('[data-testid="x"]')?.setAttribute('role', 'presentation');
    expect(pageIndexOf(doc)?.elements()).toEqual(fresh(doc));
  });

  it('computes a kept name again when its text, its attributes or its aria-labelledby target change', () => {
    const label = h('span', { id: 'l1' }, 'Select row');
    const doc = page(label, h('div', { role: 'checkbox', 'aria-labelledby': 'l1', 'data-testid': 'ref' }), fluentButton('btn', 'Save'));
    expect(names(doc)).toEqual({ ref: 'select row', btn: 'save' });
    (label.firstChild as Text).data = 'Pick row';
    doc.querySelector('[data-testid="btn"] .ms-Button-label')?.append(' all');
    expect(names(doc)).toEqual({ ref: 'pick row', btn: 'save all' });
    doc.querySelector('[data-testid="btn"]')?.setAttribute('aria-label', 'Keep');
    label.replaceWith(h('span', { id: 'l1' }, 'Other row'));
    expect(names(doc)).toEqual({ ref: 'other row', btn: 'keep' });
  });

  it('names a control again when a <label> for it arrives, anywhere on the page', () => {
    const button = fluentButton('btn', 'Save');
    button.id = 'save-button';
    const doc = page(h('div', {}, button), h('div', { id: 'elsewhere' }), fluentButton('other', 'Cancel'));
    expect(names(doc)).toEqual({ btn: 'save', other: 'cancel' });
    doc.getElementById('elsewhere')?.append(h('label', { for: 'save-button' }, 'Keep changes'));
    expect(names(doc)).toEqual({ btn: 'keep changes', other: 'cancel' });
    doc.querySelector('label')?.remove();
    expect(names(doc)).toEqual({ btn: 'save', other: 'cancel' });
    doc.body.append(h('label', {}, 'Search', h('input', { type: 'search', 'data-testid': 'search' })));
    expect(names(doc)).toEqual({ btn: 'save', other: 'cancel', search: 'search' });
  });

  it('names an element again when an id it reads, or a label\'s for, moves to another element', () => {
    const first = h('span', { id: 'name-1' }, 'Contoso E3');
    const second = h('span', {}, 'Fabrikam E5');
    const button = fluentButton('btn', 'Save');
    const doc = page(first, second, h('div', { role: 'checkbox', 'aria-labelledby': 'name-1', 'data-testid': 'row' }), button, h('label', { for: 'nothing' }, 'Keep'));
    expect(names(doc)).toEqual({ row: 'contoso e3', btn: 'save' });
    // A re-rendered list gives its rows new ids: the old one is gone, then another element takes it.
    first.id = 'name-2';
    expect(names(doc)).toEqual({ row: '', btn: 'save' });
    second.id = 'name-1';
    expect(names(doc)).toEqual({ row: 'fabrikam e5', btn: 'save' });
    button.id = 'save';
    expect(names(doc)).toEqual({ row: 'fabrikam e5', btn: 'save' });
    doc.querySelector('label')?.setAttribute('for', 'save');
    expect(names(doc)).toEqual({ row: 'fabrikam e5', btn: 'keep' });
  });

  it('keeps the names of a list whose re-render gives its rows new ids, and still follows their text', () => {
    const header = h('span', { id: 'row1-header' }, 'Contoso E3');
    const box = h('div', { role: 'checkbox', id: 'row1-checkbox', 'aria-labelledby': 'row1-header' });
    const doc = page(header, box);
    // pageIndexOf brings the index up to date with the changes made so far.
    const wordsOf = (element: Element) => pageIndexOf(doc).estimatedWords(element, compute);
    let computed = 0;
    const compute = (element: Element) => {
      computed++;
      const ref = doc.getElementById(element.getAttribute('aria-labelledby') ?? '');
      return { words: [ref?.textContent ?? ''], keep: true, refs: [ref] };
    };
    expect(wordsOf(box)).toEqual(['Contoso E3']);
    header.id = 'row7-header';
    box.id = 'row7-checkbox';
    box.setAttribute('aria-labelledby', 'row7-header');
    expect(wordsOf(box)).toEqual(['Contoso E3']);
    expect(computed).toBe(1);
    (header.firstChild as Text).data = 'Fabrikam E5';
    expect(wordsOf(box)).toEqual(['Fabrikam E5']);
    expect(computed).toBe(2);
  });

  it('keeps its modal layers equal to a fresh query as dialogs open, close, move and change', () => {
    const modals = (doc: Document) => pageIndexOf(doc).modals();
    const query = (doc: Document) => Array.from(doc.querySelectorAll(MODAL_SELECTOR));
    const second = h('div', { role: 'dialog', 'aria-modal': 'true', 'data-testid': 'second' });
    const doc = page(h('main', {}, fluentButton('a', 'Alpha')), second);
    expect(modals(doc)).toEqual(query(doc));
    const first = h('section', {}, h('div', { role: 'dialog', 'aria-modal': 'true', 'data-testid': 'first' }));
    doc.body.prepend(first);
    expect(modals(doc)).toEqual(query(doc));
    expect(modals(doc)).toHaveLength(2);
    doc.body.append(first);
    expect(modals(doc)).toEqual(query(doc));
    second.remove();
    expect(modals(doc)).toEqual(query(doc));
    doc.querySelector('main')?.setAttribute('aria-modal', 'true');
    expect(modals(doc)).toEqual(query(doc));
    expect(modals(doc)).toHaveLength(2);
  });

  it('sees a subtree hidden after the first call', () => {
    const box = h('div', {}, fluentButton('a', 'Alpha'));
    const doc = page(box);
    expect(collectCandidates(doc)).toHaveLength(1);
    box.setAttribute('aria-hidden', 'true');
    expect(collectCandidates(doc)).toHaveLength(0);
  });
});
