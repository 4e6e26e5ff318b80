import type { Catalog } from '../tour/model';
import { PopupView } from './components/PopupView';
import { usePopup } from './use-popup';
import { TranslationProvider } from './use-translation';

/** Props of App. */
export interface AppProps {
  /** The tour catalog (`virtual:admin-coach/catalog` in the extension, any catalog in tests). */
  readonly catalog: Catalog;
  /** The popup page's `location.search`: `?tab=<id>` names the tab to act on (target-tab.ts). */
  readonly search: string;
}

/**
 * The popup: its state (use-popup.ts) and its view, in the UI language — the one the admin
 * chose, else the browser's (ui-language.ts) — switching live when the choice changes.
 */
export function App({ catalog, search }: AppProps) {
  const model = usePopup(catalog, search);
  return (
    <TranslationProvider language={model.uiLanguage}>
      <PopupView model={model} catalog={catalog} />
    </TranslationProvider>
  );
}
