// The app's one database and its repositories. Tests build their own with createStore().
import { AppDatabase } from './database';
import { EntityRepository } from './repositories/entity-repository';
import { LedgerRepository } from './repositories/ledger';
import { townshipRepository } from './repositories/townships';

export function createStore(db: AppDatabase) {
  return {
    db,
    townships: townshipRepository(db),
    ledger: new LedgerRepository(db),
  };
}

export type Store = ReturnType<typeof createStore>;

let current: Store | undefined;

/** The app's store, opened on first use. */
export function getStore(): Store {
  current ??= createStore(new AppDatabase());
  return current;
}

export { AppDatabase, EntityRepository };
