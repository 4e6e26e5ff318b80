/**
 * The resolver's public API: plan a step into sub-targets and find each one's element.
 * See resolve.ts for the rules and docs/architecture.md, "Finding a step's target", for the design.
 */
export { normaliseText, sameStem, wordsOf } from './normalise';
export { type PageState, planStep, type StepInput, type SubTarget } from './plan';
export {
  CONTEXT_FACTORS,
  RESOLVE_THRESHOLD,
  type Resolution,
  type ResolveOptions,
  resolveStep,
  resolveSubTarget,
  type ScoredCandidate,
} from './resolve';
