// @vitest-environment happy-dom
/**
 * What the coach mark outlines when the step's control repeats in every row (anchorOf): the
 * lapsed row's own control, else the list the rows share. Hand-written DOM: a grid, a table and
 * a list of cards, as the admin center has shown its products.
 */
import { describe, expect, it } from 'vitest';
import { anchorOf, sameControlInOtherRows } from './rows';
import { h, page, testIdOf } from './test-dom';

const more = (id: string) => h('button', { 'aria-label': 'More actions', 'data-testid': `more-${id}` });

const gridOf = (...rows: [string, string][]) =>
  h('div', { role: 'grid', 'data-testid': 'list' }, ...rows.map(([id, status]) => h('div', { role: 'row' }, h('div', { role: 'gridcell' }, more(id)), h('div', { role: 'gridcell' }, status))));
const tableOf = (...rows: [string, string][]) => h('table', {}, h('tbody', { 'data-testid': 'list' }, ...rows.map(([id, status]) => h('tr', {}, h('td', {}, more(id)), h('td', {}, status)))));
const cardsOf = (...rows: [string, string][]) => h('ul', { 'data-testid': 'list' }, ...rows.map(([id, status]) => h('li', {}, more(id), h('p', {}, h('span', {}, status)))));

/** The anchor for the More actions of row `id`, with its equivalents in the other rows. */
function anchorFor(doc: Document, id: string): string | null {
  const target = doc.querySelector(`[data-testid="more-${id}"]`);
  if (!target) throw new Error(`no More actions for row ${id}`);
  return testIdOf(anchorOf(target, sameControlInOtherRows(target)));
}

describe.each([
  ['a grid', gridOf],
  ['a table', tableOf],
  ['a list of cards', cardsOf],
])('anchorOf in %s', (_, listOf) => {
  it('outlines the lapsed row’s own control, not the list', () => {
    const doc = page(listOf(['a', 'Active'], ['b', 'Expired'], ['c', 'Active']));
    expect(anchorFor(doc, 'b')).toBe('more-b');
  });

  it('outlines the lapsed row’s control in another catalog language (Latvian “Atspējots”)', () => {
    const doc = page(listOf(['a', 'Aktīvs'], ['b', 'Atspējots']));
    expect(anchorFor(doc, 'b')).toBe('more-b');
  });

  it('outlines the list when no row stands out (the admin picks)', () => {
    const doc = page(listOf(['a', 'Active'], ['b', 'Active']));
    expect(anchorFor(doc, 'a')).toBe('list');
  });

  it('outlines the control itself when it is the only row', () => {
    const doc = page(listOf(['a', 'Active']));
    expect(anchorFor(doc, 'a')).toBe('more-a');
  });
});
