/**
 * Step alignment across locales through the English originals: one revision aligns fully, a
 * different revision aligns only what agrees, and a step whose English is ambiguous or whose
 * structure differs aligns nowhere.
 */
import { describe, expect, it } from 'vitest';
import type { Article, Inline, Step } from '../tour/model';
import { compileTargets } from './targets';
import { alignSteps, placeKey, type TranslationPair, withTranslations } from './align';

/** A step from its text and labels, as the compiler would make it. */
function step(text: string, labels: string[] = [], route: string | null = null): Step {
  const content: Inline[] = [{ type: 'text', value: text }];
  return { content, text, labels, route, ...compileTargets({ content, text, labels, route }), alerts: [], images: [] };
}

/** An article of one task (`reactivate`) whose worldwide variant has these steps. */
function article(locale: string, steps: Step[], taskId = 'reactivate'): Article {
  return {
    id: 'reactivate-your-subscription',
    slug: 'reactivate-your-subscription',
    assetId: null,
    dir: 'ltr',
    bilingual: false,
    locale,
    title: locale,
    translationType: 'MT',
    date: null,
    sourceFile: `src/articles/${locale}/reactivate-your-subscription.md`,
    tasks: [{ id: taskId, title: locale, kind: 'steps', intro: [], prerequisites: [], alerts: [], variants: [{ cloud: 'worldwide', steps }] }],
  };
}

const EN = [
  step('Go to Billing > Your products.', ['Billing', 'Your products'], '#/subscriptions'),
  step('On the Products tab, select More actions, then Reactivate.', ['Products', 'More actions', 'Reactivate']),
  step('Select Save.', ['Save']),
];
const NL = [
  step('Ga naar Facturering > Uw producten.', ['Facturering', 'Uw producten'], '#/subscriptions'),
  step('Selecteer op het tabblad Producten Meer acties en dan Opnieuw activeren.', ['Producten', 'Meer acties', 'Opnieuw activeren']),
  step('Kies Opslaan.', ['Opslaan']),
];
const NB = [
  step('Gå til Fakturering > Dine produkter.', ['Fakturering', 'Dine produkter'], '#/subscriptions'),
  step('Velg Flere handlinger på Produkter-fanen, og deretter Aktiver på nytt.', ['Produkter', 'Flere handlinger', 'Aktiver på nytt']),
  step('Velg Lagre.', ['Lagre']),
];

/** The key of a step of the fixtures above by its locale and index. */
function at(locale: string, index: number, steps?: Step[]): string {
  const fixture = steps ?? ({ 'en-US': EN, 'nl-NL': NL, 'nb-NO': NB } as Record<string, Step[]>)[locale] ?? [];
  return placeKey({ locale, taskId: 'reactivate', cloud: 'worldwide', index, text: fixture[index]?.text ?? '' });
}

