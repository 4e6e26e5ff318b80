// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { planStep } from './plan';
import { step } from './test-dom';

// Seed 004 (nl-NL, worldwide), step 1.
const nlBreadcrumb = step(
  'Ga in het beheercentrum naar de pagina Facturering > Mijn producten.',
  ['Facturering', 'Mijn producten'],
  '#/subscriptions',
  'Mijn producten',
);

// Seed 002 (nb-NO), step 1: the link and the breadcrumb are alternatives in one sentence.
const nbAlternatives = step(
  'Gå til Abonnementer-siden i administrasjonssenteret for Microsoft 365, eller klikk Fakturering > abonnementer.',
  ['Abonnementer-siden', 'Fakturering', 'abonnementer'],
  '#/subscriptions',
  'Abonnementer-siden',
);

// Seed 004 (nl-NL, worldwide), step 2, with the machine translation's misplaced bold.
const nlProducts = step(
  'Zoek op het tabblad Producten naar het abonnement dat u opnieuw wilt activeren. Selecteer Meer acties (drie puntjes) en selecteer vervolgens Dit abonnement opnieuw activeren.\\ Als u Dit abonnement opnieuw activeren niet ziet, neem dan contact op met ondersteuning.',
  ['het', 'Meer acties', 'activeren.\\', 'niet ziet,'],
);

