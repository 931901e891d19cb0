import type { Transaction } from 'dexie';

/** One schema version: the tables it adds or changes, and the data upgrade if any. */
export type Migration = {
  version: number;
  name: string;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
  /**
   * What the upgrade needs loaded before it runs: startup awaits it before opening the
   * database, since an await on anything but the store inside the upgrade would let
   * IndexedDB commit the versionchange transaction under it.
   */
  prepare?: () => Promise<unknown>;
};
