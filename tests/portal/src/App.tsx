/**
 * The admin center's frame: top bar, collapsible left navigation, and the page of the route.
 */
import { Stack } from '@fluentui/react';
import { useState } from 'react';
import { LeftNav } from './frame/LeftNav';
import { SettingsPanel } from './frame/SettingsPanel';
import { TopBar } from './frame/TopBar';
import { PageForRoute } from './pages/PageForRoute';
import { useRoute } from './useRoute';

/** The whole replica page. */
export function App() {
  const route = useRoute();
  const [navCollapsed, setNavCollapsed] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  return (
    <Stack styles={{ root: { height: '100vh' } }}>
      <TopBar onOpenSettings={() => setSettingsOpen(true)} />
      <Stack horizontal grow styles={{ root: { minHeight: 0 } }}>
        <LeftNav route={route} collapsed={navCollapsed} onToggle={() => setNavCollapsed((c) => !c)} />
        <main data-testid="page-content" style={{ flex: 1, overflow: 'auto', padding: '20px 32px', background: '#faf9f8' }}>
          <PageForRoute route={route} />
        </main>
      </Stack>
      <SettingsPanel isOpen={settingsOpen} onDismiss={() => setSettingsOpen(false)} />
    </Stack>
  );
}
