import * as v from 'valibot';
import { CatalogSchema } from '../tour/catalog-schema';
import type { Article, Catalog } from '../tour/model';
import { alignSteps, type TranslationPair, withTranslations } from './align';
import { ArticleError } from './article-error';
import { type CompiledArticle, type CompileOptions, compileSource } from './compile-article';

/** An article file to compile: its path as shown to authors, and its text. */
export interface ArticleSource {
  readonly file: string;
  readonly text: string;
}

/**
 * Compiles article files into one validated Catalog (every locale), articles in file order.
 * @throws ArticleError for a bad article, or for a second article with the same locale and
 *   slug (at the second one's title).
 * @throws Error (not ArticleError) if the compiled catalog fails CatalogSchema: a compiler bug.
 */
export function compileCatalog(sources: readonly ArticleSource[], options: CompileOptions = {}): Catalog {
  return assembleCatalog(sources.flatMap((source) => compileSource(source.text, source.file, options)));
}

/**
 * One article per locale and slug, from compiled files (project docs/catalog.md, "Bilingual
 * revisions"):
 * - two plain articles (or two translations of bilingual files) with one locale and slug are
 *   an error;
 * - the translation side of a bilingual file gives way to the plain translation of the same
 *   locale and slug (they are the same tours), so no tour is listed twice;
 * - of the English sides of one slug, a plain English article wins, else the newest revision
 *   (latest date; the first file on a tie): several translations carry the same original.
 * Aliases: every article's old task ids, except one that would name two different tasks or a
 * task id of today. Each step carries its translations: the same step in the other locales,
 * aligned through the English originals of every bilingual file (src/catalog/align.ts).
 * @throws ArticleError for a duplicate, as compileCatalog.
 */
export function assembleCatalog(compiled: readonly CompiledArticle[]): Catalog {
  const keyOf = (entry: CompiledArticle): string => `${entry.article.locale.toLowerCase()}/${entry.article.slug}`;
  const chosen = new Map<string, CompiledArticle>();
  for (const role of ['article', 'bilingual-localized', 'bilingual-english'] as const) {
    for (const entry of compiled.filter((candidate) => candidate.role === role)) {
      const key = keyOf(entry);
      const first = chosen.get(key);
      if (first === undefined) {
        chosen.set(key, entry);
        continue;
      }
      if (first.role !== role) continue;
      if (role === 'bilingual-english') {
        if ((entry.article.date ?? '') > (first.article.date ?? '')) chosen.set(key, entry);
        continue;
      }
      const at = entry.slugAt;
      throw new ArticleError(
        entry.article.sourceFile,
        at.line,
        at.column,
        `duplicate slug "${entry.article.slug}" in locale ${entry.article.locale} (also in ${first.article.sourceFile})`,
      );
    }
  }
  const kept = compiled.filter((entry) => chosen.get(keyOf(entry)) === entry);
  const articles: Article[] = withTranslations(
    kept.map((entry) => entry.article),
    alignSteps(translationPairs(compiled)),
  );
  return validateCatalog({ articles, aliases: aliasesOf(kept, articles) });
}

/** Each bilingual file's two sides, its translation and its English original (src/catalog/align.ts). */
function translationPairs(compiled: readonly CompiledArticle[]): TranslationPair[] {
  const localized = compiled.filter((entry) => entry.role === 'bilingual-localized');
  return localized.flatMap((entry) => {
    const english = compiled.find((other) => other.role === 'bilingual-english' && other.article.sourceFile === entry.article.sourceFile);
    return english ? [{ localized: entry.article, english: english.article }] : [];
  });
}

function aliasesOf(kept: readonly CompiledArticle[], articles: readonly Article[]): Record<string, string> {
  const current = new Set(articles.flatMap((article) => article.tasks.map((task) => task.id)));
  const aliases = new Map<string, string | null>();
  for (const entry of kept) {
    for (const [old, id] of entry.aliases) {
      if (current.has(old)) continue;
      const known = aliases.get(old);
      aliases.set(old, known === undefined || known === id ? id : null);
    }
  }
  return Object.fromEntries([...aliases].filter((pair): pair is [string, string] => pair[1] !== null).sort(([a], [b]) => a.localeCompare(b)));
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
