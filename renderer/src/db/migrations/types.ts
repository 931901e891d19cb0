import type { Transaction } from 'dexie';

/** One schema version: the tables it adds or changes, and the data upgrade if any. */
export type Migration = {
  version: number;
  name: string;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
};
