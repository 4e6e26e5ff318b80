import { useId } from 'preact/hooks';
import * as v from 'valibot';
import { UI_LANGUAGES, type UiLanguage } from '../../i18n/locales';
import { endonymOf } from '../language-names';
import { useTranslation } from '../use-translation';

/** Props of UiLanguagePicker. */
export interface UiLanguagePickerProps {
  /** The UI language chosen on its own, null: same as the tour language. */
  readonly value: UiLanguage | null;
  readonly onChoose: (language: UiLanguage | null) => void;
}

const Choice = v.picklist(UI_LANGUAGES);

/**
 * The extension's own language, optional: "Same as tour language" (the default), or one of
 * the UI languages named in its own language. An unknown value from the DOM is ignored.
 */
export function UiLanguagePicker({ value, onChoose }: UiLanguagePickerProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{t('uiLanguageLabel')}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => {
          const picked = event.currentTarget.value;
          if (picked === '') onChoose(null);
          else {
            const parsed = v.safeParse(Choice, picked);
            if (parsed.success) onChoose(parsed.output);
          }
        }}
      >
        <option value="">{t('uiLanguageSame')}</option>
        {UI_LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {endonymOf(language)}
          </option>
        ))}
      </select>
    </div>
  );
}
