import type { Blockquote, Paragraph, PhrasingContent } from 'mdast';
import type { Alert, AlertKind, Inline } from '../tour/model';
import { toInline } from './inline';
import type { DocsLocation } from './links';

/**
 * DocFX alerts: `> [!NOTE]` and friends (also nested in list items), and the plain bold
 * forms machine translation turns them into (`**Notă:** …`, `> **Important:** …`).
 * Source: docs/admin-center.md, "Article format".
 */

const DOCFX_KINDS: Readonly<Record<string, AlertKind>> = {
  NOTE: 'note',
  TIP: 'tip',
  IMPORTANT: 'important',
  CAUTION: 'caution',
  WARNING: 'warning',
};

/**
 * Alert titles as they appear in bold after machine translation, lower-cased, for the seed
 * locales (en, nl, nb, ro, lv) and a few neighbours. These are the words Microsoft's docs
 * use for the alert titles in those languages as far as we know (an assumption, not read
 * from a spec): extend the table when a new article shows another form.
 */
const BOLD_ALERT_WORDS: Readonly<Record<string, AlertKind>> = {
  note: 'note', notă: 'note', notā: 'note', nota: 'note', merknad: 'note', merk: 'note', obs: 'note',
  opmerking: 'note', notitie: 'note', piezīme: 'note', hinweis: 'note', remarque: 'note',
  tip: 'tip', tips: 'tip', sfat: 'tip', padoms: 'tip', tipp: 'tip', conseil: 'tip', astuce: 'tip',
  important: 'important', importante: 'important', viktig: 'important', belangrijk: 'important',
  svarīgi: 'important', wichtig: 'important',
  caution: 'caution', atenție: 'caution', atenţie: 'caution', forsiktig: 'caution', 'let op': 'caution',
  voorzichtig: 'caution', uzmanību: 'caution', vorsicht: 'caution', attention: 'caution',
  warning: 'warning', avertisment: 'warning', advarsel: 'warning', waarschuwing: 'warning',
  brīdinājums: 'warning', warnung: 'warning', avertissement: 'warning',
};

/** The alert kind a bold title word names (`Notă:` → note), or null. Case-insensitive. */
export function alertKindOfWord(word: string): AlertKind | null {
  const key = word.trim().replace(/:$/, '').trim().toLowerCase();
  return BOLD_ALERT_WORDS[key] ?? DOCFX_KINDS[key.toUpperCase()] ?? null;
}

/**
 * A paragraph in the machine-translated bold form `**Important:** text` (or `**Note**: text`),
 * as an alert; null for any other paragraph. The colon is required, so an ordinary bold
 * word at the start of a sentence is not taken for an alert.
 */
export function boldAlertOf(paragraph: Paragraph, where: DocsLocation): Alert | null {
  const [first, second, ...rest] = paragraph.children;
  if (first?.type !== 'strong') return null;
  const title = first.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
  const colonInside = title.trim().endsWith(':');
  const colonAfter = second?.type === 'text' && second.value.trimStart().startsWith(':');
  if (!colonInside && !colonAfter) return null;
  const kind = alertKindOfWord(title);
  if (!kind) return null;
  const body: PhrasingContent[] = [];
  if (second?.type === 'text') body.push({ ...second, value: colonAfter ? second.value.trimStart().slice(1) : second.value });
  else if (second) body.push(second);
  body.push(...rest);
  return { kind, content: toInline(body, where).content };
}

/**
 * A blockquote as an alert: `> [!TIP]` (also `>[!TIP]`, no space) gives the kind, as does a
 * bold title word (`> **Notă:**`); a quote with neither is a note. Its paragraphs, and the
 * items of a list it holds, are joined by breaks.
 */
export function alertOfBlockquote(quote: Blockquote, where: DocsLocation): Alert {
  let kind: AlertKind = 'note';
  const paragraphs: Inline[][] = [];
  quote.children.forEach((block, index) => {
    if (block.type === 'list') {
      // An alert holding a list: each item's paragraphs on lines of their own.
      for (const item of block.children) {
        for (const child of item.children) {
          if (child.type !== 'paragraph') continue;
          const { content } = toInline(child.children, where);
          if (content.length > 0) paragraphs.push(content);
        }
      }
      return;
    }
    if (block.type !== 'paragraph') return;
    let children = block.children;
    const first = children[0];
    if (index === 0 && first?.type === 'text') {
      const marker = /^\s*\[!\s*([^\]\s]+)\s*\]\s*/.exec(first.value);
      if (marker) {
        kind = DOCFX_KINDS[(marker[1] ?? '').toUpperCase()] ?? alertKindOfWord(marker[1] ?? '') ?? 'note';
        children = [{ ...first, value: first.value.slice(marker[0].length) }, ...children.slice(1)];
      }
    }
    if (index === 0 && first?.type === 'strong') {
      const bold = boldAlertOf(block, where);
      if (bold) {
        kind = bold.kind;
        paragraphs.push([...bold.content]);
        return;
      }
    }
    const { content } = toInline(children, where);
    if (content.length > 0) paragraphs.push(content);
  });
  return { kind, content: paragraphs.flatMap((paragraph, index) => (index === 0 ? paragraph : [{ type: 'break' as const }, ...paragraph])) };
}
