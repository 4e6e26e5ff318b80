import type { Catalog } from '../tour/model';

/**
 * The part of the catalog in one locale, for a caller that wants one locale only (the
 * extension bundles every locale: docs/architecture.md, "Where the code differs from the
 * starting design").
 */
export function catalogForLocale(catalog: Catalog, locale: string): Catalog {
  return { articles: catalog.articles.filter((article) => article.locale === locale) };
}
