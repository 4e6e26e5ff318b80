import type { TourUiKey, TourWords } from '../../i18n/tour-words';

/** Values for a message's `{{placeholders}}`; `count` also picks the plural form. */
export type WordValues = { readonly [name: string]: string | number };

/** The tour UI's `t`: a key and its values → the text to show. */
export type Translate = (key: TourUiKey, values?: WordValues) => string;

/**
 * The tour UI's words as a `t` function, i18next's rules in miniature for messages the
 * background already resolved (src/background/tour-words.ts): a plural message's form is
 * picked with Intl.PluralRules of the words' language for `values.count` (else `other`),
 * and `{{name}}` is replaced by `values.name` (a placeholder without a value is left as it
 * is). Values go in as text: the overlay renders text nodes, never HTML.
 */
export function translatorFor(words: TourWords): Translate {
  let rules: Intl.PluralRules | null = null;
  return (key, values = {}) => {
    const message = words.messages[key];
    let template: string;
    if (typeof message === 'string') template = message;
    else {
      rules ??= new Intl.PluralRules(words.language);
      const count = values.count;
      template = (typeof count === 'number' ? message[rules.select(count)] : undefined) ?? message.other ?? key;
    }
    return template.replace(/\{\{\s*([^}\s]+)\s*\}\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
  };
}
