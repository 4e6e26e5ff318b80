import { describe, expect, it } from 'vitest';
import type { Article } from '../tour/model';
import { compileSource } from './compile-article';

/**
 * A corpus of articles as DocFX is written in the wild, in several scripts (Latin, Cyrillic,
 * CJK, Arabic, Hebrew), one or more per construct, each with the tasks, steps and labels a
 * coach mark needs. The tests write the markdown themselves.
 */

interface Expected {
  /** Task id without the slug → title, kind, and per cloud the labels of each step. */
  readonly tasks: Readonly<Record<string, { title: string; kind?: 'steps' | 'checklist'; variants: Readonly<Record<string, readonly (readonly string[])[]>> }>>;
  readonly dir?: 'ltr' | 'rtl';
  readonly skipped?: readonly string[];
}

interface Case {
  readonly name: string;
  /** `<locale>/<slug>.md`: the folder names the locale (no front matter in most of the wild). */
  readonly file: string;
  readonly lines: readonly string[];
  readonly expected: Expected;
}

const CASES: readonly Case[] = [
  {
    name: 'monikers whose numbering continues across `::: moniker-end`, a heading inside a moniker (en)',
    file: 'en-US/renew.md',
    lines: [
      '# Renew Microsoft 365',
      '## Turn on recurring billing',
      '1. Go to **Billing** > **Your products**.',
      '::: moniker range="o365-worldwide"',
      '2. Select **Edit recurring billing**.',
      '::: moniker-end',
      '::: moniker range="o365-germany"',
      '2. Select **Change**.',
      '::: moniker-end',
      '3. Select **Save**.',
      '',
      '::: moniker range="o365-21vianet"',
      '## Renew in 21Vianet',
      '',
      '1. Go to **Billing** > **Subscriptions**.',
      '::: moniker-end',
    ],
    expected: {
      tasks: {
        'turn-on-recurring-billing': {
          title: 'Turn on recurring billing',
          variants: {
            worldwide: [['Billing', 'Your products'], ['Edit recurring billing'], ['Save']],
            germany: [['Billing', 'Your products'], ['Change'], ['Save']],
            any: [['Billing', 'Your products'], ['Save']],
          },
        },
        'renew-in-21vianet': { title: 'Renew in 21Vianet', variants: { '21vianet': [['Billing', 'Subscriptions']] } },
      },
    },
  },
  {
    name: 'five procedures titled by headings and bold lines, a checklist, a lead-in line (nl)',
    file: 'nl-NL/gebruikers.md',
    lines: [
      '---',
      'title: Gebruikers beheren',
      '---',
      '## <a name="add"></a>Een gebruiker toevoegen',
      '1. Ga naar **Gebruikers** \\> **Actieve gebruikers**.',
      '2. Kies **Een gebruiker toevoegen**.',
      '',
      'Een gebruiker verwijderen:',
      '',
      '1. Selecteer **Gebruiker verwijderen**.',
      '',
      '**Een wachtwoord opnieuw instellen**',
      '',
      '1. Kies **Wachtwoord opnieuw instellen**.',
      '',
      '**Controleer:**',
      '',
      '- Het account werkt.',
      '',
      '## <a name="licenses"></a>Licenties',
      '',
      '1. Kies **Licenties en apps**.',
      '',
      '**Rollen**',
      '',
      '1. Kies **Rollen beheren**.',
    ],
    expected: {
      tasks: {
        add: { title: 'Een gebruiker toevoegen', variants: { any: [['Gebruikers', 'Actieve gebruikers'], ['Een gebruiker toevoegen']] } },
        'add/procedure-2': { title: 'Een gebruiker verwijderen', variants: { any: [['Gebruiker verwijderen']] } },
        'add/1': { title: 'Een wachtwoord opnieuw instellen', variants: { any: [['Wachtwoord opnieuw instellen']] } },
        'add/2': { title: 'Controleer', kind: 'checklist', variants: { any: [[]] } },
        licenses: { title: 'Licenties', variants: { any: [['Licenties en apps']] } },
        'licenses/1': { title: 'Rollen', variants: { any: [['Rollen beheren']] } },
      },
    },
  },
  {
    name: 'alerts in list items holding lists, `>[!IMPORTANT]` without a space, a plain `**Important**:` (ru)',
    file: 'ru-RU/oplata.md',
    lines: [
      '# Способы оплаты',
      '',
      '**Важно!** Это не заголовок предупреждения, а текст.',
      '',
      '1. Перейдите в раздел **Выставление счетов** > **Способы оплаты**.',
      '    >[!IMPORTANT]',
      '    >Перед началом:',
      '    > - проверьте роль;',
      '    > - проверьте страну.',
      '2. Выберите **Добавить способ оплаты**.',
      '',
      '    **Important**: карта должна быть действительной.',
    ],
    expected: {
      tasks: { '': { title: 'Способы оплаты', variants: { any: [['Выставление счетов', 'Способы оплаты'], ['Добавить способ оплаты']] } } },
    },
  },
  {
    name: '[!INCLUDE] and [!VIDEO] skipped with a note; `\\` hard breaks and `<br>`; indented fences (en)',
    file: 'en-US/setup.md',
    lines: [
      '# Set up',
      '',
      '[!INCLUDE[Admin roles](../includes/admin-roles.md)]',
      '',
      '> [!VIDEO https://www.microsoft.com/videoplayer/embed/abc]',
      '',
      '1. Select **Setup**.\\',
      '   Then select **Next**.',
      '2. Select **Domains**<br>and **Add domain**.',
      '3. Run:',
      '',
      '    ```powershell',
      '    Get-MsolDomain',
      '    ```',
    ],
    expected: {
      tasks: { '': { title: 'Set up', variants: { any: [['Setup', 'Next'], ['Domains', 'Add domain'], []] } } },
      skipped: ['include ../includes/admin-roles.md', 'video https://www.microsoft.com/videoplayer/embed/abc'],
    },
  },
  {
    name: 'sub-bullets are detail of their step, their bold is no target (en)',
    file: 'en-US/licenses.md',
    lines: ['# Licenses', '', '1. Select **Licenses**.', '   - **Microsoft 365 Business Basic**: mail only.', '   - Other plans add apps.', '2. Select **Save**.'],
    expected: { tasks: { '': { title: 'Licenses', variants: { any: [['Licenses'], ['Save']] } } } },
  },
  {
    name: 'adjacent bold runs, bold glued to words, `>` inside bold, `\\>` separators, labels left in English (ru)',
    file: 'ru-RU/podpiski.md',
    lines: [
      '# Подписки',
      '',
      '1. Выберите **Выставление счетов****Ваши продукты**.',
      '2. Нажмите**Продлить**сейчас.',
      '3. Перейдите в **Billing > Subscriptions**.',
      '4. Откройте **Настройка** \\> **Домены**.',
    ],
    expected: {
      tasks: {
        '': {
          title: 'Подписки',
          variants: { any: [['Выставление счетов', 'Ваши продукты'], ['Продлить'], ['Billing', 'Subscriptions'], ['Настройка', 'Домены']] },
        },
      },
    },
  },
  {
    name: 'CJK: bold around quotes glued to words, labels in 「」 and [] (zh, ja)',
    file: 'zh-CN/zhangdan.md',
    lines: ['# 账单', '', '1. 转到**“账单”**页面，然后选择「**订阅**」。', '2. 选择 **[保存]**。'],
    expected: { tasks: { '': { title: '账单', variants: { any: [['账单', '订阅'], ['保存']] } } } },
  },
  {
    name: 'Japanese labels in 「」 inside bold',
    file: 'ja-JP/settei.md',
    lines: ['# 設定', '', '1. **「設定」** を選択し、**[保存]** をクリックします。'],
    expected: { tasks: { '': { title: '設定', variants: { any: [['設定', '保存']] } } } },
  },
  {
    name: 'HTML `<a>` links, empty link text, per-cloud host names as link text (en)',
    file: 'en-US/sign-in.md',
    lines: [
      '# Sign in',
      '',
      '1. Go to <a href="https://go.microsoft.com/fwlink/p/?linkid=842054" target="_blank">Your products</a> under **Billing** > <a href="https://go.microsoft.com/fwlink/p/?linkid=842054">Your products</a>.',
      '2. Sign in at [admin.microsoft.com](https://admin.microsoft.com) or **[portal.partner.microsoftonline.cn](https://portal.partner.microsoftonline.cn/AdminPortal)**.',
      '3. Open [](https://go.microsoft.com/fwlink/p/?linkid=842054) and select **Save**.',
    ],
    expected: { tasks: { '': { title: 'Sign in', variants: { any: [['Billing', 'Your products'], [], ['Save']] } } } },
  },
  {
    name: 'Arabic: right to left, breadcrumbs and Arabic punctuation',
    file: 'ar-SA/alfawtara.md',
    lines: ['# الفوترة', '', '1. انتقل إلى **الفوترة** > **منتجاتك**.', '2. اختر **إعادة تنشيط**، ثم **حفظ**.'],
    expected: { dir: 'rtl', tasks: { '': { title: 'الفوترة', variants: { any: [['الفوترة', 'منتجاتك'], ['إعادة تنشيط', 'حفظ']] } } } },
  },
  {
    name: 'Hebrew: right to left, labels in quotes',
    file: 'he-IL/heshbonot.md',
    lines: ['# חיוב', '', '1. עבור אל **חיוב** \\> **המוצרים שלך**.', '2. בחר "**שמור**".'],
    expected: { dir: 'rtl', tasks: { '': { title: 'חיוב', variants: { any: [['חיוב', 'המוצרים שלך'], ['שמור']] } } } },
  },
  {
    name: 'a conceptual page: no procedure, no task (en)',
    file: 'en-US/about.md',
    lines: ['# About subscriptions', '', 'A subscription gives you services.', '', '- **Business Basic**: web apps.', '- **Business Standard**: desktop apps.'],
    expected: { tasks: {} },
  },
];

