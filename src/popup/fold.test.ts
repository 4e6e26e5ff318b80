import { describe, expect, it } from 'vitest';
import { fold, matchesQuery } from './fold';

describe('fold', () => {
  it('drops case and diacritics in the five languages', () => {
    expect(fold('Atkārtoti AKTIVIZĒT')).toBe('atkartoti aktivizet');
    expect(fold('produktnøkkel på nytt')).toBe('produktnokkel pa nytt');
    expect(fold('Activități ș ş ț ţ')).toBe('activitati s s t t');
    expect(fold('  Opnieuw\n activeren ')).toBe('opnieuw activeren');
  });
});

describe('matchesQuery', () => {
  it('needs every word, anywhere, in any order', () => {
    expect(matchesQuery('Een abonnement opnieuw activeren', 'activeren ABONNEMENT')).toBe(true);
    expect(matchesQuery('Een abonnement opnieuw activeren', 'activeren productcode')).toBe(false);
  });
  it('matches everything for a blank query', () => {
    expect(matchesQuery('x', '   ')).toBe(true);
  });
});