describe('alignSteps', () => {
  it('aligns translations of the same revision step for step, English included, in every direction', () => {
    const pairs: TranslationPair[] = [
      { localized: article('nl-NL', NL), english: article('en-US', EN) },
      { localized: article('nb-NO', NB), english: article('en-US', EN) },
    ];
    const aligned = alignSteps(pairs);
    expect(aligned.get(at('nl-NL', 1))?.['nb-NO']?.labels).toEqual(['Produkter', 'Flere handlinger', 'Aktiver på nytt']);
    expect(aligned.get(at('nl-NL', 1))?.['en-US']?.labels).toEqual(['Products', 'More actions', 'Reactivate']);
    expect(aligned.get(at('nb-NO', 2))?.['nl-NL']?.labels).toEqual(['Opslaan']);
    expect(Object.keys(aligned.get(at('en-US', 0)) ?? {}).sort()).toEqual(['nb-NO', 'nl-NL']);
    expect(aligned.get(at('nl-NL', 0))?.['nb-NO']?.route).toBe('#/subscriptions');
  });

  it('across revisions aligns only the steps whose English agrees, wherever they moved', () => {
    // A newer revision: a step inserted before Save and the Products step reworded.
    const newerEnglish = [EN[0] as Step, step('Find the subscription on the Products tab.', ['Products']), step('Select Reactivate.', ['Reactivate']), EN[2] as Step];
    const lv = [
      step('Dodieties uz Norēķini > Jūsu produkti.', ['Norēķini', 'Jūsu produkti'], '#/subscriptions'),
      step('Atrodiet abonementu cilnē Produkti.', ['Produkti']),
      step('Atlasiet Atkārtoti aktivizēt.', ['Atkārtoti aktivizēt']),
      step('Atlasiet Saglabāt.', ['Saglabāt']),
    ];
    const aligned = alignSteps([
      { localized: article('nl-NL', NL), english: article('en-US', EN) },
      { localized: article('lv-LV', lv), english: article('en-US', newerEnglish) },
    ]);
    expect(aligned.get(at('nl-NL', 0))?.['lv-LV']?.labels).toEqual(['Norēķini', 'Jūsu produkti']);
    expect(aligned.get(at('nl-NL', 2))?.['lv-LV']?.labels).toEqual(['Saglabāt']);
    expect(aligned.get(at('lv-LV', 3, lv))?.['nl-NL']?.labels).toEqual(['Opslaan']);
    // The reworded step and the new ones align with no other translation.
    expect(aligned.get(at('nl-NL', 1))?.['lv-LV']).toBeUndefined();
    expect(aligned.get(at('lv-LV', 1, lv))?.['nl-NL']).toBeUndefined();
    expect(aligned.get(at('lv-LV', 2, lv))?.['nl-NL']).toBeUndefined();
  });

  it('aligns nothing where the English side has another structure, or states one step twice', () => {
    const shorter = alignSteps([
      { localized: article('nl-NL', NL), english: article('en-US', EN.slice(0, 2)) },
      { localized: article('nb-NO', NB), english: article('en-US', EN) },
    ]);
    expect(shorter.get(at('nl-NL', 0))).toBeUndefined();
    const twice = [EN[0] as Step, EN[2] as Step, EN[2] as Step];
    const ambiguous = alignSteps([
      { localized: article('nl-NL', NL), english: article('en-US', twice) },
      { localized: article('nb-NO', NB), english: article('en-US', EN) },
    ]);
    expect(ambiguous.get(at('nb-NO', 2))?.['nl-NL']).toBeUndefined();
    expect(ambiguous.get(at('nb-NO', 0))?.['nl-NL']?.labels).toEqual(['Facturering', 'Uw producten']);
  });

  it('keeps tasks and clouds apart: the same English in another task is another step', () => {
    const aligned = alignSteps([
      { localized: article('nl-NL', NL), english: article('en-US', EN) },
      { localized: article('nb-NO', NB, 'activate'), english: article('en-US', EN, 'activate') },
    ]);
    expect(aligned.get(at('nl-NL', 0))?.['nb-NO']).toBeUndefined();
    expect(aligned.get(at('nl-NL', 0))?.['en-US']?.labels).toEqual(['Billing', 'Your products']);
  });
});

describe('alignSteps and two English revisions at one place', () => {
  it('gives each English revision only its own translations', () => {
    const reworded = [EN[0] as Step, step('Select More actions, then Reactivate this subscription.', ['More actions', 'Reactivate this subscription']), EN[2] as Step];
    const aligned = alignSteps([
      { localized: article('nl-NL', NL), english: article('en-US', EN) },
      { localized: article('nb-NO', NB), english: article('en-US', reworded) },
    ]);
    const [newer] = withTranslations([article('en-US', reworded)], aligned);
    expect(newer?.tasks[0]?.variants[0]?.steps[1]?.translations).toEqual({ 'nb-NO': expect.objectContaining({ labels: ['Produkter', 'Flere handlinger', 'Aktiver på nytt'] }) });
    expect(newer?.tasks[0]?.variants[0]?.steps[0]?.translations).toEqual({
      'nl-NL': expect.objectContaining({ labels: ['Facturering', 'Uw producten'] }),
      'nb-NO': expect.objectContaining({ labels: ['Fakturering', 'Dine produkter'] }),
    });
  });
});

describe('withTranslations', () => {
  it('fills each aligned step of any article at the same place, and leaves the others alone', () => {
    const aligned = alignSteps([{ localized: article('nl-NL', NL), english: article('en-US', EN) }]);
    const [plainNl, german] = withTranslations([article('nl-NL', NL), article('de-DE', EN)], aligned);
    expect(plainNl?.tasks[0]?.variants[0]?.steps[1]?.translations?.['en-US']?.labels).toEqual(['Products', 'More actions', 'Reactivate']);
    expect(german?.tasks[0]?.variants[0]?.steps[1]).not.toHaveProperty('translations');
  });
});
