/**
 * The code cites the project's docs by file and section (`docs/architecture.md, "Share link"`,
 * docs/architecture.md's opening), so a section that moves or is renamed must take its
 * citations along: every cited file exists and every cited section is one of its headings.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** The tracked source, test, script and bench files, and the README and docs. */
function citingFiles(): string[] {
  const tracked = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\n');
  return tracked.filter((path) => /^(src|tests|scripts|bench|docs)\/.*\.(ts|tsx|md)$|^README\.md$/.test(path) && existsSync(join(ROOT, path)));
}

/** A citation: the docs file, then one or more quoted section names ("A" and "B"). */
const CITATION = /docs\/([\w-]+\.md)((?:,?\s*(?:and\s+)?"[^"]+")+)/g;

/** One citation's text with comment continuation (` * `) and line breaks made single spaces. */
const flattened = (text: string): string => text.replace(/\n\s*(\*|\/\/)?\s*/g, ' ');

function headingsOf(doc: string): Set<string> {
  const text = readFileSync(join(ROOT, 'docs', doc), 'utf8');
  return new Set(Array.from(text.matchAll(/^#+\s+(.+?)\s*$/gm), (match) => match[1] as string));
}

describe('citations of the docs', () => {
  it('name files and sections that exist', () => {
    const wrong: string[] = [];
    let cited = 0;
    for (const path of citingFiles()) {
      const text = flattened(readFileSync(join(ROOT, path), 'utf8'));
      for (const match of text.matchAll(CITATION)) {
        const doc = match[1] as string;
        if (!existsSync(join(ROOT, 'docs', doc))) {
          wrong.push(`${path}: docs/${doc} does not exist`);
          continue;
        }
        const headings = headingsOf(doc);
        for (const section of Array.from((match[2] as string).matchAll(/"([^"]+)"/g), (m) => m[1] as string)) {
          cited++;
          if (!headings.has(section)) wrong.push(`${path}: docs/${doc} has no section "${section}"`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(cited).toBeGreaterThan(50);
  });
});
