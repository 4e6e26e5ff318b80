/**
 * The catalog compiler's public API (build time only: Node, never shipped).
 * docs/architecture.md, "Data flow" and "Catalog CLI".
 */
export { ArticleError, type SourcePoint } from './article-error';
export { type CompiledArticle, type CompileOptions, compileArticle } from './compile-article';
export { type ArticleSource, compileCatalog, validateCatalog } from './compile-catalog';
export { DEFAULT_DOCS_FOLDER, DOCS_ORIGIN, docsLocationOf, resolveLink } from './links';
export { findArticleFiles, readArticleSources } from './load';
export { catalogForLocale, listLocales } from './locales';
export { formatSummary } from './summary';
export { CATALOG_MODULE_ID, type CatalogPluginOptions, catalogPlugin } from './vite-plugin';
