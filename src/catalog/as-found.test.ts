import { describe, expect, it } from 'vitest';
import { compileArticle } from './compile-article';
import { compileCatalog } from './compile-catalog';

/** An article from its lines (front matter included when the test writes one). */
const text = (...lines: string[]) => `${lines.join('\n')}\n`;
const PROCEDURE = ['', '## Reactivate a subscription', '', '1. Go to **Billing** > **Your products**.', '2. Select **Reactivate**.'];

describe('front matter as found', () => {
  it('an article with no front matter is titled by its H1, named by its file, English by default', () => {
    const { article } = compileArticle(text('# Reactivate your subscription', ...PROCEDURE), 'drop/reactivate-your-subscription.md');
    expect(article).toMatchObject({
      id: 'reactivate-your-subscription',
      slug: 'reactivate-your-subscription',
      assetId: null,
      locale: 'en-US',
      dir: 'ltr',
      title: 'Reactivate your subscription',
      translationType: null,
      date: null,
    });
    // English headings without anchors get DocFX's id of their text: the anchor their translations carry.
    expect(article.tasks.map((task) => task.id)).toEqual(['reactivate-your-subscription/reactivate-a-subscription']);
  });

  it('the front matter title wins over the H1; `ms.assetid` is kept as metadata', () => {
    const { article } = compileArticle(text('---', 'title: Uw abonnement', 'ms.assetid: 23aa9dd5', '---', '# Iets anders', ...PROCEDURE), 'nl-NL/x.md');
    expect([article.title, article.assetId, article.id]).toEqual(['Uw abonnement', '23aa9dd5', 'x']);
  });

  it('locale: ms.contentlocale, else the folder, else the --locale default, else en-US', () => {
    const body = ['# Titel', ...PROCEDURE];
    const localeOf = (file: string, lines: string[], defaultLocale?: string) => compileArticle(text(...lines), file, { defaultLocale }).article.locale;
    expect(localeOf('nl-NL/x.md', ['---', 'ms.contentlocale: nb-NO', '---', ...body])).toBe('nb-NO');
    expect(localeOf('articles/nl-nl/x.md', body)).toBe('nl-NL');
    expect(localeOf('articles/he/x.md', body)).toBe('he');
    // `src`, `tmp`, `docs` are folders, not locales.
    expect(localeOf('src/x.md', body, 'ro-RO')).toBe('ro-RO');
    expect(localeOf('tmp/x.md', body)).toBe('en-US');
  });

  it('right-to-left locales say so', () => {
    const dirOf = (folder: string) => compileArticle(text('# T', ...PROCEDURE), `${folder}/x.md`).article.dir;
    expect(['ar-SA', 'he-IL', 'fa-IR', 'ur-PK', 'nl-NL', 'zh-CN', 'ru-RU'].map(dirOf)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'ltr', 'ltr', 'ltr']);
  });

  it('two different articles may share an `ms.assetid`: identity is the slug', () => {
    const one = text('---', 'title: Een', 'ms.assetid: same', 'ms.contentlocale: nl-NL', '---', '# <a name="een"></a>Een', '', '1. Een.');
    const two = text('---', 'title: Twee', 'ms.assetid: same', 'ms.contentlocale: nl-NL', '---', '# <a name="twee"></a>Twee', '', '1. Twee.');
    const catalog = compileCatalog([
      { file: 'nl-NL/een.md', text: one },
      { file: 'nl-NL/twee.md', text: two },
    ]);
    expect(catalog.articles.map((entry) => entry.tasks[0]?.id)).toEqual(['een', 'twee']);
    // Each one's old id (`<ms.assetid>/<anchor>`) is an alias of its own task.
    expect(catalog.aliases).toEqual({ 'same/een': 'een', 'same/twee': 'twee' });
  });

  it('an old id that would name two tasks is no alias', () => {
    const lines = (title: string) => text('---', `title: ${title}`, 'ms.assetid: same', 'ms.contentlocale: nl-NL', '---', '# <a name="x"></a>X', '', '1. Een.');
    const catalog = compileCatalog([
      { file: 'nl-NL/een.md', text: lines('Een') },
      { file: 'nl-NL/twee.md', text: lines('Twee') },
    ]);
    expect(catalog.aliases).toEqual({});
  });

  it('task ids are stable: the old id of every seed-shaped task is an alias', () => {
    const source = text(
      '---',
      'title: T',
      'ms.assetid: 2d59f23f',
      'ms.contentlocale: ro-RO',
      '---',
      '# <a name="activate"></a>Activare',
      '',
      '**Reactivare**',
      '',
      '1. Un pas.',
      '',
      '## <a name="more"></a>Mai mult',
      '',
      '1. Alt pas.',
    );
    const catalog = compileCatalog([{ file: 'ro-RO/activate.md', text: source }]);
    expect(catalog.articles[0]?.tasks.map((task) => task.id)).toEqual(['activate/1', 'activate/more']);
    expect(catalog.aliases).toEqual({ '2d59f23f/activate/1': 'activate/1', '2d59f23f/more': 'activate/more' });
  });
});
