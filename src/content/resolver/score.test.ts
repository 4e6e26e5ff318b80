// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../step-language/words';
import { combineScores, labelScore, type TextPlace, textScore } from './score';

const unknown: TextPlace = { start: -1, end: -1, segmentStart: 0, segmentEnd: 0 };

describe('labelScore', () => {
  it('ranks equal > inflected > prefix > contained > shared stems > nothing', () => {
    const exact = labelScore(wordsOf('Reactivate'), wordsOf('Reactivate'));
    const inflected = labelScore(wordsOf('abonnementer'), wordsOf('Abonnementen'));
    const prefix = labelScore(wordsOf('Reactivate'), wordsOf('Reactivate this subscription'));
    const contained = labelScore(wordsOf('Vervolgens Opnieuw activeren.'), wordsOf('Opnieuw activeren'));
    const stems = labelScore(wordsOf('Mijn producten'), wordsOf('Uw producten'));
    const none = labelScore(wordsOf('het'), wordsOf('Producten'));
    expect(exact).toBe(1);
    expect(inflected).toBe(0.9);
    expect(prefix).toBeLessThan(inflected);
    expect(contained).toBeGreaterThan(0.4);
    expect(stems).toBeGreaterThan(0.4);
    expect(stems).toBeLessThan(0.6);
    expect(none).toBe(0);
  });

  it('scores a closer-length prefix higher', () => {
    const near = labelScore(wordsOf('Norēķini jūsu'), wordsOf('Norēķini'));
    const far = labelScore(wordsOf('Reactivate'), wordsOf('Reactivate this subscription now please'));
    expect(near).toBeGreaterThan(far);
  });
});

describe('textScore', () => {
  const sentence = wordsOf('Zoek op het tabblad Producten naar het abonnement dat u opnieuw wilt activeren.');

  it('finds a whole name standing in the sentence, longer names higher', () => {
    const one = textScore(wordsOf('Producten'), sentence, unknown);
    const two = textScore(wordsOf('opnieuw wilt activeren'), sentence, unknown);
    expect(one.score).toBeGreaterThan(0.4);
    expect(two.score).toBeGreaterThan(one.score);
    expect(one.end).toBe(5);
  });

  it('needs every word of the name, in order', () => {
    expect(textScore(wordsOf('Uw producten'), sentence, unknown).score).toBe(0);
    expect(textScore(wordsOf('Producten tabblad'), sentence, unknown).score).toBe(0);
  });

  it('weighs by place: on the label > in its segment > elsewhere', () => {
    const name = wordsOf('Producten');
    const onLabel = textScore(name, sentence, { start: 4, end: 5, segmentStart: 0, segmentEnd: 13 });
    const inSegment = textScore(name, sentence, { start: 2, end: 3, segmentStart: 0, segmentEnd: 13 });
    const elsewhere = textScore(name, sentence, { start: 10, end: 11, segmentStart: 8, segmentEnd: 13 });
    expect(onLabel.score).toBeGreaterThan(inSegment.score);
    expect(inSegment.score).toBeGreaterThan(elsewhere.score);
  });

  it('ignores names of one or two letters', () => {
    expect(textScore(['u'], sentence, unknown).score).toBe(0);
  });
});

describe('combineScores', () => {
  it('lets agreement beat either direction alone', () => {
    expect(combineScores(0.6, 0.6)).toBeGreaterThan(combineScores(0.6, 0));
    expect(combineScores(0, 0)).toBe(0);
  });
});

describe('labelScore: a name that is only the label first words, up to inflection', () => {
  it('does not stand for the label (nl Payment methods page vs Add payment method)', () => {
    expect(labelScore(wordsOf('Betalingswijze toevoegen'), wordsOf('Betalingswijzen'))).toBeLessThan(0.4);
    // The same words exactly still count as the start of the label.
    expect(labelScore(wordsOf('Atkārtoti aktivizēt šo abonementu'), wordsOf('Atkārtoti aktivizēt'))).toBeGreaterThanOrEqual(0.5);
  });
});
