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
);

const frontMatter = fc.oneof(
  { arbitrary: fc.constant(FRONT_MATTER), weight: 10 },
  fc.constantFrom(
  FRONT_MATTER.filter((line) => !line.startsWith('title')),
  ['---', 'title: [x', '---'],
  ['---', 'title: x', 'ms.assetid: a', 'ms.contentlocale: "12"', '---'],
  ['---', 'title: x', 'ms.assetid: a', 'ms.contentlocale: nb-NO', 'ms.date: 13/45/2020', '---'],
  [],
  ),
);

const generatedArticle = fc
  .tuple(frontMatter, fc.array(fragment, { maxLength: 24 }))
  .map(([front, body]) => [...front, '# <a name="test-article"></a>Test', '', ...body]);

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
      fc.property(generatedArticle, fc.array(mutation, { maxLength: 3 }), (lines, mutations) => {
        const text = mutate(lines, mutations);
        try {
          const catalog = compileCatalog([{ file: 'gen.md', text }]);
          expect(isCatalog(catalog)).toBe(true);
          compiled += 1;
        } catch (error) {
          if (!(error instanceof ArticleError)) throw error;
          const lineCount = text.split('\n').length;
          expect(error.file).toBe('gen.md');
          expect(error.line).toBeGreaterThanOrEqual(1);
          expect(error.line).toBeLessThanOrEqual(lineCount);
          expect(error.column).toBeGreaterThanOrEqual(1);
          expect(error.format()).toMatch(/^gen\.md:\d+:\d+: \S/);
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
