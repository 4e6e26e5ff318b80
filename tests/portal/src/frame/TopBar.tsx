/** The suite header: app launcher, the admin center's name, search, settings, the admin. */
import { IconButton, Persona, PersonaSize, SearchBox, Stack, Text } from '@fluentui/react';
import { useStrings } from '../i18n/LanguageContext';
import { useReplica } from '../ReplicaContext';

const white = { root: { color: '#fff' }, rootHovered: { color: '#fff', background: '#106ebe' }, rootPressed: { color: '#fff', background: '#005a9e' } };

/** The top bar. `onOpenSettings` opens the Settings pane (language). */
export function TopBar(props: { onOpenSettings: () => void }) {
  const strings = useStrings();
  const { era } = useReplica();
  return (
    <header data-testid="topbar">
      <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 8 }} styles={{ root: { height: 48, background: '#0078d4', padding: '0 8px' } }}>
        <IconButton iconProps={{ iconName: 'Waffle' }} title="App launcher" ariaLabel="App launcher" styles={white} />
        <Text data-testid="topbar-title" styles={{ root: { color: '#fff', fontWeight: 600, fontSize: 16 } }}>
          {era === 'legacy' ? strings.appTitleLegacy : strings.appTitle}
        </Text>
        <Stack.Item grow>
          <Stack horizontal horizontalAlign="center">
            <SearchBox placeholder={strings.search} ariaLabel={strings.search} styles={{ root: { width: 420, border: 'none' } }} />
          </Stack>
        </Stack.Item>
        <IconButton
          data-testid="topbar-settings"
          iconProps={{ iconName: 'Settings' }}
          title={strings.settings}
          ariaLabel={strings.settings}
          onClick={props.onOpenSettings}
          styles={white}
        />
        <IconButton iconProps={{ iconName: 'Help' }} title={strings.help} ariaLabel={strings.help} styles={white} />
        <Persona text="Megan Bowen" hidePersonaDetails size={PersonaSize.size32} imageInitials="MB" />
      </Stack>
    </header>
  );
}
