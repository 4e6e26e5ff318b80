import type { Catalog } from '../tour/model';

/** The locales (BCP 47, e.g. `nl-NL`) that have at least one article, sorted, each once. */
export function listLocales(catalog: Catalog): string[] {
  return [...new Set(catalog.articles.map((article) => article.locale))].sort();
}

/** The part of the catalog in one locale ("one catalog per locale", issue 3). */
export function catalogForLocale(catalog: Catalog, locale: string): Catalog {
  return { articles: catalog.articles.filter((article) => article.locale === locale) };
}
