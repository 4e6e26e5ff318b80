import * as v from 'valibot';
import { CLOUDS } from './clouds';

/**
 * valibot schema of a Cloud (one of CLOUDS), for messages and stored values that name one.
 * Kept apart from clouds.ts so the always-injected content script, which imports clouds.ts
 * through page.ts, never bundles valibot.
 */
export const CloudSchema = v.picklist(CLOUDS);
