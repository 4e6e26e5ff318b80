import type { Root } from 'mdast';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { ArticleError, START_OF_FILE, type SourcePoint } from './article-error';

/**
 * What the compiler reads from an article's YAML front matter, every field as found: the
 * English source articles carry no `ms.contentlocale`, newer articles no `ms.assetid`, and a
 * helpdesk's own page may have no front matter at all (each field is then null).
 */
export interface FrontMatter {
  /** `ms.assetid`: metadata only (two different articles can share one); null when absent. */
  readonly assetId: string | null;
  /** `ms.contentlocale`, BCP 47 (`nl-NL`); null when absent. */
  readonly locale: string | null;
  /** Where `ms.contentlocale` is written (for errors about it), else the start of the file. */
  readonly localeAt: SourcePoint;
  /** `title`; null when absent or empty (the H1 then titles the article). */
  readonly title: string | null;
  /** `ms.translationtype` (`MT`, `HT`), null when absent. */
  readonly translationType: string | null;
  /** `ms.date`, else `ms.lasthandoff`, as ISO `YYYY-MM-DD`; null when neither is there. */
  readonly date: string | null;
  /** `ms.openlocfilehash`: names the source revision a translation was made from; null when absent. */
  readonly sourceRevision: string | null;
}

/** The front matter of an article that has none. */
export const NO_FRONT_MATTER: FrontMatter = {
  assetId: null,
  locale: null,
  localeAt: START_OF_FILE,
  title: null,
  translationType: null,
  date: null,
  sourceRevision: null,
};

/** A BCP 47 tag as the docs write them: language, then optional subtags (`nl-NL`, `zh-Hans-CN`). */
export const LOCALE_PATTERN = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/**
 * Reads the front matter of a parsed article (the `yaml` node remark-frontmatter puts first).
 * Field names: the docs' article metadata (project docs/catalog.md, "Articles as found").
 * No front matter is not an error: every field is then null.
 * @throws ArticleError when the front matter is not valid YAML or not a mapping (at the YAML
 *   error), when `ms.contentlocale` is there but not a BCP 47 tag, or when a date is not
 *   `MM/DD/YYYY` or `YYYY-MM-DD` (at the key).
 */
export function readFrontMatter(tree: Root, file: string): FrontMatter {
  const node = tree.children[0];
  if (node?.type !== 'yaml') return NO_FRONT_MATTER;
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
  if (map === null) return NO_FRONT_MATTER;
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

  const locale = field('ms.contentlocale');
  if (locale.value !== null && !LOCALE_PATTERN.test(locale.value)) {
    fail(locale.at, `\`ms.contentlocale\` is not a BCP 47 locale: ${JSON.stringify(locale.value)}`);
  }
  const dateField = field('ms.date').value !== null ? field('ms.date') : field('ms.lasthandoff');
  let date: string | null = null;
  if (dateField.value !== null) {
    date = isoDate(dateField.value);
    if (date === null) fail(dateField.at, `not a date (MM/DD/YYYY or YYYY-MM-DD): ${JSON.stringify(dateField.value)}`);
  }
  return {
    assetId: field('ms.assetid').value,
    locale: locale.value,
    localeAt: locale.at,
    title: field('title').value,
    translationType: field('ms.translationtype').value,
    date,
    sourceRevision: field('ms.openlocfilehash').value,
  };
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
