// v012 adds `registerDigest`: the registers of 企业, 村 and 联建 per township as the annual
// statistics read them (shared/model/register-digest.ts). From this version the store keeps it
// in every transaction that writes a register (register-digest-middleware.ts); this builds it
// for the records written before.
import { DIGESTED_TABLES, registerDigestOf } from '@shared/model/register-digest';
import type { Migration } from './types';

export const v012RegisterDigest: Migration = {
  version: 12,
  name: 'register-digest',
  stores: { registerDigest: 'id' },
  upgrade: async (tx) => {
    const registers = Object.fromEntries(await Promise.all(DIGESTED_TABLES.map(async (t) => [t, await tx.table(t).toArray()] as const)));
    const digest = tx.table('registerDigest');
    // Whatever the store's upkeep wrote while the earlier steps ran is replaced by the whole.
    await digest.clear();
    await digest.bulkPut(registerDigestOf(registers));
  },
};
