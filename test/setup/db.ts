// Store tests run Dexie over fake-indexeddb (a fresh in-memory IndexedDB per test file).
import 'fake-indexeddb/auto';
