import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCatalog } from '../tour/catalog-schema';
import { ArticleError } from './article-error';
import { compileCatalog } from './compile-catalog';
import { FRONT_MATTER } from './test-article';

/** Lines of the kinds the seeds use, plus a few broken ones, to build articles from. */
const fragment = fc.constantFrom(
  '# <a name="reactivate-your-subscription"></a>Uw abonnement',
  '## <a name="before-you-begin"></a>Voordat u begint',
  '## <a name="related-content"></a>Verwante onderwerpen',
  '## <a name="reactivate-a-subscription"></a>Opnieuw activeren',
  '## Zonder anker',
  '# <a name="bad anchor"></a>Slecht',
  '**Een abonnement activeren**',
  '**Notă:** Pe scurt.',
  '1. Ga naar **Facturering** \\> <a href="https://go.microsoft.com/fwlink/p/?linkid=842054" target="_blank">Mijn producten</a>.',
  '1. Klik **Fakturering > abonnementer**.',
  '2. Selecteer **Opnieuw activeren.\\**',
  '- Een licentie [toewijzen](../../admin/x.md).',
  '1.',
  '-',
  '    > [!NOTE]',
  '    > Een notitie.',
  '> [!WARNING]',
  '    ![Een knop Opnieuw activeren.](../../media/x.png)',
  '   Vervolgalinea met [een link](javascript:alert(1)).',
  'Tekst met een regeleinde\\',
  '::: moniker range="o365-worldwide"',
  '::: moniker range="o365-germany || o365-21vianet"',
  '::: moniker range="o365-mars"',
  '::: moniker-end',
  '   ::: moniker-end',
  '    ::: moniker-end',
  ':::moniker range=o365',
  '<a href="https://admin.microsoft.com/#/users">Gebruikers</a>',
  '```',
  '',
  '',
  // Constructs of DocFX in the wild (see corpus.test.ts).
  '3. Continues after a moniker with **Opslaan**.',
  '    >[!IMPORTANT]',
  '    > - een item in een waarschuwing',
  '**Important**: let op.',
  '**To do it again:**',
  'Nog een procedure:',
  '[!INCLUDE[Rollen](../includes/roles.md)]',
  'Tekst [!INCLUDE [p](a.md)] midden.',
  '> [!VIDEO https://www.youtube.com/embed/x]',
  '[!VIDEO',
  '1. Kies **Setup**<br>en **Volgende**.',
  '   - **Sub** detail.',
  '    ```powershell',
  '1. Выберите **Счета****Подписки**.',
  '1. 转到**“账单”**页面，选择「**订阅**」。',
  '1. انتقل إلى **الفوترة** > **منتجاتك**.',
  '1. עבור אל **חיוב** \\> "**שמור**".',
  '1. Open [](https://admin.microsoft.com) or **[portal.office.de](https://portal.office.de/adminportal)**.',
  '## Reactivate a subscription',
  '## Reactivate a subscription',
  '# <a name="reactivate-your-subscription"></a><span data-ttu-id="a-1">Uw abonnement</span><span class="sxs-lookup"><span data-stu-id="a-1">Your subscription</span></span>',
  '1. <span data-ttu-id="a-2">Kies **Opslaan**.</span><span class="sxs-lookup"><span data-stu-id="a-2">Select **Save**.</span></span>',
  '2. <span data-ttu-id="a-3">Ga naar **Facturering** \\> [Mijn producten](https://go.microsoft.com/fwlink/p/?linkid=842054).</span><span class="sxs-lookup"><span data-stu-id="a-3">Go to **Billing** \\> [Your products](https://go.microsoft.com/fwlink/p/?linkid=842054).</span></span>',
  '<span data-ttu-id="a-4">Zonder origineel.</span>',
  '<span class="sxs-lookup"><span data-stu-id="a-9">Orphan original.</span></span>',
  '<span data-ttu-id="a-5">Niet gesloten',
);

