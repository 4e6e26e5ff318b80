// @vitest-environment happy-dom
/**
 * The page's language and the step worded in it: a Dutch tour on an English or Norwegian
 * admin center seeks the English or Norwegian words; with no translation it keeps its own.
 */
import { describe, expect, it } from 'vitest';
import { compileTargets } from '../../catalog/targets';
import type { Inline, Step, StepWording } from '../../tour/model';
import { h, navLink, page } from '../resolver/test-dom';
import { labelsByLocale, pageLanguageOf, stepForPage } from './page-language';

/** A step's words in one locale, compiled as the catalog does. */
function wording(text: string, labels: string[]): StepWording {
  const content: Inline[] = [{ type: 'text', value: text }];
  return { content, text, labels, route: null, ...compileTargets({ content, text, labels, route: null }) };
}

function step(text: string, labels: string[], translations?: Step['translations']): Step {
  return { ...wording(text, labels), alerts: [], images: [], ...(translations ? { translations } : {}) };
}

const english = wording('Select More actions.', ['More actions']);
const norwegian = wording('Velg Flere handlinger.', ['Flere handlinger']);
const dutch = step('Selecteer Meer acties.', ['Meer acties'], { 'en-US': english, 'nb-NO': norwegian });

describe('stepForPage', () => {
  it('keeps the tour’s words on a page in the tour’s language, any region', () => {
    expect(stepForPage(dutch, 'nl-NL', 'nl').step).toBe(dutch);
    expect(stepForPage(dutch, 'nl-NL', 'nl-BE').locale).toBe('nl-NL');
    expect(stepForPage(dutch, 'nl-NL', null).step).toBe(dutch);
  });

  it('seeks the page language’s words where the step has them', () => {
    expect(stepForPage(dutch, 'nl-NL', 'en-US')).toEqual({ step: english, locale: 'en-US' });
    expect(stepForPage(dutch, 'nl-NL', 'en')).toEqual({ step: english, locale: 'en-US' });
    // Norwegian reported as the macro language.
    expect(stepForPage(dutch, 'nl-NL', 'no')).toEqual({ step: norwegian, locale: 'nb-NO' });
  });

  it('keeps its own words, route and links included, where no translation exists', () => {
    expect(stepForPage(dutch, 'nl-NL', 'de-DE')).toEqual({ step: dutch, locale: 'nl-NL' });
  });
});

describe('pageLanguageOf', () => {
  it('reads <html lang> first', () => {
    document.documentElement.setAttribute('lang', 'nb-NO');
    expect(pageLanguageOf(document, { 'en-US': ['Billing'] })).toBe('nb-NO');
  });

  it('without it, takes the locale whose labels the navigation shows, and nothing on a tie', () => {
    document.documentElement.removeAttribute('lang');
    page(h('nav', {}, navLink('home', 'Startside', '#/home'), h('button', {}, 'Fakturering'), navLink('users', 'Brukere', '#/users')), h('main', {}, 'Billing'));
    const candidates = { 'en-US': ['Billing', 'Your products'], 'nb-NO': ['Fakturering', 'Dine produkter'], 'nl-NL': ['Facturering'] };
    expect(pageLanguageOf(document, candidates)).toBe('nb-NO');
    page(h('nav', {}, h('a', {}, 'Billing'), h('a', {}, 'Facturering')));
    expect(pageLanguageOf(document, { 'en-US': ['Billing'], 'nl-NL': ['Facturering'] })).toBeNull();
    page(h('nav', {}, 'Accueil'));
    expect(pageLanguageOf(document, candidates)).toBeNull();
  });
});

describe('labelsByLocale', () => {
  it('gathers the tour’s labels and each translation’s', () => {
    expect(labelsByLocale([dutch, step('Kies Opslaan.', ['Opslaan'])], 'nl-NL')).toEqual({
      'nl-NL': ['Meer acties', 'Opslaan'],
      'en-US': ['More actions'],
      'nb-NO': ['Flere handlinger'],
    });
  });
});
