import * as v from 'valibot';
import { CatalogSchema } from '../tour/catalog-schema';
import type { Article, Catalog } from '../tour/model';
import { ArticleError } from './article-error';
import { type CompileOptions, compileArticle } from './compile-article';

/** An article file to compile: its path as shown to authors, and its text. */
export interface ArticleSource {
  readonly file: string;
  readonly text: string;
}

/**
 * Compiles articles into one validated Catalog (every locale), articles in the given order.
 * @throws ArticleError for a bad article, or for a second article with the same locale and
 *   slug (at the second one's title heading).
 * @throws Error (not ArticleError) if the compiled catalog fails CatalogSchema: a compiler bug.
 */
export function compileCatalog(sources: readonly ArticleSource[], options: CompileOptions = {}): Catalog {
  const articles: Article[] = [];
  const seen = new Map<string, string>();
  for (const source of sources) {
    const { article, slugAt } = compileArticle(source.text, source.file, options);
    const key = `${article.locale}/${article.slug}`;
    const first = seen.get(key);
    if (first !== undefined) {
      throw new ArticleError(source.file, slugAt.line, slugAt.column, `duplicate slug "${article.slug}" in locale ${article.locale} (also in ${first})`);
    }
    seen.set(key, source.file);
    articles.push(article);
  }
  return validateCatalog({ articles });
}

/**
 * Checks a compiled catalog against CatalogSchema and returns it.
 * @throws Error naming the first issue and its path when it does not conform.
 */
export function validateCatalog(catalog: Catalog): Catalog {
  const result = v.safeParse(CatalogSchema, catalog);
  if (!result.success) {
    const issue = result.issues[0];
    const path = v.getDotPath(issue) ?? '(root)';
    throw new Error(`compiled catalog does not match the schema at ${path}: ${issue.message}`);
  }
  return result.output;
}
