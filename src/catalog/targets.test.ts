import { describe, expect, it } from 'vitest';
import type { Inline } from '../tour/model';
import { compileTargets } from './targets';

/** A step's source as the compiler has it: the text, then the routed link (when given) as its own node. */
function source(text: string, labels: string[], route: string | null = null, routedLinkText?: string) {
  const content: Inline[] = [{ type: 'text', value: text }];
  if (route && routedLinkText) content.push({ type: 'link', href: 'https://go.microsoft.com/fwlink/p/?linkid=842054', route, children: [{ type: 'text', value: routedLinkText }] });
  return { text, labels, route, content };
}

describe('compileTargets', () => {
  it('marks a breadcrumb’s labels as crumbs and gives the route to the last one only', () => {
    const step = source('Ga in het Microsoft 365-beheercentrum naar Facturering > Uw producten.', ['Facturering', 'Uw producten'], '#/subscriptions', 'Uw producten');
    const { targets } = compileTargets(step);
    expect(targets.map((t) => [t.label, t.kind, t.route])).toEqual([
      ['Facturering', 'crumb', null],
      ['Uw producten', 'crumb', '#/subscriptions'],
    ]);
    expect(targets[0]?.roles).toEqual(expect.arrayContaining(['link', 'treeitem']));
  });

  it('gives each label its place in the text, in words and in characters (for emphasis)', () => {
    const text = 'On the Products tab, select More actions.';
    const { words, targets } = compileTargets(source(text, ['Products', 'More actions']));
    expect(targets.map((t) => (t.chars ? text.slice(t.chars[0], t.chars[1]) : null))).toEqual(['Products', 'More actions']);
    expect(targets.map((t) => (t.at ? words.slice(t.at[0], t.at[1]).join(' ') : null))).toEqual(['products', 'more actions']);
  });

  it('names the kind the wording gives: a tab, a pane title, a value from a drop-down list, a control', () => {
    const kindsOf = (text: string, labels: string[]) => compileTargets(source(text, labels)).targets.map((t) => t.kind);
    expect(kindsOf('On the Products tab, select More actions.', ['Products', 'More actions'])).toEqual(['tab', 'control']);
    expect(kindsOf('In the Reactivate subscription pane, review the details.', ['Reactivate subscription'])).toEqual(['pane']);
    expect(kindsOf('Choose Visa from the drop-down list.', ['Visa'])).toEqual(['value']);
    expect(kindsOf('Select Save.', ['Save'])).toEqual(['control']);
  });

  it('mutes a fallback sentence, and a label there stands for the instruction before it', () => {
    const text = "Select More actions, then Turn on again. If you don't see Reactivate, contact support.";
    const { words, muted, targets } = compileTargets(source(text, ['More actions', 'Reactivate']));
    expect(muted.map(([s, e]) => words.slice(s, e).join(' '))).toEqual(['if you don t see reactivate contact support']);
    const fallback = targets[1];
    expect(fallback?.kind).toBe('fallback');
    expect(words.slice(...(fallback?.segment ?? [0, 0])).join(' ')).toBe('then turn on again');
  });

  it('adds the implicit choice of a subscription before the action that follows it, with the noun as written', () => {
    const { targets } = compileTargets(source('Choose the subscription, then select Reactivate.', ['Reactivate']));
    expect(targets.map((t) => [t.label, t.kind, t.labelIndex])).toEqual([
      ['subscription', 'choice', -1],
      ['Reactivate', 'control', 0],
    ]);
  });

  it('compiles no target for a step without labels, or with labels that normalise to nothing', () => {
    expect(compileTargets(source('Enter your payment details.', [])).targets).toEqual([]);
    expect(compileTargets(source('Selecteer … en dan iets.', ['…'])).targets).toEqual([]);
  });
});
