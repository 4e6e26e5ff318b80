/**
 * The compiled tour catalog, bundled at build time by `catalogPlugin` (src/catalog/vite-plugin.ts)
 * from src/articles/<locale>/<slug>.md, validated against src/tour/catalog-schema.ts.
 */
declare module 'virtual:admin-coach/catalog' {
  /** Every article of every locale. */
  const catalog: import('../tour/model').Catalog;
  export default catalog;
  /** The locales that have at least one article (BCP 47, sorted). */
  export const locales: readonly string[];
}
