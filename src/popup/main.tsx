/**
 * The popup's entry point: the toolbar button's popup, or the same page opened in a tab of
 * its own with `?tab=<tabId>` naming the tab to act on (see target-tab.ts).
 */
import catalog from 'virtual:admin-coach/catalog';
import { render } from 'preact';
import { App } from './App';
import './popup.css';

const root = document.getElementById('app');
if (root) render(<App catalog={catalog} search={location.search} />, root);
