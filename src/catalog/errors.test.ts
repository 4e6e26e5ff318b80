import { describe, expect, it } from 'vitest';
import { ArticleError } from './article-error';
import { compileArticle } from './compile-article';
import { compileCatalog } from './compile-catalog';
import { article, FIRST_BODY_LINE } from './test-article';

/** The `FILE:LINE:COL: message` the author sees for `text`. */
function errorOf(text: string): string {
  try {
    compileArticle(text, 'bad.md');
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleError);
    return (error as ArticleError).format();
  }
  throw new Error('compiled without an error');
}

/** Line of `line` in an article made by `article(...body)`: the body starts 2 lines below the title. */
const bodyLine = (index: number) => FIRST_BODY_LINE + 2 + index;

describe('bad articles stop with FILE:LINE:COL: message', () => {
  it('no title at all: neither a front matter `title` nor an H1', () => {
    expect(errorOf('Alleen tekst.\n\n1. Een.\n')).toBe('bad.md:1:1: no title: give the front matter a `title` or the article a `# Title` heading');
    const text = ['---', 'ms.assetid: a', 'ms.contentlocale: nl-NL', '---', '## <a name="x"></a>X', ''].join('\n');
    expect(errorOf(text)).toBe('bad.md:4:1: no title: give the front matter a `title` or the article a `# Title` heading');
  });

  it('a file name that cannot be a slug', () => {
    expect(() => compileArticle(article('1. Een.'), 'nl-NL/mijn artikel.md')).toThrow('nl-NL/mijn artikel.md:1:1: the file name is not a usable slug (letters, digits, - _ . only): "mijn artikel"');
  });

  it('an `ms.contentlocale` that is not a locale points at its key', () => {
    const text = ['---', 'title: X', 'ms.contentlocale: "12"', '---', '# X', ''].join('\n');
    expect(errorOf(text)).toBe('bad.md:3:1: `ms.contentlocale` is not a BCP 47 locale: "12"');
  });

  it('invalid YAML points into the front matter', () => {
    const text = ['---', 'title: [unclosed', 'ms.assetid: a', '---', '# <a name="x"></a>X', ''].join('\n');
    expect(errorOf(text)).toMatch(/^bad\.md:[2-4]:\d+: front matter is not valid YAML/);
  });

  it('an unclosed moniker range points at its start', () => {
    expect(errorOf(article('1. Een.', '', '::: moniker range="o365-worldwide"', '', '1. Twee.'))).toBe(
      `bad.md:${bodyLine(2)}:1: unclosed moniker range: no \`::: moniker-end\` after it`,
    );
  });

  it('an unknown moniker', () => {
    expect(errorOf(article('::: moniker range="o365-mars"', '', '1. Een.', '', '::: moniker-end'))).toBe(
      `bad.md:${bodyLine(0)}:1: unknown moniker "o365-mars": expected o365-worldwide, o365-germany or o365-21vianet`,
    );
  });

  it('an end marker without a range, and a range inside a range', () => {
    expect(errorOf(article('1. Een.', '', '::: moniker-end'))).toBe(`bad.md:${bodyLine(2)}:1: \`::: moniker-end\` without an open moniker range`);
    expect(errorOf(article('::: moniker range="o365-worldwide"', '', '::: moniker range="o365-germany"', '', '::: moniker-end'))).toBe(
      `bad.md:${bodyLine(2)}:1: moniker range opened inside another one (opened at ${bodyLine(0)}:1)`,
    );
  });

  it('an indented unclosed marker reports its real column', () => {
    expect(errorOf(article('1. Een.', '   ::: moniker range="o365-germany"'))).toBe(
      `bad.md:${bodyLine(1)}:4: unclosed moniker range: no \`::: moniker-end\` after it`,
    );
  });

  it('a task whose list is empty', () => {
    expect(errorOf(article('## <a name="leeg"></a>Leeg', '', '1.', ''))).toBe(`bad.md:${bodyLine(2)}:1: step 1 is empty: a step needs text`);
    expect(errorOf(article('**Taak**', '', '1. Een.', '2.   ', ''))).toBe(`bad.md:${bodyLine(3)}:1: step 2 is empty: a step needs text`);
  });

  it('a duplicate slug (file name) in the same locale points at the second title heading', () => {
    const text = article('1. Een.');
    let caught: unknown;
    try {
      compileCatalog([
        { file: 'a/test-article.md', text },
        { file: 'b/test-article.md', text },
      ]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ArticleError);
    expect((caught as ArticleError).format()).toBe(`b/test-article.md:${FIRST_BODY_LINE}:1: duplicate slug "test-article" in locale nl-NL (also in a/test-article.md)`);
  });

  it('the same slug in another locale is fine', () => {
    const other = article('1. Een.').replace('ms.contentlocale: nl-NL', 'ms.contentlocale: nb-NO');
    expect(compileCatalog([{ file: 'a.md', text: article('1. Een.') }, { file: 'b.md', text: other }]).articles).toHaveLength(2);
  });

  it('a step without labels is fine: it is untargeted', () => {
    const compiled = compileArticle(article('1. Wacht een minuut.'), 'ok.md').article;
    expect(compiled.tasks[0]?.variants[0]?.steps[0]?.labels).toEqual([]);
  });
});
