import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ArticleSource } from './compile-catalog';

/**
 * Every `*.md` file under `dir` (the layout is `src/articles/<locale>/<slug>.md`, bilingual
 * revisions `<slug>.sxs.md`), as
 * absolute paths in a stable, sorted order. Returns [] when the directory does not exist.
 */
export function findArticleFiles(dir: string): string[] {
  const root = resolve(dir);
  let entries: string[];
  try {
    entries = readdirSync(root, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.endsWith('.md'))
    .map((entry) => join(root, entry))
    .sort();
}

/**
 * Reads article files as UTF-8. Each source's `file` is its path relative to `base` (the
 * project root or the working directory), the form errors and Article.sourceFile use.
 * @throws the fs error when a file cannot be read.
 */
export function readArticleSources(paths: readonly string[], base: string): ArticleSource[] {
  return paths.map((path) => {
    const absolute = resolve(base, path);
    return { file: relative(base, absolute).split('\\').join('/'), text: readFileSync(absolute, 'utf8') };
  });
}
