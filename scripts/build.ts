/**
 * `npm run build`: the production build for every browser, `dist/chrome` and `dist/firefox`.
 * Each target is a separate Vite build of the same source (vite.config.ts reads the target
 * from ADMIN_COACH_TARGET), run one after the other so their outputs never mix.
 */
import { build } from 'vite';
import type { BuildTarget } from './manifest-for';

const TARGETS: readonly BuildTarget[] = ['chrome', 'firefox'];

for (const target of TARGETS) {
  process.env.ADMIN_COACH_TARGET = target;
  await build({ configFile: 'vite.config.ts', mode: 'production', logLevel: 'warn' });
  console.log(`built dist/${target}`);
}
