import type { Root } from 'mdast';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { ArticleError, START_OF_FILE, type SourcePoint } from './article-error';

/** What the compiler needs from an article's YAML front matter. */
export interface FrontMatter {
  /** `ms.assetid`, shared by every locale of the same article. */
  readonly assetId: string;
  /** `ms.contentlocale`, BCP 47 (`nl-NL`). */
  readonly locale: string;
  readonly title: string;
  /** `ms.translationtype` (`MT`, `HT`), null when absent. */
  readonly translationType: string | null;
  /** `ms.date`, else `ms.lasthandoff`, as ISO `YYYY-MM-DD`; null when neither is there. */
  readonly date: string | null;
}

/** A BCP 47 tag as the docs write them: language, then optional subtags (`nl-NL`, `zh-Hans-CN`). */
const LOCALE_PATTERN = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/**
 * Reads the front matter of a parsed article (the `yaml` node remark-frontmatter puts first).
 * Field names: docs/admin-center.md, "Article format".
 * @throws ArticleError when the front matter is missing (1:1), is not valid YAML or not a
 *   mapping (at the YAML error), or lacks `title`, `ms.assetid` or a valid
 *   `ms.contentlocale`, or has a date that is not `MM/DD/YYYY` or `YYYY-MM-DD` (at the key).
 */
export function readFrontMatter(tree: Root, file: string): FrontMatter {
  const node = tree.children[0];
  if (node?.type !== 'yaml') {
    throw new ArticleError(file, 1, 1, 'no front matter: an article starts with a `---` YAML block');
  }
  // The YAML text starts on the line after the opening `---`.
  const firstLine = (node.position?.start.line ?? 1) + 1;
  const lineCounter = new LineCounter();
  const doc = parseDocument(node.value, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const pointAt = (offset: number): SourcePoint => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: firstLine + line - 1, column: col };
  };
  const fail = (at: SourcePoint, reason: string): never => {
    throw new ArticleError(file, at.line, at.column, reason);
  };
  const yamlError = doc.errors[0];
  if (yamlError) fail(pointAt(yamlError.pos[0]), `front matter is not valid YAML: ${yamlError.code}`);
  const map = doc.contents;
  if (!isMap(map)) return fail({ line: firstLine - 1, column: 1 }, 'front matter is not a YAML mapping');

  const field = (name: string): { value: string | null; at: SourcePoint } => {
    const pair = map.items.find((item) => isScalar(item.key) && String(item.key.value) === name);
    if (!pair) return { value: null, at: START_OF_FILE };
    const keyRange = isScalar(pair.key) ? pair.key.range : undefined;
    const at = keyRange ? pointAt(keyRange[0]) : START_OF_FILE;
    const value = pair.value;
    if (!isScalar(value) || value.value === null) return { value: null, at };
    const text = String(value.value).trim();
    return { value: text === '' ? null : text, at };
  };
  const required = (name: string): { value: string; at: SourcePoint } => {
    const { value, at } = field(name);
    if (value === null) fail(at, `front matter has no \`${name}\``);
    return { value: value as string, at };
  };

  const title = required('title').value;
  const assetId = required('ms.assetid').value;
  const locale = required('ms.contentlocale');
  if (!LOCALE_PATTERN.test(locale.value)) {
    fail(locale.at, `\`ms.contentlocale\` is not a BCP 47 locale: ${JSON.stringify(locale.value)}`);
  }
  const dateField = field('ms.date').value !== null ? field('ms.date') : field('ms.lasthandoff');
  let date: string | null = null;
  if (dateField.value !== null) {
    date = isoDate(dateField.value);
    if (date === null) fail(dateField.at, `not a date (MM/DD/YYYY or YYYY-MM-DD): ${JSON.stringify(dateField.value)}`);
  }
  return { assetId, locale: locale.value, title, translationType: field('ms.translationtype').value, date };
}

/** `05/06/2020` (the docs' US order) or `2020-05-06` → `2020-05-06`; null if not a real date. */
export function isoDate(text: string): string | null {
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = us
    ? [Number(us[3]), Number(us[1]), Number(us[2])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [Number.NaN, Number.NaN, Number.NaN];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (Number.isNaN(probe.getTime()) || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return probe.toISOString().slice(0, 10);
}
