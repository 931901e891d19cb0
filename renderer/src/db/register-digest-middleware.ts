// Keeps `registerDigest` (shared/model/register-digest.ts) equal to the registers of 企业, 村
// and 联建 in the same transaction as every write to them, whatever door it comes through
// (forms, import and its undo, restore, sample data, delete and undo): a DBCore middleware sees
// every add, put, delete and clear. Every read-write transaction over a register is widened to
// include the digest (as Dexie Cloud widens its own for its mutation log), so no caller has to
// name it. A transaction's register writes are applied one after another, so two writes
// issued at once never read the same digest row and lose one of the changes.
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { DIGEST_TABLE, digestEntryOf, digestTownship, emptyDigest, isDigestedTable, type DigestedTable, type RegisterDigest } from '@shared/model/register-digest';

type Row = Record<string, unknown>;
type Change = { table: DigestedTable; id: string; before?: Row; after?: Row };

/** The digest rows touched by a batch of changes, updated; every change is a removal then an addition. */
async function applyChanges(digest: DBCoreTable, trans: DBCoreTransaction, changes: readonly Change[]): Promise<void> {
  const townships = new Set<string>();
  for (const c of changes) {
    if (c.before) townships.add(digestTownship(c.table, c.before));
    if (c.after && !c.after.deleted) townships.add(digestTownship(c.table, c.after));
  }
  if (townships.size === 0) return;
  const ids = [...townships];
  const stored = (await digest.getMany({ trans, keys: ids })) as (RegisterDigest | undefined)[];
  const rows = new Map(ids.map((id, i) => [id, stored[i] ?? emptyDigest(id)]));
  for (const c of changes) {
    if (c.before) delete rows.get(digestTownship(c.table, c.before))![c.table][c.id];
    const entry = c.after && digestEntryOf(c.table, c.after);
    if (entry) (rows.get(digestTownship(c.table, c.after!))![c.table] as Record<string, unknown>)[c.id] = entry;
  }
  const puts: RegisterDigest[] = [];
  const deletes: string[] = [];
  for (const row of rows.values()) {
    const empty = !Object.keys(row.enterprises).length && !Object.keys(row.villages).length && !Object.keys(row.pairings).length;
    if (empty) deletes.push(row.id);
    else puts.push(row);
  }
  if (puts.length) await digest.mutate({ type: 'put', trans, values: puts });
  if (deletes.length) await digest.mutate({ type: 'delete', trans, keys: deletes });
}

/** A write and its digest upkeep: the records it replaces are read first, in the same transaction. */
async function mutateWithDigest(name: DigestedTable, table: DBCoreTable, digest: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  const { trans } = req;
  if (req.type === 'deleteRange') {
    const { result } = await table.query({ trans, values: true, query: { index: table.schema.primaryKey, range: req.range } });
    const res = await table.mutate(req);
    await applyChanges(digest, trans, (result as Row[]).map((before) => ({ table: name, id: before.id as string, before })));
    return res;
  }
  const keys: string[] = req.type === 'delete' ? req.keys : req.values.map((v: Row) => v.id as string);
  const before = req.type === 'add' ? [] : ((await table.getMany({ trans, keys })) as (Row | undefined)[]);
  const res = await table.mutate(req);
  const changes: Change[] = [];
  keys.forEach((id, i) => {
    if (res.failures[i]) return;
    changes.push({ table: name, id, before: before[i], after: req.type === 'delete' ? undefined : (req.values[i] as Row) });
  });
  await applyChanges(digest, trans, changes);
  return res;
}

export const registerDigestMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'register-digest',
  create(down) {
    // One chain of register writes per transaction (see the header).
    const chains = new WeakMap<DBCoreTransaction, Promise<unknown>>();
    // The digest is written only where the store has it: inside the upgrade that creates it
    // (v012) the earlier versions' steps run before the table exists, and v012 builds it whole.
    const hasDigest = (trans: DBCoreTransaction) => {
      const names = (trans as unknown as IDBTransaction).objectStoreNames;
      return !names || names.contains(DIGEST_TABLE);
    };
    return {
      ...down,
      transaction(stores, mode, options) {
        const widen = mode === 'readwrite' && !stores.includes(DIGEST_TABLE) && stores.some(isDigestedTable);
        return down.transaction(widen ? [...stores, DIGEST_TABLE] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!isDigestedTable(name)) return table;
        return {
          ...table,
          mutate(req) {
            if (!hasDigest(req.trans)) return table.mutate(req);
            const run = () => mutateWithDigest(name, table, down.table(DIGEST_TABLE), req);
            const result = (chains.get(req.trans) ?? Promise.resolve()).then(run, run);
            chains.set(req.trans, result.catch(() => undefined));
            return result;
          },
        };
      },
    };
  },
};
