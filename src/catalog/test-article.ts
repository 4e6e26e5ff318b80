/**
 * Test helper: wraps a markdown body in the front matter the compiler requires, so tests
 * write only the part they are about. Not used by the compiler.
 */

/** Front matter lines of a minimal valid article (values like the seeds'). */
export const FRONT_MATTER = [
  '---',
  'title: Test article',
  'ms.assetid: 00000000-0000-0000-0000-000000000001',
  'ms.contentlocale: nl-NL',
  'ms.translationtype: MT',
  'ms.lasthandoff: 02/05/2021',
  '---',
];

/** Line number (1-based) of the first body line in an article made by `article`. */
export const FIRST_BODY_LINE = FRONT_MATTER.length + 1;

/** `---` front matter + `# <a name="test-article"></a>Test` heading + `body` (joined lines). */
export function article(...body: string[]): string {
  return [...FRONT_MATTER, '# <a name="test-article"></a>Test', '', ...body, ''].join('\n');
}
