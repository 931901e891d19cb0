import { AppDatabase } from '@renderer/db/database';
import { createStore } from '@renderer/db';

/** A fresh, uniquely named database per test, over fake-indexeddb. */
export function freshStore() {
  return createStore(new AppDatabase(`test-${crypto.randomUUID()}`));
}
