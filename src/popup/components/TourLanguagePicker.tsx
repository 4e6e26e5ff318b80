import { useId } from 'preact/hooks';
import { endonymOf } from '../language-names';
import { useTranslation } from '../use-translation';

/** Props of TourLanguagePicker. */
export interface TourLanguagePickerProps {
  /** The catalog's locales (BCP 47). */
  readonly locales: readonly string[];
  readonly value: string;
  readonly onChoose: (locale: string) => void;
}

/**
 * The language of the tour content: a native select of the catalog's locales, each named in
 * its own language (with `lang` on the option so screen readers pronounce it right).
 */
export function TourLanguagePicker({ locales, value, onChoose }: TourLanguagePickerProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{t('tourLanguageLabel')}</label>
      <select id={id} value={value} onChange={(event) => onChoose(event.currentTarget.value)}>
        {locales.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {endonymOf(locale)}
          </option>
        ))}
      </select>
    </div>
  );
}
