/**
 * Choosing among a list's rows: the target of an implicit "choose the subscription" (a
 * compiled `choice` target, src/catalog/targets.ts), for the older admin center that did the
 * choosing by opening the subscription from the list (docs/admin-center.md, "The English UI by
 * era", 2019–2020).
 */
import { candidateOf, isExcluded } from './candidates';
import { type Context, isBehindModal } from './context';
import type { SubTarget } from './plan';
import { MAX_STATUS_ROWS } from './rank';
import { NO_RESOLUTION, type Resolution, resolutionOf, type Scored } from './resolution';
import { inLapsedRow, rowNameLinks } from './rows';

/**
 * Score of a row-name link as the target of an implicit "choose the subscription": above the
 * threshold, below any named element; it is only tried when the step's own labels are not on
 * the page.
 */
export const CHOICE_SCORE = 0.5;

/**
 * Resolves an implicit "choose the subscription": the row-name link of the first row
 * showing a lapsed status (Expired, Disabled: `showsLapsedStatus`, step-language/page-words.ts), else
 * of the first row, of a grid or table (rows.ts), visible; scored {@link CHOICE_SCORE}. The
 * runner spreads the coach mark over the same link in every row (`sameControlInOtherRows`):
 * the admin picks one.
 * @returns the resolution; no target when no row link is visible or the list is behind a modal.
 */
export function resolveChoice(sub: SubTarget, context: Context): Resolution {
  const links = rowNameLinks(context.root, context.rowOf);
  // The admin chooses a lapsed subscription to reactivate: point at the first one shown, so
  // the coach mark sits on a row the admin will pick (and, placed below it, hides no earlier one).
  const lapsed = links.slice(0, MAX_STATUS_ROWS).find((link) => inLapsedRow(link, context.rowOf));
  if (lapsed) links.unshift(lapsed);
  for (const element of links) {
    if (isExcluded(element, context.exclude)) continue;
    const candidate = candidateOf(element, 0, []);
    if (!candidate.visible() || !context.isRendered(element)) continue;
    const chosen: Scored = {
      candidate,
      element,
      role: candidate.role(),
      name: candidate.name(),
      verified: true,
      score: CHOICE_SCORE,
      labelScore: 0,
      textScore: 0,
      disabled: candidate.disabled(),
      satisfied: false,
      reach: sub.place.end,
      inLayer: candidate.layer() !== null,
    };
    if (isBehindModal(candidate, context.modal)) return NO_RESOLUTION;
    return resolutionOf(sub, chosen, [chosen]);
  }
  return NO_RESOLUTION;
}
