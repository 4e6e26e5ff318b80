/** Entry point of the replica admin center. */
import './fabricConfig';
import { initializeIcons, mergeStyles } from '@fluentui/react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { currentCloud, eraForCloud } from './cloud';
import { LanguageProvider } from './i18n/LanguageContext';
import { initialLanguage } from './i18n/languages';
import { ReplicaProvider } from './ReplicaContext';
import { applyResetRequest } from './reset';
import { initialShape } from './shape/shapes';
import { createSubscriptionStore } from './state/store';
import { manySubscriptionsLapsedLast, ONE_SUBSCRIPTION } from './state/subscriptions';

applyResetRequest();
initializeIcons('/fonts/');
mergeStyles({ ':global(body)': { margin: 0, padding: 0 } });

const cloud = currentCloud(location);
const shape = initialShape(location.search, sessionStorage);
const shaped = shape.has('one-subscription') ? ONE_SUBSCRIPTION : shape.has('many-subscriptions') ? manySubscriptionsLapsedLast() : undefined;
const replica = { cloud, era: eraForCloud(cloud), shape, store: createSubscriptionStore(location.search, sessionStorage, shaped) };
const language = initialLanguage(location.search, localStorage);
document.documentElement.lang = language;

const root = document.getElementById('root');
if (!root) throw new Error('replica: #root missing from index.html');
createRoot(root).render(
  <ReplicaProvider value={replica}>
    <LanguageProvider initial={language}>
      <App />
    </LanguageProvider>
  </ReplicaProvider>,
);
