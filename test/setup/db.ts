// Store tests run Dexie over fake-indexeddb (a fresh in-memory IndexedDB per test file).
import 'fake-indexeddb/auto';
import { loadRecordKeys } from '../../renderer/src/db/record-keys-middleware';

// The app loads the search-key functions after its first paint; a store test starts with them
// loaded, as the app is a moment after it starts (record-keys-lazy.test.ts covers the write
// that comes before them).
await loadRecordKeys();
