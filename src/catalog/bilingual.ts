import { Parser } from 'htmlparser2';
import { ArticleError, type SourcePoint } from './article-error';

/**
 * Bilingual revisions: the docs' side-by-side form, where every translated sentence is
 * followed by its English original:
 *   `<span data-ttu-id="ID">localized</span><span class="sxs-lookup"><span data-stu-id="ID">English</span></span>`
 * The spans are found with an HTML tokenizer (htmlparser2) over the file, and each side is
 * the file with the other side's spans cut out: the markdown between and inside spans is
 * kept byte for byte, so each side compiles like a plain article (with the spans removed,
 * the localized side is the plain translation line for line). Format: project docs/catalog.md,
 * "Bilingual revisions".
 */

/** One side of a bilingual file: its markdown, and where a place in it was in the file. */
export interface BilingualSide {
  readonly text: string;
  /** The file position (1-based) of a 1-based line and column of `text`. */
  readonly toSource: (line: number, column: number) => SourcePoint;
}

/** The two articles a bilingual file holds. */
export interface BilingualSides {
  /** The translation, as its plain file would read. */
  readonly localized: BilingualSide;
  /** The English original, sentence for sentence, with the same structure and anchors. */
  readonly english: BilingualSide;
}

type Range = readonly [start: number, end: number];
type OpenSpan = { readonly kind: 'localized' | 'lookup' | 'original' | 'other'; readonly id: string | null; readonly open: Range };

/**
 * Splits a bilingual file into its two sides, or returns null when `source` is not bilingual
 * (no `data-ttu-id` span followed by an `sxs-lookup` span).
 * @throws ArticleError at the span for a span never closed, or a translated sentence whose
 *   English original (the `data-stu-id` with the same ID) is missing.
 */
export function splitBilingual(source: string, file: string): BilingualSides | null {
  if (!source.includes('data-ttu-id') || !source.includes('sxs-lookup')) return null;
  const localizedCuts: Range[] = [];
  const englishCuts: Range[] = [];
  const translated = new Map<string, number>();
  const originals = new Set<string>();
  const stack: OpenSpan[] = [];
  let unclosed: number | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name !== 'span') return;
        const open: Range = [parser.startIndex, parser.endIndex + 1];
        const classes = (attributes.class ?? '').split(/\s+/);
        const inLookup = stack.some((span) => span.kind === 'lookup');
        if (attributes['data-ttu-id'] !== undefined && !inLookup) stack.push({ kind: 'localized', id: attributes['data-ttu-id'], open });
        else if (classes.includes('sxs-lookup')) stack.push({ kind: 'lookup', id: null, open });
        else if (attributes['data-stu-id'] !== undefined && inLookup) stack.push({ kind: 'original', id: attributes['data-stu-id'], open });
        else stack.push({ kind: 'other', id: null, open });
      },
      onclosetag(name, implied) {
        if (name !== 'span') return;
        const span = stack.pop();
        if (!span) return;
        if (implied) {
          unclosed ??= span.open[0];
          return;
        }
        const close: Range = [parser.startIndex, parser.endIndex + 1];
        if (span.kind === 'localized') {
          localizedCuts.push(span.open, close);
          englishCuts.push([span.open[0], close[1]]);
          if (span.id !== null && !translated.has(span.id)) translated.set(span.id, span.open[0]);
        } else if (span.kind === 'lookup') {
          localizedCuts.push([span.open[0], close[1]]);
          englishCuts.push(span.open, close);
        } else if (span.kind === 'original') {
          englishCuts.push(span.open, close);
          if (span.id !== null) originals.add(span.id);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(source);
  parser.end();
  const points = pointsOf(source);
  if (unclosed !== null) {
    const at = points(unclosed);
    throw new ArticleError(file, at.line, at.column, 'a `<span>` of the bilingual revision is never closed');
  }
  if (translated.size === 0 || originals.size === 0) return null;
  for (const [id, offset] of translated) {
    if (!originals.has(id)) {
      const at = points(offset);
      throw new ArticleError(file, at.line, at.column, `sentence ${JSON.stringify(id)} has no English original (a \`data-stu-id\` span in an \`sxs-lookup\` span)`);
    }
  }
  return { localized: cut(source, localizedCuts, points), english: cut(source, englishCuts, points) };
}

/** The text without the cut ranges (which may overlap), and the way back to file positions. */
function cut(source: string, cuts: readonly Range[], points: (offset: number) => SourcePoint): BilingualSide {
  const sorted = [...cuts].sort((a, b) => a[0] - b[0]);
  const kept: { readonly from: number; readonly to: number; readonly at: number }[] = [];
  let text = '';
  let position = 0;
  for (const [start, end] of sorted) {
    if (start > position) {
      kept.push({ from: position, to: start, at: text.length });
      text += source.slice(position, start);
    }
    position = Math.max(position, end);
  }
  kept.push({ from: position, to: source.length, at: text.length });
  text += source.slice(position);
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) if (text[index] === '\n') lineStarts.push(index + 1);
  const toSource = (line: number, column: number): SourcePoint => {
    const offset = (lineStarts[line - 1] ?? text.length) + column - 1;
    const segment = kept.findLast((candidate) => candidate.at <= offset) ?? kept[0];
    return points(segment ? segment.from + (offset - segment.at) : offset);
  };
  return { text, toSource };
}

/** 1-based line and column of an offset in `text`. */
function pointsOf(text: string): (offset: number) => SourcePoint {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) if (text[index] === '\n') lineStarts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };
}
