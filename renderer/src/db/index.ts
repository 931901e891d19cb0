// The app's one database and its repositories. Tests build their own with createStore().
import { AppDatabase } from './database';
import { EntityRepository } from './repositories/entity-repository';
import { LedgerRepository } from './repositories/ledger';
import { townshipRepository } from './repositories/townships';
import { villageRepository } from './repositories/villages';
import { enterpriseRepository } from './repositories/enterprises';
import { personRepository } from './repositories/persons';

export function createStore(db: AppDatabase) {
  return {
    db,
    townships: townshipRepository(db),
    villages: villageRepository(db),
    enterprises: enterpriseRepository(db),
    persons: personRepository(db),
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
