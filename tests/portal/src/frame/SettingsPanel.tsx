/**
 * The Settings pane of the top bar, where an admin picks the display language (persisted in
 * localStorage, see languages.ts).
 */
import { DefaultButton, Dropdown, Panel, PanelType, PrimaryButton, Stack, Text } from '@fluentui/react';
import { useEffect, useState } from 'react';
import { useLanguage } from '../i18n/LanguageContext';
import { asLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from '../i18n/languages';

/** The pane; the language applies on Save. */
export function SettingsPanel(props: { isOpen: boolean; onDismiss: () => void }) {
  const { language, strings, setLanguage } = useLanguage();
  const [choice, setChoice] = useState<Language>(language);
  useEffect(() => {
    if (props.isOpen) setChoice(language);
  }, [props.isOpen, language]);
  return (
    <Panel
      data-testid="pane-settings"
      isOpen={props.isOpen}
      onDismiss={props.onDismiss}
      type={PanelType.smallFixedFar}
      headerText={strings.settings}
      closeButtonAriaLabel={strings.cancel}
      isFooterAtBottom
      onRenderFooterContent={() => (
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          <PrimaryButton
            data-testid="language-save"
            text={strings.save}
            onClick={() => {
              setLanguage(choice);
              props.onDismiss();
            }}
          />
          <DefaultButton text={strings.cancel} onClick={props.onDismiss} />
        </Stack>
      )}
    >
      <Stack tokens={{ childrenGap: 12 }} styles={{ root: { paddingTop: 16 } }}>
        <Text variant="mediumPlus">{strings.languageAndTimeZone}</Text>
        <Dropdown
          data-testid="language-picker"
          label={strings.displayLanguage}
          selectedKey={choice}
          options={LANGUAGES.map((lang) => ({ key: lang, text: LANGUAGE_NAMES[lang] }))}
          onRenderOption={(option) => <span data-testid={`language-option-${String(option?.key)}`}>{option?.text}</span>}
          onChange={(_, option) => {
            const next = asLanguage(String(option?.key));
            if (next) setChoice(next);
          }}
        />
      </Stack>
    </Panel>
  );
}
