import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createI18n } from './i18n';
import { UI_LANGUAGES } from './locales';

/**
 * The `_locales/<lang>/messages.json` files (the single source of the extension's words for
 * the browsers and for i18next) stay complete, consistent and used: a missing translation,
 * a stray or dead key, or a translated `{{placeholder}}` fails here, not in front of an admin.
 */

type Messages = Record<string, { message: string; description?: string }>;

const root = fileURLToPath(new URL('../..', import.meta.url));
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
/** Keys the manifest uses as `__MSG_<key>__` count as used. */
const manifest = readFileSync(join(root, 'manifest.json'), 'utf8');

const languages = readdirSync(join(root, '_locales')).sort();
const files: Record<string, Messages> = Object.fromEntries(
  languages.map((language) => [language, JSON.parse(readFileSync(join(root, '_locales', language, 'messages.json'), 'utf8')) as Messages]),
);
const en = files.en ?? {};

const baseOf = (key: string) => key.replace(PLURAL_SUFFIX, '');
const isPlural = (key: string) => PLURAL_SUFFIX.test(key);
const placeholdersOf = (text: string) => [...text.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((match) => match[1]).sort();

/** The plural categories a language needs (Intl.PluralRules, as i18next uses them). */
function categoriesOf(language: string): string[] {
  return [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();
}

/** Every plural base and plain key a language defines. */
function basesOf(messages: Messages): { plain: Set<string>; plural: Map<string, string[]> } {
  const plain = new Set<string>();
  const plural = new Map<string, string[]>();
  for (const key of Object.keys(messages)) {
    if (isPlural(key)) plural.set(baseOf(key), [...(plural.get(baseOf(key)) ?? []), key.slice(baseOf(key).length + 1)].sort());
    else plain.add(key);
  }
  return { plain, plural };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'articles' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('_locales', () => {
  it('has exactly the UI languages of src/i18n/locales.ts', () => {
    expect(languages).toEqual([...UI_LANGUAGES].sort());
  });

  it.each(languages)('%s: every key is a valid Chrome message name with a non-empty message and no `$`', (language) => {
    for (const [key, entry] of Object.entries(files[language] ?? {})) {
      expect(key, `${language}: ${key}`).toMatch(/^[A-Za-z0-9_]+$/);
      expect(entry.message.trim(), `${language}: ${key}`).not.toBe('');
      // chrome.i18n reads `$name$` as a placeholder: a literal dollar would vanish in the manifest.
      expect(entry.message, `${language}: ${key}`).not.toContain('$');
    }
  });

  it('en describes every key for translators', () => {
    const undescribed = Object.entries(en).filter(([, entry]) => !entry.description?.trim());
    expect(undescribed.map(([key]) => key)).toEqual([]);
  });

  it.each(languages)('%s: has every key the other languages have, and none of its own', (language) => {
    const mine = basesOf(files[language] ?? {});
    const others = languages.filter((other) => other !== language).map((other) => basesOf(files[other] ?? {}));
    const everyPlain = new Set(others.flatMap((other) => [...other.plain]));
    const everyPlural = new Set(others.flatMap((other) => [...other.plural.keys()]));
    expect([...everyPlain].filter((key) => !mine.plain.has(key)), 'missing keys').toEqual([]);
    expect([...everyPlural].filter((key) => !mine.plural.has(key)), 'missing plural keys').toEqual([]);
    expect([...mine.plain].filter((key) => !everyPlain.has(key)), 'keys no other language has').toEqual([]);
    expect([...mine.plural.keys()].filter((key) => !everyPlural.has(key)), 'plural keys no other language has').toEqual([]);
  });

  it.each(languages)('%s: gives each plural key exactly the categories the language needs', (language) => {
    const needed = categoriesOf(language);
    for (const [base, categories] of basesOf(files[language] ?? {}).plural) {
      expect(categories, `${language}: ${base}`).toEqual(needed);
    }
  });

  it.each(languages)('%s: uses the same {{placeholders}} as en', (language) => {
    for (const [key, entry] of Object.entries(files[language] ?? {})) {
      const english = en[key] ?? en[`${baseOf(key)}_other`];
      if (!english) continue; // a key en lacks is reported by the test above
      expect(placeholdersOf(entry.message), `${language}: ${key}`).toEqual(placeholdersOf(english.message));
    }
  });

  it('has no key that no code uses', () => {
    const code = sourceFiles(join(root, 'src')).map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));
    const used = (key: string) =>
      manifest.includes(`__MSG_${key}__`) || code.some(({ text }) => ['"', "'", '`'].some((quote) => text.includes(`${quote}${key}${quote}`)));
    const bases = [...new Set(Object.keys(en).map(baseOf))];
    expect(bases.filter((key) => !used(key))).toEqual([]);
  });

  it('has every key the code asks for with t(\'…\')', () => {
    const known = new Set(Object.keys(en).map(baseOf));
    const asked = sourceFiles(join(root, 'src')).flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(/\bt\(\s*['"`]([A-Za-z0-9_]+)['"`]/g)].map((match) => `${relative(root, path)}: ${match[1]}`),
    );
    expect(asked.filter((entry) => !known.has(entry.split(': ')[1] ?? ''))).toEqual([]);
  });

  it.each(languages)('%s: i18next resolves every plural for counts 0–111 to a translated text', (language) => {
    const i18n = createI18n(language);
    for (const base of basesOf(files[language] ?? {}).plural.keys()) {
      for (const count of [0, 1, 2, 3, 5, 10, 11, 12, 19, 20, 21, 22, 100, 101, 111]) {
        const text = i18n.t(base, { count });
        expect(text, `${language}: ${base} ${count}`).toContain(String(count));
        expect(text).not.toContain(base);
      }
    }
  });
});
