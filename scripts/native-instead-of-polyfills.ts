import type { Plugin } from 'vite';

/**
 * dom-accessibility-api ships fallbacks for browsers without `Array.from` and `Set` (and, by
 * a slip in its `typeof Set` test, uses its array-backed set even where `Set` exists). Every
 * browser the extension supports has both (manifest minimum versions), so the injected
 * scripts (tour UI, tour check) take the built-ins: the same behaviour, about 0.7–0.9 kB gzip
 * less each.
 */
export const nativeInsteadOfPolyfills: Plugin = {
  name: 'admin-coach:native-instead-of-polyfills',
  enforce: 'pre',
  resolveId(source, importer) {
    if (!importer?.includes('dom-accessibility-api')) return null;
    if (source.endsWith('/polyfills/SetLike.mjs')) return '\0native:Set';
    if (source.endsWith('/polyfills/array.from.mjs')) return '\0native:Array.from';
    return null;
  },
  load(id) {
    if (id === '\0native:Set') return 'export default Set;';
    if (id === '\0native:Array.from') return 'export default (items, map) => Array.from(items, map);';
    return null;
  },
};
