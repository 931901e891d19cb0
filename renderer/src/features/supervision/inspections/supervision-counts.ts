// Per pairing: how many inspections visited it and how many of its items are still open —
// the 联建档案 list's 督查整改 column. One read of the rounds and the open items.
import { useLiveQuery } from 'dexie-react-hooks';
import { getStore } from '../../../db';
import { openRectificationsByPairing } from '../../../db/repositories/inspections';

export type SupervisionCounts = { inspections: number; open: number };

/** undefined while loading, or until `ready` (a page may read its own rows first). */
export function usePairingSupervisionCounts(ready = true): Map<string, SupervisionCounts> | undefined {
  return useLiveQuery(async () => {
    if (!ready) return undefined;
    const { db } = getStore();
    const [rounds, open] = await Promise.all([getStore().inspections.listRounds(), openRectificationsByPairing(db)]);
    const out = new Map<string, SupervisionCounts>();
    for (const r of rounds) for (const v of r.visits) out.set(v.pairingId, { inspections: (out.get(v.pairingId)?.inspections ?? 0) + 1, open: 0 });
    for (const [id, n] of open) out.set(id, { inspections: out.get(id)?.inspections ?? 0, open: n });
    return out;
  }, [ready]);
}
