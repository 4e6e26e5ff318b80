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
    expect(plan.map((s) => s.place.start)).toEqual([2, 14, 24, 31]);
    // "het" owns the text up to "Meer acties": the tab "Producten" stands in its segment.
    expect(plan[0]?.place.segmentEnd).toBe(14);
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
