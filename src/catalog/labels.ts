import type { Inline } from '../tour/model';
import { adminHostOf } from '../portal/clouds';
import { plainText } from './inline';

/**
 * The UI labels a step's sentence names, in reading order (Step.labels in src/tour/model.ts):
 * - every bold span, split at breadcrumb separators (`**Fakturering > abonnementer**` →
 *   `Fakturering`, `abonnementer`; `\>` and `&gt;` reach us already decoded as `>`);
 * - the text of a link into the admin center (it has a route) when it continues a
 *   breadcrumb, i.e. a `>` stands between it and the previous label or right after it
 *   (`**Facturering** \> <a …842054>Mijn producten</a>`). A lone admin link (`Gå til
 *   [Abonnementer-siden](fwlink)`) is navigation, satisfied by its route, not a label; links
 *   into the docs are never labels.
 * Labels are trimmed of the sentence punctuation machine translation pulls into the bold
 * (`**Reactivare.**`), and a label repeated (in any letter case) is kept once, as first written. Source: docs/admin-center.md,
 * "Article format" (breadcrumb forms, misplaced bold and link boundaries).
 */
export function labelsOf(content: readonly Inline[]): string[] {
  const labels: string[] = [];
  let sinceLabel = '';
  const add = (text: string): void => {
    for (const part of text.split('>')) {
      const label = cleanLabel(part);
      if (label !== '' && !isHostName(label) && !labels.some((known) => known.toLowerCase() === label.toLowerCase())) labels.push(label);
    }
    sinceLabel = '';
  };
  content.forEach((node, index) => {
    if (node.type === 'text' || node.type === 'code') sinceLabel += node.value;
    else if (node.type === 'break') sinceLabel += ' ';
    else if (node.type === 'strong') add(plainText(node.children));
    else {
      const next = content[index + 1];
      const continuesBreadcrumb = sinceLabel.includes('>') || (next?.type === 'text' && next.value.trimStart().startsWith('>'));
      if (node.route !== null && continuesBreadcrumb) add(plainText(node.children));
      else {
        const strongInside = node.children.filter((child) => child.type === 'strong');
        if (strongInside.length > 0) {
          for (const strong of strongInside) add(plainText(strong.children));
        }
        else sinceLabel += plainText(node.children);
      }
    }
  });
  return labels;
}

/**
 * Trims spaces, wrapping quotes/brackets (Latin `“” «» []`, CJK `「」『』《》`) and trailing
 * sentence punctuation (Latin, CJK `。，：`, Arabic `،؛؟۔`) off a label.
 */
export function cleanLabel(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["'“”„«»‹›([「『《〈【（]+/u, '')
    .replace(/["'“”„«»‹›)\].,:;!?…」』》〉】）。，、：；！？،؛؟۔]+$/u, '')
    .trim();
}

/**
 * A label that is an admin-center host name (`admin.microsoft.com`, `portal.office.de`):
 * articles write the host of each cloud as link text, which names the site, not a control.
 */
function isHostName(label: string): boolean {
  return adminHostOf(label) !== undefined;
}
