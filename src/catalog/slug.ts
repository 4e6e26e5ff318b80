import { basename } from 'node:path';
import { ArticleError, START_OF_FILE } from './article-error';

/** A slug or anchor that fits a task id (TaskIdSchema in src/tour/session.ts): letters, digits, `-`, `_`, `.`. */
export const PLAIN_NAME = /^[A-Za-z0-9][\w.-]*$/;

/**
 * An article's slug: its file name without `.md` and without a `.sxs` (bilingual revision)
 * suffix, the same in every translation (`src/articles/nl-NL/reactivate-your-subscription.md`
 * → `reactivate-your-subscription`).
 * @throws ArticleError (at 1:1) when the name is not a plain name (letters, digits, - _ .),
 *   so it could not appear in a task id or a share link.
 */
export function slugOfFile(file: string): string {
  const name = basename(file).replace(/\.md$/i, '').replace(/\.sxs$/i, '');
  if (!PLAIN_NAME.test(name) || name.length > 120) {
    throw new ArticleError(file, START_OF_FILE.line, START_OF_FILE.column, `the file name is not a usable slug (letters, digits, - _ . only): ${JSON.stringify(name)}`);
  }
  return name;
}

/**
 * The id DocFX gives a heading without an `<a name>` anchor: its text lower-cased, spaces to
 * `-`, other punctuation dropped (`Reactivate a subscription` → `reactivate-a-subscription`).
 * Translations keep this English id as their `<a name>`, so an English source article's
 * sections get the same keys as its translations'. Null when nothing usable is left (a
 * heading in another script): the section is then keyed by position.
 */
export function headingAutoId(text: string): string | null {
  const id = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9 _-]/g, '')
    .trim()
    .replace(/\s+/g, '-');
  return PLAIN_NAME.test(id) ? id : null;
}
