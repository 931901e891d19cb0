import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

// Vitest runs without globals, so testing-library cannot register its own cleanup.
afterEach(cleanup);

// The app loads the store's search-key functions soon after it starts; components are tested
// as the app is a moment later, with them loaded (see test/setup/db.ts).
import { loadRecordKeys } from '../../renderer/src/db/record-keys-middleware';
await loadRecordKeys();

// jsdom has neither; antd's responsive helpers, form layout and tooltips ask for them.
window.matchMedia ??= ((query: string) => ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false })) as unknown as typeof window.matchMedia;
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;
