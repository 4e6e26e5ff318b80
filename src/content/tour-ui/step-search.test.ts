// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { TourView } from '../../messaging/protocol';
import type { Step } from '../../tour/model';
import { dropPageIndex } from '../resolver/page-index';
import { step as routedStep } from '../resolver/test-dom';
import { type SearchState, StepSearch } from './step-search';

/** A step as the catalog makes it, from its text and labels. */
function step(text: string, labels: string[] = [], route: string | null = null): Step {
  return { ...routedStep(text, labels, route), alerts: [], images: [] };
}

function view(steps: Step[]): TourView {
  return { taskId: 'article/task', locale: 'en-US', uiLanguage: 'en', title: 'Reactivate', cloud: 'any', steps, step: 0 };
}

/** A state long after entering the step (no settling time left), moving forward. */
const at = (index: number, forward = true): SearchState => ({ step: index, completed: 0, forward, enteredAt: -1e9, recentRoots: [] });

describe('StepSearch', () => {
  const host = document.createElement('admin-coach-overlay');
  afterEach(() => {
    dropPageIndex(document);
    document.body.replaceChildren();
  });

  it('finds the element a step names, and nothing inside our own overlay', () => {
    const save = Object.assign(document.createElement('button'), { textContent: 'Save' });
    host.append(Object.assign(document.createElement('button'), { textContent: 'Save' }));
    document.body.append(host, save);
    const finding = new StepSearch(view([step('Select Save.', ['Save'])]), host).find(at(0));
    expect(finding).toMatchObject({ kind: 'found', resolved: save, label: 'Save', standIn: false });
  });

  it('says "searching" with the label sought when the target is not on the page', () => {
    const finding = new StepSearch(view([step('Select Reactivate.', ['Reactivate'])]), host).find(at(0));
    expect(finding).toEqual({ kind: 'searching', label: 'Reactivate', premature: false });
  });

  it('a navigation step whose route is reached is done moving forward, and only shown on the way back', () => {
    // Seed 004 (nl-NL, worldwide), step 1, on the page its route leads to.
    const navigation = routedStep('Ga in het beheercentrum naar de pagina Facturering > Mijn producten.', ['Facturering', 'Mijn producten'], '#/subscriptions', 'Mijn producten');
    const search = new StepSearch(view([{ ...navigation, content: navigation.content ?? [], alerts: [], images: [] }]), host);
    location.hash = '#/subscriptions';
    expect(search.find(at(0))).toEqual({ kind: 'done' });
    expect(search.find(at(0, false))).toMatchObject({ kind: 'untargeted' });
  });

  it('has nothing to say past the last step', () => {
    expect(new StepSearch(view([step('Select Save.', ['Save'])]), host).find(at(1))).toBeNull();
  });
});