const frontMatter = fc.oneof(
  { arbitrary: fc.constant(FRONT_MATTER), weight: 10 },
  fc.constantFrom(
  FRONT_MATTER.filter((line) => !line.startsWith('title')),
  ['---', 'title: [x', '---'],
  ['---', 'title: x', 'ms.assetid: a', 'ms.contentlocale: "12"', '---'],
  ['---', 'title: x', 'ms.assetid: a', 'ms.contentlocale: nb-NO', 'ms.date: 13/45/2020', '---'],
  [],
  ['---', 'title: x', '---'],
  ['---', 'ms.contentlocale: ar-SA', '---'],
  ['---', '---'],
  ),
);

/** Where a generated article sits: a locale folder or none, a plain or a bilingual name. */
const fileName = fc.constantFrom('gen.md', 'nl-NL/gen.md', 'he-IL/gen.sxs.md', 'tmp/gen.md', 'zh-CN/gen.md');

const generatedArticle = fc
  .tuple(frontMatter, fc.constantFrom(['# <a name="test-article"></a>Test', ''], ['# Test', ''], []), fc.array(fragment, { maxLength: 24 }))
  .map(([front, title, body]) => [...front, ...title, ...body]);

/** Mutations a careless edit makes: drop, duplicate or swap a line, or type random text into one. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('type' as const), at: fc.nat(), column: fc.nat(), text: fc.string({ maxLength: 6, unit: 'grapheme' }) }),
  fc.record({ kind: fc.constant('type' as const), at: fc.nat(), column: fc.nat(), text: fc.constantFrom('**', '>', '\\', '<a href="x">', '</a>', ':::', '[', '](', '  ', '\t', '---') }),
);

/** One careless edit (see `mutation`). */
type Mutation = { kind: string; at: number; with?: number; column?: number; text?: string };

function mutate(lines: string[], mutations: readonly Mutation[]): string {
  const out = [...lines];
  for (const change of mutations) {
    if (out.length === 0) break;
    const at = change.at % out.length;
    const line = out[at] ?? '';
    if (change.kind === 'drop') out.splice(at, 1);
    else if (change.kind === 'duplicate') out.splice(at, 0, line);
    else if (change.kind === 'swap') {
      const other = (change.with ?? 0) % out.length;
      out[at] = out[other] ?? '';
      out[other] = line;
    } else {
      const column = (change.column ?? 0) % (line.length + 1);
      out[at] = line.slice(0, column) + (change.text ?? '') + line.slice(column);
    }
  }
  return out.join('\n');
}

describe('the compiler on generated and mutated articles', () => {
  it('returns a valid catalog or throws ArticleError with a position, never anything else', { timeout: 180_000 }, () => {
    let compiled = 0;
    let rejected = 0;
    fc.assert(
      fc.property(generatedArticle, fc.array(mutation, { maxLength: 3 }), fileName, (lines, mutations, file) => {
        const text = mutate(lines, mutations);
        try {
          const catalog = compileCatalog([{ file, text }]);
          expect(isCatalog(catalog)).toBe(true);
          compiled += 1;
        } catch (error) {
          if (!(error instanceof ArticleError)) throw error;
          const lineCount = text.split('\n').length;
          expect(error.file).toBe(file);
          expect(error.line).toBeGreaterThanOrEqual(1);
          expect(error.line).toBeLessThanOrEqual(lineCount);
          expect(error.column).toBeGreaterThanOrEqual(1);
          expect(error.format().startsWith(`${file}:${error.line}:${error.column}: `)).toBe(true);
          expect(error.reason).toMatch(/^\S/);
          rejected += 1;
        }
      }),
      { numRuns: 2000 },
    );
    // Both outcomes are exercised, or the generator is not testing what it claims.
    expect(compiled).toBeGreaterThan(100);
    expect(rejected).toBeGreaterThan(100);
  });
});
