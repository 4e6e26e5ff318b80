/**
 * The catalog CLI (contract: README "Commands", project docs/catalog.md):
 *   npm run catalog --silent -- [--json] [--summary] [--locale LOCALE] [FILE...]
 *   npm run catalog --silent -- --check DIR [--locale LOCALE]
 * Prints the compiled catalog of FILEs (default: every article under src/articles) as JSON
 * on stdout, or with --summary a readable table; notes (skipped includes and videos, an
 * article with no procedure) go to stderr and do not change the exit status. A broken
 * article prints `FILE:LINE:COL: message` on stderr and exits 1. --check compiles every
 * `.md` below DIR on its own and prints one table row per article, exiting 1 only when an
 * article is broken. --locale is the locale of articles that name none and sit in no
 * locale folder (default en-US). A usage error exits 2.
 */
import { fileURLToPath } from 'node:url';
import { ArticleError } from './article-error';
import { LOCALE_PATTERN } from './front-matter';
import { checkCorpus, formatCheck } from './check';
import { type CompiledArticle, compileSource } from './compile-article';
import { assembleCatalog } from './compile-catalog';
import { findArticleFiles, readArticleSources } from './load';
import { formatSummary } from './summary';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const USAGE = 'usage: npm run catalog --silent -- [--json] [--summary] [--locale LOCALE] [FILE...] | --check DIR [--locale LOCALE]';

interface Arguments {
  readonly summary: boolean;
  readonly check: string | null;
  readonly locale: string | undefined;
  readonly files: readonly string[];
}

/** Reads the arguments; a string is a usage error. */
function parseArguments(argv: readonly string[]): Arguments | string {
  let summary = false;
  let check: string | null = null;
  let locale: string | undefined;
  const files: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] as string;
    const [flag, inline] = argument.startsWith('--') ? (argument.split(/=(.*)/s, 2) as [string, string | undefined]) : [argument, undefined];
    const value = (): string | null => inline ?? (argv[index + 1] !== undefined && !argv[index + 1]?.startsWith('--') ? (argv[++index] as string) : null);
    if (flag === '--json') continue;
    if (flag === '--summary') summary = true;
    else if (flag === '--check') {
      check = value();
      if (check === null) return '--check needs a folder';
    } else if (flag === '--locale') {
      const given = value();
      if (given === null || !LOCALE_PATTERN.test(given)) return `--locale needs a BCP 47 locale such as nl-NL${given ? `, not ${JSON.stringify(given)}` : ''}`;
      locale = given;
    } else if (flag.startsWith('--')) return `unknown option ${flag}`;
    else files.push(argument);
  }
  if (check !== null && files.length > 0) return '--check takes a folder, not files';
  return { summary, check, locale, files };
}

function main(argv: readonly string[]): number {
  const parsed = parseArguments(argv);
  if (typeof parsed === 'string') {
    process.stderr.write(`${parsed}\n${USAGE}\n`);
    return 2;
  }
  const base = process.cwd();
  const options = { defaultLocale: parsed.locale };
  try {
    if (parsed.check !== null) {
      const rows = checkCorpus(readArticleSources(findArticleFiles(parsed.check), base), options);
      process.stdout.write(`${formatCheck(rows)}\n`);
      return rows.some((row) => row.broken) ? 1 : 0;
    }
    const paths = parsed.files.length > 0 ? parsed.files : findArticleFiles(`${projectRoot}/src/articles`);
    const compiled = readArticleSources(paths, base).flatMap((source) => compileSource(source.text, source.file, options));
    const catalog = assembleCatalog(compiled);
    for (const note of notesOf(compiled)) process.stderr.write(`${note}\n`);
    process.stdout.write(`${parsed.summary ? formatSummary(catalog) : JSON.stringify(catalog, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ArticleError) {
      process.stderr.write(`${error.format()}\n`);
      return 1;
    }
    if (error instanceof Error && 'code' in error && 'path' in error) {
      process.stderr.write(`${String(error.path)}:1:1: cannot read the file (${String(error.code)})\n`);
      return 1;
    }
    throw error;
  }
}

/** `FILE:LINE:COL: note: …` for each skipped construct and each article without a procedure (once per file). */
function notesOf(compiled: readonly CompiledArticle[]): string[] {
  const notes: string[] = [];
  const seen = new Set<string>();
  for (const { article, skipped } of compiled) {
    if (seen.has(article.sourceFile)) continue;
    seen.add(article.sourceFile);
    for (const item of skipped) {
      notes.push(`${article.sourceFile}:${item.line}:${item.column}: note: skipped ${item.construct === 'include' ? '[!INCLUDE]' : '[!VIDEO]'} ${item.target}`);
    }
    if (article.tasks.length === 0) notes.push(`${article.sourceFile}:1:1: note: no procedure (a conceptual article): no tour`);
  }
  return notes;
}

process.exitCode = main(process.argv.slice(2));
