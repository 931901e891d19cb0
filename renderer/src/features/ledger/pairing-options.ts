// The pairings a ledger entry can belong to (approved at some point), labelled the way a
// clerk recognises them: 「LJ2008-001 盼盼食品 — 红星村」.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Pairing } from '@shared/model/types';
import { getStore } from '../../db';
import { useLiveRecords, useLookup } from '../../ui/records/data';

export type PairingOption = { value: string; label: string; pairing: Pairing };

export function usePairingOptions(): { options: PairingOption[] | undefined; byId: Map<string, PairingOption> } {
  const pairings = useLiveQuery(() => getStore().pairings.list(), []);
  const enterprises = useLookup(useLiveRecords('enterprises'));
  const villages = useLookup(useLiveRecords('villages'));
  return useMemo(() => {
    const options = pairings
      ?.filter((p) => p.approvedDate)
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((p) => ({
        value: p.id,
        label: `${p.code} ${enterprises.get(p.enterpriseId)?.name ?? '？'} — ${villages.get(p.villageId)?.name ?? '？'}${p.status === '已终止' ? '（已终止）' : ''}`,
        pairing: p,
      }));
    return { options, byId: new Map((options ?? []).map((o) => [o.value, o])) };
  }, [pairings, enterprises, villages]);
}
