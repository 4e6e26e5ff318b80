import { describe, expect, it } from 'vitest';
import type { Step, Task } from '../tour/model';
import { compileArticle } from './compile-article';
import { article } from './test-article';

const compile = (...body: string[]) => compileArticle(article(...body), 'nl-NL/test-article.md').article;
const onlyTask = (...body: string[]): Task => {
  const tasks = compile(...body).tasks;
  expect(tasks).toHaveLength(1);
  return tasks[0] as Task;
};
const steps = (...body: string[]): readonly Step[] => onlyTask(...body).variants[0]?.steps ?? [];

describe('front matter and headings', () => {
  it('reads asset id, locale, title, translation type, ISO date, and the slug from the file name', () => {
    const compiled = compile();
    expect(compiled).toMatchObject({
      id: 'test-article',
      assetId: '00000000-0000-0000-0000-000000000001',
      locale: 'nl-NL',
      dir: 'ltr',
      bilingual: false,
      title: 'Test article',
      translationType: 'MT',
      date: '2021-02-05',
      slug: 'test-article',
      sourceFile: 'nl-NL/test-article.md',
    });
  });
});

describe('sections', () => {
  it('a heading with an anchor titles a task whose id uses the anchor', () => {
    const task = onlyTask('## <a name="do-it"></a>Doe het', '', '1. Kies **Opslaan**.');
    expect(task).toMatchObject({ id: 'test-article/do-it', title: 'Doe het', kind: 'steps' });
  });

  it('a bold paragraph titles a task keyed by the last anchor and its ordinal', () => {
    const tasks = compile('**Eerste**', '', '1. Een.', '', '**Tweede**', '', '1. Twee.', '', '## <a name="meer"></a>Meer', '', '**Derde**', '', '1. Drie.').tasks;
    expect(tasks.map((task) => [task.id, task.title])).toEqual([
      ['test-article/1', 'Eerste'],
      ['test-article/2', 'Tweede'],
      ['test-article/meer/1', 'Derde'],
    ]);
  });

  it('a paragraph that only starts bold is text, not a title', () => {
    const task = onlyTask('**Let wel** dit is tekst.', '', '1. Een.');
    expect(task.intro).toEqual([[{ type: 'strong', children: [{ type: 'text', value: 'Let wel' }] }, { type: 'text', value: ' dit is tekst.' }]]);
  });

  it('a bulleted list makes a checklist of untargeted steps', () => {
    const [task] = compile('## <a name="check"></a>Controleer', '', '- Een licentie is toegewezen.', '- Het account werkt.', '', '## <a name="go"></a>Ga', '', '1. Een.').tasks;
    expect(task?.kind).toBe('checklist');
    expect(task?.variants[0]?.steps.map((step) => [step.text, step.labels])).toEqual([
      ['Een licentie is toegewezen.', []],
      ['Het account werkt.', []],
    ]);
  });

  it('"before you begin" gives prerequisites to the tasks after it; "related content" is no task', () => {
    const tasks = compile(
      '## <a name="before-you-begin"></a>Voordat u begint',
      '',
      'U moet globale beheerder zijn.',
      '',
      '- Of factureringsbeheerder.',
      '',
      '## <a name="go"></a>Ga',
      '',
      '1. Een.',
      '',
      '## <a name="related-content"></a>Verwante onderwerpen',
      '',
      '- [Een](https://example.com/een)',
    ).tasks;
    expect(tasks.map((task) => [task.id.split('/')[1], task.prerequisites])).toEqual([['go', ['U moet globale beheerder zijn.', 'Of factureringsbeheerder.']]]);
  });
});

