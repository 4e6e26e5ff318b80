import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const iconFontDir = join(here, '../../node_modules/@fluentui/font-icons-mdl2/fonts');

/**
 * Copies Fluent's MDL2 icon fonts into `dist/portal/fonts/`, so the replica loads its icons
 * from its own origin (the strict CSP allows `'self'` only), as the real admin center loads
 * them from its own CDN.
 */
function fluentIconFonts(): Plugin {
  return {
    name: 'replica-fluent-icon-fonts',
    apply: 'build',
    generateBundle() {
      for (const file of readdirSync(iconFontDir)) {
        if (!file.endsWith('.woff')) continue;
        this.emitFile({ type: 'asset', fileName: `fonts/${file}`, source: readFileSync(join(iconFontDir, file)) });
      }
    },
  };
}

/** The replica admin center: `npm run portal:build` → `dist/portal/` (served by server.ts). */
export default defineConfig({
  root: here,
  base: '/',
  plugins: [react(), fluentIconFonts()],
  build: {
    outDir: join(here, '../../dist/portal'),
    emptyOutDir: true,
    // The replica must run under `script-src 'self'`: no inline module preload polyfill.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 4000,
  },
});
