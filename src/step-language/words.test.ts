// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { normaliseText, sameStem, stemKey, wordsOf } from './words';

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

  it('drops icon-font glyphs (private use) and symbols, even glued to a word', () => {
    // Fluent's Nav puts the icon's private-use character in the link text.
    expect(normaliseText('\uE825Fakturering')).toBe('fakturering');
    expect(normaliseText('Billing \uF000\u{F0001}')).toBe('billing');
    expect(normaliseText('Billing › Your products ▸')).toBe('billing your products');
    // Before NFKC: ™ would become the letters "tm".
    expect(normaliseText('Microsoft 365™ 🔑')).toBe('microsoft 365');
    expect(wordsOf('\uE712')).toEqual([]);
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
