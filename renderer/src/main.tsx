import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { requestPersistentStorage } from './app/persistence';
import { StartupGate } from './features/backup/StartupGate';
import { loadRecordKeys } from './db/record-keys-middleware';
import './app/global.css';

void requestPersistentStorage();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StartupGate>
      <App />
    </StartupGate>
  </StrictMode>,
);

// The store's search-key functions (pinyin-pro) load once the first screen is drawn and the
// browser is idle; a write that comes first waits for them (record-keys-middleware.ts).
requestIdleCallback(() => void loadRecordKeys(), { timeout: 2000 });
