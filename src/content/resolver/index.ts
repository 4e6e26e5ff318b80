/**
 * The resolver's public API: plan a step into sub-targets and find each one's element.
 * See resolve.ts for the step policy (and context.ts, rank.ts, choice.ts for its parts) and docs/finding-targets.md for the design.
 */
export { normaliseText, sameStem, wordsOf } from '../../step-language/words';
export { RESOLVE_THRESHOLD, type ResolveOptions } from './context';
export { type PageState, planStep, type StepInput, type SubTarget } from './plan';
export { CONTEXT_FACTORS } from './rank';
export type { Resolution, ScoredCandidate } from './resolution';
export { resolveStep, resolveSubTarget } from './resolve';
