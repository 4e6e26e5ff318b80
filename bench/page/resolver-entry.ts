/**
 * In-page side of bench/resolver.ts (a resolver-only micro-benchmark, not part of
 * `npm run bench`): times `resolveStep` per step, warm (the same call repeated within one
 * task, so the per-frame candidate cache may answer) and cold (an attribute change before each call,
 * or an element added and removed, as when the runner resolves after a batch of page changes), and records the target each
 * step picks so that a change to the resolver can be checked not to move any target.
 */
import { planStep, resolveStep, type StepInput } from '../../src/content/resolver';

/** One step's result on this page. */
export interface ResolverTiming {
  readonly warmMs: number[];
  readonly coldMs: number[];
  /** ms per repetition after an element was added to and removed from the page. */
  readonly churnMs: number[];
  /** The target as a child-index path from <html>, its label and score; null when none. */
  readonly target: string | null;
}

function pathOf(element: Element | null): string | null {
  if (!element) return null;
  const parts: string[] = [];
  for (let node: Element | null = element; node?.parentElement; node = node.parentElement) {
    parts.unshift(`${node.localName}:${Array.prototype.indexOf.call(node.parentElement.children, node)}`);
  }
  return parts.join('/');
}

function run(steps: readonly StepInput[], repetitions: number, route: string): (ResolverTiming | null)[] {
  // A node outside the page's content whose attribute is flipped to make a DOM change.
  const poke = document.createElement('meta');
  document.head.append(poke);
  return steps.map((step) => {
    if (planStep(step, { route }).length === 0) return null;
    const first = resolveStep(step, document, { page: { route } });
    const warmMs: number[] = [];
    const coldMs: number[] = [];
    const churnMs: number[] = [];
    for (let i = 0; i < repetitions; i++) {
      let start = performance.now();
      resolveStep(step, document, { page: { route } });
      warmMs.push(performance.now() - start);
      poke.setAttribute('content', String(i));
      start = performance.now();
      resolveStep(step, document, { page: { route } });
      coldMs.push(performance.now() - start);
      const added = document.createElement('span');
      added.textContent = `x${i}`;
      document.body.append(added);
      added.remove();
      start = performance.now();
      resolveStep(step, document, { page: { route } });
      churnMs.push(performance.now() - start);
    }
    const target = first.target ? `${first.label} ${first.score.toFixed(4)} ${pathOf(first.target)}` : null;
    return { warmMs, coldMs, churnMs, target };
  });
}

(window as unknown as { __benchResolver: { run: typeof run } }).__benchResolver = { run };