describe('moniker ranges', () => {
  it('make one variant per cloud; an article without them has one `any` variant', () => {
    expect(onlyTask('1. Een.').variants.map((variant) => variant.cloud)).toEqual(['any']);
    const task = onlyTask(
      '::: moniker range="o365-21vianet"',
      '',
      '1. China.',
      '',
      '::: moniker-end',
      '',
      '::: moniker range="o365-worldwide || o365-germany"',
      '',
      '1. Wereld.',
      '2. Twee.',
      '',
      '::: moniker-end',
    );
    expect(task.variants.map((variant) => [variant.cloud, variant.steps.map((step) => step.text)])).toEqual([
      ['worldwide', ['Wereld.', 'Twee.']],
      ['germany', ['Wereld.', 'Twee.']],
      ['21vianet', ['China.']],
    ]);
  });

  it('accept an indented end marker that lands inside the last list item', () => {
    const indented = onlyTask('::: moniker range="o365-germany"', '', '1. Een.', '2. Twee.', '   ::: moniker-end', '', '1. Daarna.');
    expect(indented.variants.map((variant) => [variant.cloud, variant.steps.map((step) => step.text)])).toEqual([
      ['germany', ['Een.', 'Twee.', 'Daarna.']],
      // The other clouds have no range of their own: they get the steps outside any range.
      ['any', ['Daarna.']],
    ]);
    const afterBlank = onlyTask('::: moniker range="o365-germany"', '', '1. Een.', '', '    ::: moniker-end');
    expect(afterBlank.variants[0]?.steps.map((step) => step.text)).toEqual(['Een.']);
  });

  it('accept an end marker indented into a code block', () => {
    const task = onlyTask('::: moniker range="o365-worldwide"', '', '1. Een.', '', 'Tekst.', '', '    ::: moniker-end');
    expect(task.variants.map((variant) => variant.cloud)).toEqual(['worldwide']);
  });
});

describe('alerts', () => {
  it('`> [!TIP]` in a list item, nested 4 spaces deep, is a step alert', () => {
    const [step] = steps('1. Een.', '    > [!TIP]', '    > Handig om te weten.');
    expect(step?.alerts).toEqual([{ kind: 'tip', content: [{ type: 'text', value: 'Handig om te weten.' }] }]);
    expect(step?.text).toBe('Een.');
  });

  it('machine-translated bold forms (`**Notă:**`, `**Important**:`) are alerts, in steps and sections', () => {
    const task = onlyTask('**Belangrijk:** Lees dit eerst.', '', '1. Een.', '', '   **Notă:** Pe scurt.', '2. Twee.', '', '   > **Important**: Watch out.');
    expect(task.alerts).toEqual([{ kind: 'important', content: [{ type: 'text', value: 'Lees dit eerst.' }] }]);
    expect(task.intro).toEqual([]);
    const [one, two] = task.variants[0]?.steps ?? [];
    expect(one?.alerts).toEqual([{ kind: 'note', content: [{ type: 'text', value: 'Pe scurt.' }] }]);
    expect(two?.alerts).toEqual([{ kind: 'important', content: [{ type: 'text', value: 'Watch out.' }] }]);
    expect(one?.labels).toEqual([]);
  });
});

