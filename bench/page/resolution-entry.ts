/**
 * The in-page side of the resolution figure, bundled by ../bundle.ts into one IIFE and
 * injected with `addScriptTag`: our resolver and @testing-library/dom's `queryAllByRole`, run
 * on the same document for the same steps. Exposed as `window.__benchResolution`.
 */
import { queryAllByRole } from '@testing-library/dom';
import { planStep, resolveStep, type StepInput } from '../../src/content/resolver';

/** One step's measurements on this page. */
export interface StepTiming {
  /** ms per repetition: resolveStep for the whole step. */
  readonly resolverMs: number[];
  /** ms per repetition: queryAllByRole for each of the step's labels, summed. */
  readonly libraryMs: number[];
  /** The role queryAllByRole was given: the role of the resolver's target, else `button`. */
  readonly role: string;
  /** Whether testing-library found an element for the label the resolver answered (any label when none). */
  readonly libraryFound: boolean;
  /** Where testing-library found one: whether the resolver's target is among them; null otherwise. */
  readonly agree: boolean | null;
  /** The resolver's target, for the report: `data-testid` or tag. */
  readonly resolverTarget: string | null;
}

function describe(element: Element | null): string | null {
  if (!element) return null;
  return element.closest('[data-testid]')?.getAttribute('data-testid') ?? element.tagName.toLowerCase();
}

/**
 * Runs `repetitions` of each step, alternating which tool goes first (no cache favours one).
 * Steps with nothing to find on this page (their route is reached, so the tour never
 * resolves them) are left out: timing an empty plan would flatter the resolver.
 */
function run(steps: readonly StepInput[], repetitions: number, route: string): (StepTiming | null)[] {
  return steps.map((step) => {
    if (planStep(step, { route }).length === 0) return null;
    const resolverMs: number[] = [];
    const libraryMs: number[] = [];
    const first = resolveStep(step, document, { page: { route } });
    const role = first.candidates.find((candidate) => candidate.element === first.target)?.role ?? 'button';
    const timeResolver = () => {
      const start = performance.now();
      resolveStep(step, document, { page: { route } });
      resolverMs.push(performance.now() - start);
    };
    const timeLibrary = () => {
      const start = performance.now();
      for (const label of step.labels) queryAllByRole(document.body, role, { name: label });
      libraryMs.push(performance.now() - start);
    };
    for (let i = 0; i < repetitions; i++) {
      if (i % 2 === 0) {
        timeResolver();
        timeLibrary();
      } else {
        timeLibrary();
        timeResolver();
      }
    }
    const labels = first.target && first.label !== null ? [first.label] : step.labels;
    const found = labels.flatMap((label) => queryAllByRole(document.body, role, { name: label }));
    return {
      resolverMs,
      libraryMs,
      role,
      libraryFound: found.length > 0,
      agree: found.length > 0 ? first.target !== null && found.includes(first.target as HTMLElement) : null,
      resolverTarget: describe(first.target),
    };
  });
}

(window as unknown as { __benchResolution: { run: typeof run } }).__benchResolution = { run };
