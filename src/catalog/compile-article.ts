import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Article } from '../tour/model';
import type { SourcePoint } from './article-error';
import { readFrontMatter } from './front-matter';
import { DEFAULT_DOCS_FOLDER, docsLocationOf } from './links';
import { scopeByMonikers } from './monikers';
import { splitSections } from './sections';
import { tasksOf } from './tasks';

/** Options of the compiler. */
export interface CompileOptions {
  /**
   * Docs folder the articles live in, ending with `/`; relative links resolve against
   * `https://learn.microsoft.com/<locale lower-case>/<docsFolder><slug>`.
   * Default `microsoft-365/commerce/subscriptions/` (see DEFAULT_DOCS_FOLDER in links.ts).
   */
  readonly docsFolder?: string;
}

/** An article and where its slug was declared (for the duplicate-slug error). */
export interface CompiledArticle {
  readonly article: Article;
  readonly slugAt: SourcePoint;
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/**
 * Compiles one docs article (DocFX-flavoured markdown, docs/admin-center.md
 * "Article format") into the tour model.
 * @param source the article text
 * @param file   its path as shown in errors and stored as Article.sourceFile
 * @throws ArticleError (`FILE:LINE:COL: message`) for bad input: no front matter or title,
 *   a moniker range unclosed, unknown or misplaced, no anchored title heading, an empty step.
 */
export function compileArticle(source: string, file: string, options: CompileOptions = {}): CompiledArticle {
  const tree = parser.parse(source) as Root;
  const front = readFrontMatter(tree, file);
  const body = tree.children.slice(1);
  // Where "no heading" points: the closing `---` of the front matter (always a real line).
  const afterFront = { line: tree.children[0]?.position?.end.line ?? 1, column: 1 };
  const blocks = scopeByMonikers(body, file, source);
  const { slug, sections } = splitSections(blocks, file, afterFront);
  const where = docsLocationOf(front.locale, slug, options.docsFolder ?? DEFAULT_DOCS_FOLDER);
  const article: Article = {
    id: front.assetId,
    slug,
    locale: front.locale,
    title: front.title,
    translationType: front.translationType,
    date: front.date,
    sourceFile: file,
    tasks: tasksOf(front.assetId, sections, where, file),
  };
  return { article, slugAt: sections[0]?.at ?? afterFront };
}
