/**
 * The catalog CLI, a contract (docs/architecture.md, "Catalog CLI"):
 *   npm run catalog --silent -- [--json] [--summary] [FILE...]
 * Prints the compiled catalog of FILEs (default: every article under src/articles) as JSON
 * on stdout, or with --summary a readable table. A broken article prints
 * `FILE:LINE:COL: message` on stderr and exits 1; a usage error exits 2.
 */
import { fileURLToPath } from 'node:url';
import { ArticleError } from './article-error';
import { compileCatalog } from './compile-catalog';
import { findArticleFiles, readArticleSources } from './load';
import { formatSummary } from './summary';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

function main(argv: readonly string[]): number {
  const flags = argv.filter((arg) => arg.startsWith('--'));
  const files = argv.filter((arg) => !arg.startsWith('--'));
  const unknown = flags.filter((flag) => flag !== '--json' && flag !== '--summary');
  if (unknown.length > 0) {
    process.stderr.write(`unknown option ${unknown[0]}\nusage: npm run catalog --silent -- [--json] [--summary] [FILE...]\n`);
    return 2;
  }
  const base = process.cwd();
  const paths = files.length > 0 ? files : findArticleFiles(`${projectRoot}/src/articles`);
  try {
    const catalog = compileCatalog(readArticleSources(paths, base));
    const output = flags.includes('--summary') ? formatSummary(catalog) : JSON.stringify(catalog, null, 2);
    process.stdout.write(`${output}\n`);
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

process.exitCode = main(process.argv.slice(2));
