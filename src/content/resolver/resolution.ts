/**
 * The resolver's answer, and the scored candidates it reports (resolve.ts, rank.ts, choice.ts).
 */
import type { Candidate } from './candidates';
import type { SubTarget } from './plan';

/** A candidate and how it scored for one sub-target. */
export interface ScoredCandidate {
  readonly element: Element;
  readonly role: string | null;
  /**
   * The accessible name as computed when `verified`; else the normalised estimate it was
   * ranked by (see Candidate.estimatedWords).
   */
  readonly name: string;
  /** Checked visible and rendered, and scored with the real accessible name. */
  readonly verified: boolean;
  /** Final score: `combineScores` (score.ts) of the two below times the context factors (rank.ts). */
  readonly score: number;
  /** Label → element score, see `labelScore`. */
  readonly labelScore: number;
  /** Element → step text score, see `textScore`. */
  readonly textScore: number;
  readonly disabled: boolean;
  /** Already in the state the step asks for (selected tab, current link, pane title). */
  readonly satisfied: boolean;
  /** One past the word where the step mentions it last (label or text); for breadcrumbs. */
  readonly reach: number;
  /** Inside an open menu, dialog, pane or list box layer. */
  readonly inLayer: boolean;
}

/** A scored candidate that still knows its {@link Candidate}. */
export type Scored = ScoredCandidate & { readonly candidate: Candidate };

/** The resolver's answer for a step. */
export interface Resolution {
  /** The element to point at, or null when nothing scored at least the threshold. */
  readonly target: Element | null;
  /** The label of the sub-target the target answers, null when there is none. */
  readonly label: string | null;
  readonly subTarget: SubTarget | null;
  /** The target's score, 0 when none. */
  readonly score: number;
  /** The best-scoring candidates of that sub-target, best first (at most 10), for debugging. */
  readonly candidates: readonly ScoredCandidate[];
}

/** No target. */
export const NO_RESOLUTION: Resolution = { target: null, label: null, subTarget: null, score: 0, candidates: [] };

/** Drops the internal link back to the {@link Candidate}. */
function publicOf({ candidate: _, ...rest }: Scored): ScoredCandidate {
  return rest;
}

/** The answer for one sub-target: its chosen candidate (or none) and the reported ones. */
export function resolutionOf(sub: SubTarget, chosen: Scored | null, report: readonly Scored[]): Resolution {
  return {
    target: chosen?.element ?? null,
    label: chosen ? sub.label : null,
    subTarget: chosen ? sub : null,
    score: chosen?.score ?? 0,
    candidates: report.map(publicOf),
  };
}
