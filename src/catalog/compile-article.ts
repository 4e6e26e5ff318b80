import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import * as v from 'valibot';
import type { Article } from '../tour/model';
import { TaskIdSchema } from '../tour/session';
import { ArticleError, START_OF_FILE, type SourcePoint } from './article-error';
import { DEFAULT_ARTICLE_LOCALE, directionOf, localeOfPath } from './article-locale';
import { type BilingualSide, splitBilingual } from './bilingual';
import { readFrontMatter } from './front-matter';
import { DEFAULT_DOCS_FOLDER, docsLocationOf } from './links';
import { scopeByMonikers } from './monikers';
import { splitSections } from './sections';
import { isEmptyContainer, type SkippedConstruct, skipIncludesAndVideos } from './skipped';
import { slugOfFile } from './slug';
import { tasksOf } from './tasks';

/** Options of the compiler. */
export interface CompileOptions {
  /**
   * Docs folder the articles live in, ending with `/`; relative links resolve against
   * `https://learn.microsoft.com/<locale lower-case>/<docsFolder><slug>`.
   * Default `microsoft-365/commerce/subscriptions/` (see DEFAULT_DOCS_FOLDER in links.ts).
   */
  readonly docsFolder?: string;
  /**
   * Locale of an article that names none in `ms.contentlocale` and does not sit in a locale
   * folder (the CLI's `--locale`); default en-US (DEFAULT_ARTICLE_LOCALE).
   */
  readonly defaultLocale?: string;
}

/**
 * What an article is to the catalog: a plain article, or one side of a bilingual revision
 * (its translation, which a plain file of the same locale and slug replaces, or its English
 * original).
 */
export type ArticleRole = 'article' | 'bilingual-localized' | 'bilingual-english';

/** An article and what the catalog needs besides it. */
export interface CompiledArticle {
  readonly article: Article;
  readonly role: ArticleRole;
  /** Where the article's title is (the H1, else the start of the file): duplicate-slug errors point here. */
  readonly slugAt: SourcePoint;
  /** Task ids of earlier builds (`<ms.assetid>/<key>`) → this article's task ids. */
  readonly aliases: ReadonlyMap<string, string>;
  /** Includes and videos cut out of the article. */
  readonly skipped: readonly SkippedConstruct[];
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/**
 * Compiles one article file: a plain article gives one CompiledArticle; a bilingual revision
 * (src/catalog/bilingual.ts) gives two, its translation and its English original (en-US,
 * titled by its English H1, the same task ids).
 * @param source the file's text
 * @param file   its path as shown in errors and stored as Article.sourceFile; its name is
 *   the slug, its folder may name the locale (`src/articles/<locale>/<slug>.md`)
 * @throws ArticleError (`FILE:LINE:COL: message`, positions in `file` for either side of a
 *   bilingual file) for bad input: see compilePlain, splitBilingual.
 */
export function compileSource(source: string, file: string, options: CompileOptions = {}): CompiledArticle[] {
  const sides = splitBilingual(source, file);
  if (sides === null) return [compilePlain(source, file, options, 'article')];
  return [
    onSide(sides.localized, file, () => compilePlain(sides.localized.text, file, options, 'bilingual-localized')),
    onSide(sides.english, file, () => compilePlain(sides.english.text, file, options, 'bilingual-english')),
  ];
}

/**
 * Compiles one article file into its main article: the article itself, or for a bilingual
 * revision its translation. Errors as compileSource.
 */
export function compileArticle(source: string, file: string, options: CompileOptions = {}): CompiledArticle {
  return compileSource(source, file, options)[0] as CompiledArticle;
}

/** Runs `compile` on one side of a bilingual file, its errors pointing into the file itself. */
function onSide(side: BilingualSide, file: string, compile: () => CompiledArticle): CompiledArticle {
  try {
    return compile();
  } catch (error) {
    if (!(error instanceof ArticleError) || error.file !== file) throw error;
    const at = side.toSource(error.line, error.column);
    throw new ArticleError(file, at.line, at.column, error.reason);
  }
}

/**
 * Compiles DocFX-flavoured markdown (project docs/catalog.md) into the tour model.
 * Locale: `ms.contentlocale`, else the file's locale folder, else options.defaultLocale,
 * else en-US; the English side of a bilingual file is en-US. Title: front matter `title`,
 * else the H1 (the English side: its H1 first).
 * @throws ArticleError for a file name that cannot be a slug, no title at all, bad YAML or
 *   locale, a moniker range unclosed, unknown or misplaced, a bad anchor, an empty step.
 */
function compilePlain(source: string, file: string, options: CompileOptions, role: ArticleRole): CompiledArticle {
  const slug = slugOfFile(file);
  const tree = parser.parse(source) as Root;
  const front = readFrontMatter(tree, file);
  const hasFront = tree.children[0]?.type === 'yaml';
  const body = tree.children.slice(hasFront ? 1 : 0);
  // Where "no title" points: the closing `---` of the front matter, else the start of the file.
  const afterFront = hasFront ? { line: tree.children[0]?.position?.end.line ?? 1, column: 1 } : START_OF_FILE;
  const locale =
    role === 'bilingual-english' ? DEFAULT_ARTICLE_LOCALE : (front.locale ?? localeOfPath(file) ?? options.defaultLocale ?? DEFAULT_ARTICLE_LOCALE);
  const blocks = scopeByMonikers(body, file, source);
  const skipped = skipIncludesAndVideos(blocks.map((block) => block.node));
  const kept = skipped.length > 0 ? blocks.filter((block) => !isEmptyContainer(block.node)) : blocks;
  const { heading, sections } = splitSections(kept, file, { autoIds: /^en(-|$)/i.test(locale), fallback: afterFront });
  const title = role === 'bilingual-english' ? (heading ?? front.title) : (front.title ?? heading);
  if (title === null || title === '') {
    throw new ArticleError(file, afterFront.line, afterFront.column, 'no title: give the front matter a `title` or the article a `# Title` heading');
  }
  const where = docsLocationOf(locale, slug, options.docsFolder ?? DEFAULT_DOCS_FOLDER);
  const compiledTasks = tasksOf(slug, sections, where, file);
  const aliases = new Map<string, string>();
  if (front.assetId !== null) {
    for (const { task, legacyKey } of compiledTasks) {
      const legacyId = legacyKey === null ? null : `${front.assetId}/${legacyKey}`;
      // Only ids a share link or policy could have carried (TaskIdSchema) are worth keeping.
      if (legacyId !== null && legacyId !== task.id && v.is(TaskIdSchema, legacyId)) aliases.set(legacyId, task.id);
    }
  }
  const article: Article = {
    id: slug,
    slug,
    assetId: front.assetId,
    locale,
    dir: directionOf(locale),
    bilingual: role !== 'article',
    title,
    translationType: role === 'bilingual-english' ? null : front.translationType,
    date: front.date,
    sourceFile: file,
    tasks: compiledTasks.map(({ task }) => task),
  };
  return { article, role, slugAt: sections[0]?.at ?? afterFront, aliases, skipped };
}
