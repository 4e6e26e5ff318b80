/**
 * The catalog compiler's public API (build time only: Node, never shipped).
 * Contract: project docs/catalog.md.
 */
export { ArticleError, type SourcePoint } from './article-error';
export { DEFAULT_ARTICLE_LOCALE } from './article-locale';
export { type CheckRow, checkCorpus, formatCheck } from './check';
export { type ArticleRole, type CompiledArticle, type CompileOptions, compileArticle, compileSource } from './compile-article';
export { type ArticleSource, assembleCatalog, compileCatalog, validateCatalog } from './compile-catalog';
export { DEFAULT_DOCS_FOLDER, DOCS_ORIGIN, docsLocationOf, resolveLink } from './links';
export { findArticleFiles, readArticleSources } from './load';
export { listLocales } from '../tour/lookup';
export { catalogForLocale } from './locales';
export { formatSummary } from './summary';
export { CATALOG_MODULE_ID, type CatalogPluginOptions, catalogPlugin } from './vite-plugin';
