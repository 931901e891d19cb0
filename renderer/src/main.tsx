import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { requestPersistentStorage } from './app/persistence';
import { StartupGate } from './features/backup/StartupGate';
import { loadRecordKeys } from './db/record-keys-middleware';
import { prefetchRecords } from './ui/records/live-records';
import { isPersonsListAddress, PERSONS_LIST_TABLES } from './features/registry/persons/prefetch';
import 'antd/dist/antd.css';
import './app/global.css';

void requestPersistentStorage();

// Opened at the 50,000-person list (a reload there): its read starts as soon as the startup gate
// has opened the store, not once the router and the page's code have loaded.
if (isPersonsListAddress(location.hash)) prefetchRecords(...PERSONS_LIST_TABLES);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StartupGate>
      <App />
    </StartupGate>
  </StrictMode>,
);

// The store's search-key functions (pinyin-pro: ~290 kB and 0.15 s to set up) are not needed
// to draw the first screen, only for a write to 乡镇/村/企业/人员, and every such write follows
// something the user does. So they load at the user's first click or key, or when the browser
// is idle a while after the page has loaded; a write that still comes first waits for them
// (record-keys-middleware.ts). An idle callback alone would fire while the startup waits for
// the database, before the first screen is drawn.
const loadKeysSoon = () => void loadRecordKeys();
addEventListener('pointerdown', loadKeysSoon, { once: true, capture: true });
addEventListener('keydown', loadKeysSoon, { once: true, capture: true });
addEventListener('load', () => setTimeout(() => requestIdleCallback(loadKeysSoon, { timeout: 2000 }), 2000), { once: true });
