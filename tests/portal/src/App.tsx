/**
 * The admin center's frame: top bar, collapsible left navigation, and the page of the route.
 */
import { Stack } from '@fluentui/react';
import { useState } from 'react';
import { LeftNav } from './frame/LeftNav';
import { type NavMarkup, ShapedNav } from './frame/ShapedNav';
import { SettingsPanel } from './frame/SettingsPanel';
import { TopBar } from './frame/TopBar';
import { PageForRoute } from './pages/PageForRoute';
import { useReplica } from './ReplicaContext';
import { useRoute } from './useRoute';

/** The whole replica page. */
export function App() {
  const route = useRoute();
  const { shape } = useReplica();
  const [navCollapsed, setNavCollapsed] = useState(shape.has('nav-collapsed'));
  const markup: NavMarkup | null = shape.has('nav-links') ? 'links' : shape.has('nav-buttons') ? 'buttons' : shape.has('nav-tree') ? 'tree' : null;
  const toggleNav = () => setNavCollapsed((c) => !c);
  const [settingsOpen, setSettingsOpen] = useState(false);
  return (
    <Stack styles={{ root: { height: '100vh' } }}>
      <TopBar onOpenSettings={() => setSettingsOpen(true)} />
      <Stack horizontal grow styles={{ root: { minHeight: 0 } }}>
        {markup ? (
          <ShapedNav markup={markup} route={route} collapsed={navCollapsed} onToggle={toggleNav} />
        ) : (
          <LeftNav route={route} collapsed={navCollapsed} onToggle={toggleNav} />
        )}
        <main data-testid="page-content" style={{ flex: 1, overflow: 'auto', padding: '20px 32px', background: '#faf9f8' }}>
          <PageForRoute route={route} />
        </main>
      </Stack>
      <SettingsPanel isOpen={settingsOpen} onDismiss={() => setSettingsOpen(false)} />
    </Stack>
  );
}