describe('inline content', () => {
  it('a raw `<a href target=_blank>` becomes a link with the fwlink route', () => {
    const [step] = steps('1. Ga naar **Facturering** \\> <a href="https://go.microsoft.com/fwlink/p/?linkid=842054" target="_blank">Mijn producten</a>.');
    expect(step?.content).toEqual([
      { type: 'text', value: 'Ga naar ' },
      { type: 'strong', children: [{ type: 'text', value: 'Facturering' }] },
      { type: 'text', value: ' > ' },
      { type: 'link', href: 'https://go.microsoft.com/fwlink/p/?linkid=842054', route: '#/subscriptions', children: [{ type: 'text', value: 'Mijn producten' }] },
      { type: 'text', value: '.' },
    ]);
    expect(step?.labels).toEqual(['Facturering', 'Mijn producten']);
    expect(step?.route).toBe('#/subscriptions');
  });

  it('an image in a list item is kept as its alt text, not as content', () => {
    const [step] = steps('1. Kies **Opnieuw activeren**.', '', '    ![Een kaart met een knop Opnieuw activeren.](../../media/x.png)');
    expect(step?.images).toEqual(['Een kaart met een knop Opnieuw activeren.']);
    expect(step?.text).toBe('Kies Opnieuw activeren.');
  });

  it('continuation paragraphs join the step after a break; labels come from the first paragraph', () => {
    const [step] = steps('1. Kies **Opslaan**.', '', '   Zie je **Opslaan** niet, bel **Ondersteuning**.');
    expect(step?.text).toBe('Kies Opslaan. Zie je Opslaan niet, bel Ondersteuning.');
    expect(step?.content.filter((node) => node.type === 'break')).toHaveLength(1);
    expect(step?.labels).toEqual(['Opslaan']);
  });

  it('a trailing backslash is a line break', () => {
    const [step] = steps('1. Eerste regel\\', '   tweede regel.');
    expect(step?.content).toEqual([{ type: 'text', value: 'Eerste regel' }, { type: 'break' }, { type: 'text', value: 'tweede regel.' }]);
    expect(step?.text).toBe('Eerste regel tweede regel.');
  });

  it.each([
    ['>', '1. Klik **Billing > Your products**.'],
    ['\\>', '1. Klik **Billing \\> Your products**.'],
    ['&gt;', '1. Klik **Billing&gt;Your products**.'],
    ['> between spans', '1. Klik **Billing** > **Your products**.'],
  ])('breadcrumbs written with %s split into ordered labels', (_form, line) => {
    expect(steps(line)[0]?.labels).toEqual(['Billing', 'Your products']);
  });

  it('strips the sentence punctuation that machine translation pulls into the bold', () => {
    expect(steps('1. Selecteer **Betalingswijze toevoegen.**')[0]?.labels).toEqual(['Betalingswijze toevoegen']);
  });

  it('a lone admin link is navigation (route, no label); docs links are never labels', () => {
    const [step] = steps('1. Ga naar [Abonnementen](https://go.microsoft.com/fwlink/p/?linkid=850626) of lees [dit](https://learn.microsoft.com/x).');
    expect(step?.labels).toEqual([]);
    expect(step?.route).toBe('#/subscriptions');
  });

  it('admin-center URLs map to their route; an unknown fwlink and "My account" have none', () => {
    const routes = (url: string) => steps(`1. Open [de pagina](${url}).`)[0]?.route;
    expect(routes('https://admin.microsoft.com/Adminportal/Home#/users')).toBe('#/users');
    expect(routes('https://portal.partner.microsoftonline.cn/AdminPortal/Home?ref=users')).toBe('#/users');
    expect(routes('https://portal.office.com/adminportal/home#/homepage')).toBe('#/homepage');
    expect(routes('https://go.microsoft.com/fwlink/p/?linkid=874703')).toBeNull();
    expect(routes('https://portal.office.com/account/#installs')).toBeNull();
  });

  it('relative links resolve to absolute learn.microsoft.com links in the article locale', () => {
    const hrefs = steps(
      '1. Zie [a](../../admin/contact-support-for-business-products.md), [b](renew-your-subscription.md#turn-on), [c](/microsoft-365/admin/x), [d](#boven).',
    )[0]?.content.flatMap((node) => (node.type === 'link' ? [node.href] : []));
    expect(hrefs).toEqual([
      'https://learn.microsoft.com/nl-nl/microsoft-365/admin/contact-support-for-business-products',
      'https://learn.microsoft.com/nl-nl/microsoft-365/commerce/subscriptions/renew-your-subscription#turn-on',
      'https://learn.microsoft.com/nl-nl/microsoft-365/admin/x',
      'https://learn.microsoft.com/nl-nl/microsoft-365/commerce/subscriptions/test-article#boven',
    ]);
  });

  it('never keeps a javascript: or mailto: link, only its text; other HTML is dropped', () => {
    const [step] = steps('1. Klik [hier](javascript:alert(1)) of <span onclick="x">daar</span> <a href="mailto:a@b.c">mail</a>.');
    expect(step?.content).toEqual([{ type: 'text', value: 'Klik hier of daar mail.' }]);
  });

  it('inline code stays code', () => {
    expect(steps('1. Typ `Get-MsolUser`.')[0]?.content).toContainEqual({ type: 'code', value: 'Get-MsolUser' });
  });
});

describe('stray emphasis markers', () => {
  it('drops a pair the parser left as text, and keeps a wildcard', async () => {
    const { withoutStrayEmphasis } = await import('./inline');
    expect(withoutStrayEmphasis('selecteer vervolgens Dit abonnement opnieuw *activeren.* Als u')).toBe(
      'selecteer vervolgens Dit abonnement opnieuw activeren. Als u',
    );
    expect(withoutStrayEmphasis('add *.contoso.com to the list')).toBe('add *.contoso.com to the list');
    expect(withoutStrayEmphasis('2 * 3 * 4')).toBe('2 * 3 * 4');
  });
});
