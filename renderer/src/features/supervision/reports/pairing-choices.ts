// The pairings a report can be for (approved at some point), labelled as a clerk recognises
// them — 「LJ2008-001 盼盼食品有限公司 — 红星村」 — with their responsible township.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Pairing } from '@shared/model/types';
import { getStore } from '../../../db';

export type PairingChoice = { value: string; label: string; pairing: Pairing };

export function usePairingChoices(): { choices: PairingChoice[] | undefined; byId: Map<string, PairingChoice> } {
  const data = useLiveQuery(async () => {
    const { db } = getStore();
    const pairings = (await db.pairings.where('deleted').equals(0).toArray()).filter((p) => p.approvedDate);
    const [enterprises, villages] = await Promise.all([
      db.enterprises.bulkGet([...new Set(pairings.map((p) => p.enterpriseId))]),
      db.villages.bulkGet([...new Set(pairings.map((p) => p.villageId))]),
    ]);
    const name = (list: ({ id: string; name: string } | undefined)[]) => new Map(list.filter((x) => x).map((x) => [x!.id, x!.name]));
    return { pairings, enterprises: name(enterprises), villages: name(villages) };
  }, []);
  return useMemo(() => {
    const choices = data?.pairings
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((p) => ({
        value: p.id,
        label: `${p.code} ${data.enterprises.get(p.enterpriseId) ?? '？'} — ${data.villages.get(p.villageId) ?? '？'}${p.status === '已终止' ? '（已终止）' : ''}`,
        pairing: p,
      }));
    return { choices, byId: new Map((choices ?? []).map((c) => [c.value, c])) };
  }, [data]);
}