describe('planStep', () => {
  it('splits a breadcrumb into navigation sub-targets, in order', () => {
    const plan = planStep(nlBreadcrumb, { route: '#/homepage' });
    expect(plan.map((s) => [s.label, s.kind])).toEqual([
      ['Facturering', 'navigation'],
      ['Mijn producten', 'navigation'],
    ]);
    expect(plan[0]?.place.start).toBe(7);
  });

  it('skips navigation labels when the page is already on (or under) the step route', () => {
    expect(planStep(nlBreadcrumb, { route: '#/subscriptions' })).toEqual([]);
    expect(planStep(nlBreadcrumb, { route: '#/Subscriptions/assets/42' })).toEqual([]);
    expect(planStep(nbAlternatives, { route: '#/subscriptions' })).toEqual([]);
  });

  it('keeps navigation labels when the route is unknown', () => {
    expect(planStep(nbAlternatives, { route: null })).toHaveLength(3);
  });

  it('makes every label of a step without route an action, located in reading order', () => {
    const plan = planStep(nlProducts, { route: '#/subscriptions' });
    expect(plan.map((s) => s.kind)).toEqual(['action', 'action', 'action', 'action']);
    // "niet ziet," stands in the fallback sentence ("Als u … niet ziet, neem contact op"): it
    // looks for its target in the instruction before it, from the end of "activeren.\".
    expect(plan.map((s) => s.place.start)).toEqual([2, 14, 24, 25]);
    expect(plan.map((s) => s.fallback)).toEqual([false, false, false, true]);
    // "het" owns the text up to "Meer acties": the tab "Producten" stands in its segment.
    // It stops at the sentence's end: "Meer acties" (word 14) is in the next sentence.
    expect(plan[0]?.place.segmentEnd).toBe(13);
    expect(plan[1]?.place.segmentStart).toBe(13);
  });

  it('mutes fallback sentences ("If you don\'t see X, contact support") in every seed language', () => {
    const ro = step(
      'Alegeți abonamentul pe care doriți să îl reactivați, apoi selectați Reactivare. Dacă nu vedeți Reactivare ca acțiune disponibilă, apelați Asistența pentru a vă reactiva abonamentul.',
      ['Reactivare'],
    );
    const muted = planStep(ro, { route: null }).find((s) => s.kind === 'action')?.place.muted;
    expect(muted).toEqual([[11, 25]]);
    for (const text of [
      'Als u Opnieuw activeren niet als een beschikbare actie ziet, belt u Ondersteuning.',
      'Als u Niet Opnieuw activeren ziet als een beschikbare actie, belt u Ondersteuning.',
      'Hvis du ikke ser Aktiver på nytt som en tilgjengelig handling, kontakter du brukerstøtte.',
      'Ja neredzat Atkārtoti aktivizēt, sazinieties ar atbalsta dienestu.',
      "If you don't see Reactivate, contact support.",
    ]) {
      const plan = planStep(step(`Select Save. ${text}`, ['Save']), { route: null });
      expect(plan[0]?.place.muted, text).toHaveLength(1);
    }
    // Not a fallback: a condition without "not see".
    expect(planStep(step('Select Save. If you pay by invoice, select Invoice.', ['Save']), { route: null })[0]?.place.muted).toEqual([]);
  });

  it('keeps a fallback-only step as its own instruction', () => {
    const plan = planStep(step("If you don't see Reactivate, contact Support.", ['Support']), { route: null });
    expect(plan[0]?.fallback).toBe(false);
    expect(plan[0]?.place.muted).toEqual([]);
  });

  it('plans an implicit choice of the subscription before the action ("choose the subscription, then select Reactivate")', () => {
    const cases: Array<[string, string, string]> = [
      ['Alegeți abonamentul pe care doriți să îl reactivați, apoi selectați Reactivare.', 'Reactivare', 'abonamentul'],
      ['Velg abonnementet du vil aktivere på nytt, og klikk deretter Aktiver på nytt.', 'Aktiver på nytt', 'abonnementet'],
      ['Kies het abonnement dat u opnieuw wilt activeren en selecteer vervolgens opnieuw activeren.', 'opnieuw activeren', 'abonnement'],
    ];
    for (const [text, label, noun] of cases) {
      const plan = planStep(step(text, [label]), { route: null });
      expect(plan.map((s) => [s.kind, s.label, s.order]), text).toEqual([
        ['choose', noun, 0],
        ['action', label, 1],
      ]);
    }
    // "Find the subscription" (the 2021 list has the action in the row) plans no choice.
    expect(planStep(nlProducts, { route: null }).some((s) => s.kind === 'choose')).toBe(false);
    // Done once the admin opened one: only the action is left.
    expect(planStep(step(cases[0]?.[0] ?? '', ['Reactivare']), { route: null, completed: 1 }).map((s) => s.kind)).toEqual(['action']);
  });

  it('gives the route to the breadcrumb\'s last crumb only', () => {
    const nb = step('Gå til Abonnementer-siden i administrasjonssenteret for Microsoft 365, eller klikk Fakturering > abonnementer.', ['Fakturering', 'abonnementer'], '#/subscriptions');
    expect(planStep(nb, { route: '#/homepage' }).map((s) => [s.kind, s.route])).toEqual([
      ['navigation', null],
      ['navigation', '#/subscriptions'],
    ]);
  });

  it('leaves out the sub-targets the runner has completed', () => {
    const plan = planStep(nlProducts, { route: '#/subscriptions', completed: 2 });
    expect(plan.map((s) => s.label)).toEqual(['activeren.\\', 'niet ziet,']);
  });

  it('locates labels glued to neighbour words by misplaced markup (seed 003)', () => {
    const glued = step(
      'Ga in het Microsoft 365-Beheercentrum naar Billingde > paginauw producten factureren.',
      ['Billing', 'uw producten'],
      '#/subscriptions',
      'uw producten',
    );
    const plan = planStep(glued, { route: '#/homepage' });
    expect(plan.map((s) => [s.label, s.kind, s.place.start])).toEqual([
      ['Billing', 'navigation', 7],
      ['uw producten', 'navigation', 8],
    ]);
  });

  it('drops labels without letters and plans nothing for an untargeted step', () => {
    expect(planStep(step('Selecteer … en dan iets.', ['…']), { route: null })).toEqual([]);
    expect(planStep(step('Voer uw betalingsgegevens in.', []), { route: null })).toEqual([]);
  });
});
