import * as v from 'valibot';
import { CLOUDS } from './clouds';

/**
 * valibot schema of a Cloud (one of CLOUDS), for messages and stored values that name one.
 * Kept apart from clouds.ts so that the small bundles that import clouds.ts (the tour UI
 * through its link checks) never bundle valibot.
 */
export const CloudSchema = v.picklist(CLOUDS);