/** What the coach mark needs of an article: per task its title, kind and per cloud its steps' labels. */
function shapeOf(article: Article): Expected['tasks'] {
  return Object.fromEntries(
    article.tasks.map((task) => [
      task.id === article.slug ? '' : task.id.slice(article.slug.length + 1),
      {
        title: task.title,
        ...(task.kind === 'checklist' ? { kind: 'checklist' as const } : {}),
        variants: Object.fromEntries(task.variants.map((variant) => [variant.cloud, variant.steps.map((step) => [...step.labels])])),
      },
    ]),
  );
}

describe('DocFX as written in the wild', () => {
  it.each(CASES)('$name', ({ file, lines, expected }) => {
    const [compiled] = compileSource(`${lines.join('\n')}\n`, file);
    expect(compiled).toBeDefined();
    const article = compiled?.article as Article;
    expect(shapeOf(article)).toEqual(expected.tasks);
    expect(article.dir).toBe(expected.dir ?? 'ltr');
    expect(compiled?.skipped.map((item) => `${item.construct} ${item.target}`)).toEqual(expected.skipped ?? []);
  });

  it('keeps alert text that holds a list, in the step', () => {
    const [compiled] = compileSource(`${CASES[2]?.lines.join('\n')}\n`, 'ru-RU/oplata.md');
    const steps = compiled?.article.tasks[0]?.variants[0]?.steps;
    expect(steps?.[0]?.alerts).toEqual([
      {
        kind: 'important',
        content: [
          { type: 'text', value: 'Перед началом:' },
          { type: 'break' },
          { type: 'text', value: 'проверьте роль;' },
          { type: 'break' },
          { type: 'text', value: 'проверьте страну.' },
        ],
      },
    ]);
    expect(steps?.[1]?.alerts.map((alert) => alert.kind)).toEqual(['important']);
  });

  it('says where each skipped construct is', () => {
    const [compiled] = compileSource(`${CASES[3]?.lines.join('\n')}\n`, 'en-US/setup.md');
    expect(compiled?.skipped.map((item) => [item.line, item.column])).toEqual([
      [3, 1],
      [5, 3],
    ]);
  });

  it('keeps a sub-bullet as detail of its step and a fenced command as code', () => {
    const [licenses] = compileSource(`${CASES[4]?.lines.join('\n')}\n`, 'en-US/licenses.md');
    expect(licenses?.article.tasks[0]?.variants[0]?.steps[0]?.text).toBe('Select Licenses. Microsoft 365 Business Basic: mail only. Other plans add apps.');
    const [setup] = compileSource(`${CASES[3]?.lines.join('\n')}\n`, 'en-US/setup.md');
    expect(setup?.article.tasks[0]?.variants[0]?.steps[2]?.content).toContainEqual({ type: 'code', value: 'Get-MsolDomain' });
  });
});
