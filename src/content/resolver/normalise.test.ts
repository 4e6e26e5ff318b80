// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { normaliseText, sameStem, stemKey, wordsOf } from './normalise';

describe('normaliseText', () => {
  it('lowercases, strips diacritics and punctuation, collapses spaces', () => {
    expect(normaliseText('  Norēķini   jūsu ')).toBe('norekini jusu');
    expect(normaliseText('Accesați pagina **Facturare**')).toBe('accesati pagina facturare');
    expect(normaliseText('activeren.\\')).toBe('activeren');
    expect(normaliseText('Abonnementer-siden')).toBe('abonnementer siden');
    expect(normaliseText('Gå til')).toBe('ga til');
  });

  it('folds compatibility forms (NFKC)', () => {
    expect(normaliseText('Ｆａｃｔｕｒｅｒｉｎｇ')).toBe('facturering');
    expect(normaliseText('ﬁle')).toBe('file');
  });

  it('gives no words for punctuation only', () => {
    expect(wordsOf('…')).toEqual([]);
    expect(wordsOf(' > ')).toEqual([]);
  });
});

describe('sameStem', () => {
  it.each([
    ['abonnementer', 'abonnementen'],
    ['fakturering', 'fakturering'],
    ['factureren', 'facturering'],
    ['produse', 'produsele'],
    ['aktivizet', 'aktivizesana'],
    ['producten', 'products'],
  ])('%s ~ %s', (a, b) => {
    expect(sameStem(a, b)).toBe(true);
    expect(stemKey(a)).toBe(stemKey(b));
  });

  it.each([
    ['abonnement', 'abonnementsperiode'],
    ['het', 'hetzelfde'],
    ['fakturering', 'facturering'],
    ['tab', 'tabs'],
  ])('%s ≁ %s', (a, b) => {
    expect(sameStem(a, b)).toBe(false);
  });
});
