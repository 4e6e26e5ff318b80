// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { makeContext } from './context';
import { resolveInTopModal } from './modal-shortcut';
import { planStep } from './plan';
import { scoreAndPick } from './rank';
import { resolveStep } from './resolve';
import { fluentButton, h, menuLayer, nav, navGroup, navLink, page, panel, step, testIdOf } from './test-dom';

/** The products list behind the pane: a row per product, each with its own Save and More actions. */
const productsBehind = (): HTMLElement =>
  h(
    'main',
    {},
    fluentButton('page-save', 'Opslaan'),
    ...['Business Standard', 'Business Basic', 'E3'].map((product, at) =>
      h('div', { role: 'row' }, h('a', { href: `#/subscriptions/${at}` }, `Microsoft 365 ${product}`), fluentButton(`more-${at}`, 'Meer acties'), fluentButton(`save-${at}`, 'Opslaan wijzigingen')),
    ),
  );

/** The reactivation pane (a Fluent Panel: `role="dialog"`, `aria-modal="true"`). */
const pane = (): HTMLElement => panel('pane-title', 'Dit abonnement opnieuw activeren', fluentButton('add-payment', 'Betalingswijze toevoegen'), fluentButton('save', 'Opslaan'), fluentButton('cancel', 'Annuleren'));

/**
 * What the step policy (resolve.ts) picks over the whole page for a step without navigation,
 * as far as its actions decide it: the first action's pick in a layer and not yet done, else
 * the first action's pick not yet done; null when the choose or stand-in rules would decide.
 */
function wholePagePick(s: ReturnType<typeof step>, doc: Document): string | null {
  const plan = planStep(s, { route: null });
  const context = makeContext(s, doc, plan, {});
  let firstActionable: string | null = null;
  for (const sub of plan.filter((candidate) => candidate.kind === 'action')) {
    const { chosen } = scoreAndPick(sub, context);
    if (!chosen || chosen.satisfied) continue;
    if (chosen.inLayer) return testIdOf(chosen.element);
    firstActionable ??= testIdOf(chosen.element);
  }
  return firstActionable;
}

describe('resolveInTopModal', () => {
  it('answers from the open pane when its button is the step\'s target, as the whole page would', () => {
    const doc = page(productsBehind(), pane());
    const s = step('Kies Opslaan.', ['Opslaan']);
    const answer = resolveInTopModal(s, planStep(s, { route: null }), doc, {});
    expect(testIdOf(answer?.target ?? null)).toBe('save');
    expect(wholePagePick(s, doc)).toBe('save');
    expect(testIdOf(resolveStep(s, doc).target)).toBe('save');
  });

  it('leaves it to the whole page when the target is behind the pane', () => {
    const doc = page(productsBehind(), pane());
    const s = step('Selecteer Meer acties.', ['Meer acties']);
    expect(resolveInTopModal(s, planStep(s, { route: null }), doc, {})).toBeNull();
    expect(testIdOf(resolveStep(s, doc).target)).toBe('more-0');
  });

  it('leaves it to the whole page without a modal layer, and for a step that navigates first', () => {
    const withoutModal = page(productsBehind(), menuLayer(['menu-save', 'Opslaan']));
    const s = step('Kies Opslaan.', ['Opslaan']);
    expect(resolveInTopModal(s, planStep(s, { route: null }), withoutModal, {})).toBeNull();

    const doc = page(nav(navGroup('nav-billing', 'Facturering', true, navLink('nav-products', 'Uw producten', '#/subscriptions'))), productsBehind(), pane());
    const navigating = step('Ga naar Facturering > Uw producten en kies Opslaan.', ['Facturering', 'Uw producten', 'Opslaan'], '#/subscriptions');
    const plan = planStep(navigating, { route: null });
    expect(plan.some((sub) => sub.kind === 'navigation')).toBe(true);
    expect(resolveInTopModal(navigating, plan, doc, {})).toBeNull();
  });

  it('counts a layer opened after the modal (a drop-down of the pane) as in front of it', () => {
    const doc = page(productsBehind(), pane(), menuLayer(['menu-card', 'Creditcard'], ['menu-invoice', 'Factuur']));
    const s = step('Selecteer Creditcard in de lijst.', ['Creditcard']);
    expect(testIdOf(resolveInTopModal(s, planStep(s, { route: null }), doc, {})?.target ?? null)).toBe('menu-card');
  });

  it('never answers otherwise than the whole page, over steps and pages that tempt it', () => {
    const pages = [
      () => page(productsBehind(), pane()),
      () => page(pane(), productsBehind()),
      () => page(productsBehind(), pane(), menuLayer(['menu-save', 'Opslaan'])),
      () => page(h('main', {}, fluentButton('page-cancel', 'Annuleren'), fluentButton('page-add', 'Betalingswijze toevoegen')), pane()),
      () => page(productsBehind(), panel('other-title', 'Instellingen', fluentButton('other-save', 'Opslaan wijzigingen'))),
      // The pane's button is named only beside the label ("naast Bekijken"), the label's own
      // element stands behind the pane: the whole page prefers the one behind, halved as it is.
      () => page(productsBehind(), panel('view-title', 'Details', fluentButton('view', 'Bekijken'))),
      // A modal that is no layer (no dialog role, no Fluent layer host), and a menu after it.
      () => page(h('div', { 'aria-modal': 'true' }, fluentButton('modal-more', 'Meer acties')), menuLayer(['menu-save', 'Opslaan'])),
    ];
    const steps = [
      step('Kies Opslaan.', ['Opslaan']),
      step('Selecteer Annuleren om te stoppen.', ['Annuleren']),
      step('Selecteer Betalingswijze toevoegen.', ['Betalingswijze toevoegen']),
      step('Selecteer Opslaan wijzigingen.', ['Opslaan wijzigingen']),
      step('Selecteer Meer acties en kies Opslaan.', ['Meer acties', 'Opslaan']),
      step('Kies het abonnement Microsoft 365 E3.', ['Microsoft 365 E3']),
      step('Selecteer Meer acties naast Bekijken.', ['Meer acties']),
    ];
    let answered = 0;
    for (const makePage of pages) {
      for (const s of steps) {
        const doc = makePage();
        const answer = resolveInTopModal(s, planStep(s, { route: null }), doc, {});
        if (!answer) continue;
        answered++;
        expect(testIdOf(answer.target), `${s.text} on page ${pages.indexOf(makePage)}`).toBe(wholePagePick(s, doc));
      }
    }
    expect(answered).toBeGreaterThanOrEqual(5);
  });
});
