import { useId } from 'preact/hooks';
import * as v from 'valibot';
import { UI_LANGUAGES, type UiLanguage } from '../../i18n/locales';
import { endonymOf } from '../language-names';
import { useTranslation } from '../use-translation';

/** Props of UiLanguagePicker. */
export interface UiLanguagePickerProps {
  /** The UI language the admin chose, null: the browser's (the default). */
  readonly value: UiLanguage | null;
  /** The UI language the browser's language gives (src/popup/ui-language.ts), named in the default choice. */
  readonly browserLanguage: UiLanguage;
  /** Called with the admin's choice: a UI language, or null for the browser's. */
  readonly onChoose: (language: UiLanguage | null) => void;
}

const Choice = v.picklist(UI_LANGUAGES);

/**
 * The extension's own language: "Browser's language (English)" (the default, naming the
 * language it gives), or one of the UI languages named in its own language. An unknown value
 * from the DOM is ignored.
 */
export function UiLanguagePicker({ value, browserLanguage, onChoose }: UiLanguagePickerProps) {
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
        <option value="">{t('uiLanguageBrowser', { language: endonymOf(browserLanguage) })}</option>
        {UI_LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {endonymOf(language)}
          </option>
        ))}
      </select>
    </div>
  );
}
