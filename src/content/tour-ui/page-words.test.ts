/**
 * The page's word beside the tour's: which label pairs are trusted, and what an emphasised run
 * of the step's text gets beside it.
 */
import { describe, expect, it } from 'vitest';
import { compileTargets } from '../../catalog/targets';
import type { Inline, Step, StepWording } from '../../tour/model';
import { pageWordFor, pageWordsOf, showsPageWord } from './page-words';

const text = (value: string): Inline => ({ type: 'text', value });
const bold = (value: string): Inline => ({ type: 'strong', children: [text(value)] });

function step(content: Inline[], labels: string[], translations: Record<string, StepWording> = {}): Step {
  const plain = content.map((node) => (node.type === 'text' ? node.value : node.type === 'strong' ? (node.children[0] as { value: string }).value : '')).join('');
  return { content, text: plain, labels, route: null, alerts: [], images: [], translations, ...compileTargets({ text: plain, labels, route: null, content }) };
}
function wording(labels: string[]): StepWording {
  const text = labels.join(' ');
  return { text, labels, route: null, content: [], ...compileTargets({ text, labels, route: null, content: [] }) };
}

const dutch = step([text('Selecteer '), bold('Meer acties'), text(' en daarna '), bold('Microsoft 365')], ['Meer acties', 'Microsoft 365'], {
  'en-US': wording(['More actions', 'Microsoft 365']),
});

describe('pageWordsOf', () => {
  it('pairs the tour’s labels with the page locale’s, position for position', () => {
    const words = pageWordsOf(dutch, 'nl-NL', 'en-US');
    expect(words?.locale).toBe('en-US');
    expect(words && pageWordFor('Meer acties', words)).toBe('More actions');
  });

  it('gives none when the page reads the tour’s own words, or has no translation', () => {
    expect(pageWordsOf(dutch, 'nl-NL', 'nl-NL')).toBeNull();
    expect(pageWordsOf(dutch, 'nl-NL', undefined)).toBeNull();
    expect(pageWordsOf(dutch, 'nl-NL', 'nb-NO')).toBeNull();
  });

  it('trusts no pairing when the label counts differ (a revision that splits a breadcrumb otherwise)', () => {
    const latvian = step([bold('Norēķini jūsu')], ['Norēķini jūsu'], { 'en-US': wording(['Billing', 'Your products']) });
    expect(pageWordsOf(latvian, 'lv-LV', 'en-US')).toBeNull();
  });

  it('trusts no pairing when a word written alike in both languages sits elsewhere (the order differs)', () => {
    const swapped = step([bold('Microsoft 365'), bold('Meer acties')], ['Microsoft 365', 'Meer acties'], {
      'en-US': wording(['More actions', 'Microsoft 365']),
    });
    expect(pageWordsOf(swapped, 'nl-NL', 'en-US')).toBeNull();
  });
});

describe('pageWordFor', () => {
  const breadcrumb = step([bold('Facturering > Mijn producten')], ['Facturering', 'Mijn producten'], {
    'en-US': wording(['Billing', 'Your products']),
  });
  const words = pageWordsOf(breadcrumb, 'nl-NL', 'en-US');
  if (!words) throw new Error('the breadcrumb pairs');

  it('names each part of a breadcrumb in the page’s words, ignoring case, accents and punctuation', () => {
    expect(pageWordFor('Facturering > Mijn producten', words)).toBe('Billing > Your products');
    expect(pageWordFor('facturering.', words)).toBe('Billing');
  });

  it('adds nothing for a run that is no label, or reads the same on the page', () => {
    expect(pageWordFor('drie puntjes', words)).toBeNull();
    const same = pageWordsOf(dutch, 'nl-NL', 'en-US');
    expect(same && pageWordFor('Microsoft 365', same)).toBeNull();
  });
});

describe('showsPageWord', () => {
  it('is true for a target whose page word the text shows, false without a pairing', () => {
    const words = pageWordsOf(dutch, 'nl-NL', 'en-US');
    expect(showsPageWord(words, 'More actions')).toBe(true);
    expect(showsPageWord(words, 'Microsoft 365')).toBe(true);
    expect(showsPageWord(words, 'Save')).toBe(false);
    expect(showsPageWord(null, 'More actions')).toBe(false);
  });
});
