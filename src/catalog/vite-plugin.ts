import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { ArticleError } from './article-error';
import type { CompileOptions } from './compile-article';
import { compileCatalog } from './compile-catalog';
import { findArticleFiles, readArticleSources } from './load';
import { listLocales } from '../tour/lookup';

/** The id application code imports: `import catalog from 'virtual:admin-coach/catalog'`. */
export const CATALOG_MODULE_ID = 'virtual:admin-coach/catalog';
/** Rollup convention: a `\0` prefix keeps other plugins off a virtual module. */
const RESOLVED_ID = `\0${CATALOG_MODULE_ID}`;

/** Options of catalogPlugin. */
export interface CatalogPluginOptions extends CompileOptions {
  /** Folder of the articles, relative to Vite's root; default `src/articles`. */
  readonly articlesDir?: string;
}

/**
 * A Vite plugin serving the virtual module `virtual:admin-coach/catalog`: its default export
 * is the compiled, schema-validated Catalog of every article (all locales; a few KB), its
 * named export `locales` the locales. The markdown parser runs here, in Node, and never
 * reaches the bundle. Articles are watched, so `vite dev`/`--watch` rebuild on edits.
 * A broken article fails the build with `FILE:LINE:COL: message` (FILE relative to the root).
 */
export function catalogPlugin(options: CatalogPluginOptions = {}): Plugin {
  let root = process.cwd();
  return {
    name: 'admin-coach:catalog',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === CATALOG_MODULE_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const dir = resolve(root, options.articlesDir ?? 'src/articles');
      const files = findArticleFiles(dir);
      for (const file of files) this.addWatchFile(file);
      try {
        const catalog = compileCatalog(readArticleSources(files, root), options);
        // JSON.parse of a string literal: valid JS for any JSON and fast to evaluate.
        return [
          `export default JSON.parse(${JSON.stringify(JSON.stringify(catalog))});`,
          `export const locales = ${JSON.stringify(listLocales(catalog))};`,
        ].join('\n');
      } catch (error) {
        if (error instanceof ArticleError) this.error(error.format());
        throw error;
      }
    },
  };
}
