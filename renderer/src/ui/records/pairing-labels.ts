// Pairings named the way a clerk recognises them — 「长汀盼盼食品有限公司—河田镇露湖村」 with
// its code and its 挂钩乡镇 — for the lists, pickers and documents of several features
// (督查, 考评). Live: re-read when a pairing, village, enterprise or township changes.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Pairing } from '@shared/model/types';
import { getStore } from '../../db/index';
import { sortTownships, useLiveRecords, useLookup } from './data';

export type PairingLabel = {
  id: string;
  code: string;
  enterprise: string;
  /** 「河田镇露湖村」 */
  village: string;
  /** 「长汀盼盼食品有限公司—河田镇露湖村」 */
  name: string;
  townshipId: string;
  /** The responsible township's (挂钩乡镇) name. */
  township: string;
  /** County order of the responsible township, for sorting. */
  townshipOrder: number;
  pairing: Pairing;
};

/** Every live pairing's label by id; undefined while loading. */
export function usePairingLabels(): Map<string, PairingLabel> | undefined {
  const pairings = useLiveQuery(() => getStore().db.pairings.where('deleted').equals(0).toArray(), []);
  const townshipList = useLiveRecords('townships');
  const townships = useLookup(townshipList);
  const enterprises = useLookup(useLiveRecords('enterprises'));
  const villages = useLookup(useLiveRecords('villages'));
  return useMemo(() => {
    if (!pairings || !townshipList) return undefined;
    const order = new Map(sortTownships(townshipList).map((t, i) => [t.id, i]));
    return new Map(
      pairings.map((p) => {
        const v = villages.get(p.villageId);
        const village = `${v ? (townships.get(v.townshipId)?.name ?? '') : ''}${v?.name ?? '（已删除的村）'}`;
        const enterprise = enterprises.get(p.enterpriseId)?.name ?? '（已删除的企业）';
        const label: PairingLabel = {
          id: p.id,
          code: p.code,
          enterprise,
          village,
          name: `${enterprise}—${village}`,
          townshipId: p.responsibleTownshipId,
          township: townships.get(p.responsibleTownshipId)?.name ?? '',
          townshipOrder: order.get(p.responsibleTownshipId) ?? Number.MAX_SAFE_INTEGER,
          pairing: p,
        };
        return [p.id, label];
      }),
    );
  }, [pairings, townshipList, townships, enterprises, villages]);
}

/** County order, then code. */
export const byTownshipThenCode = (a: PairingLabel, b: PairingLabel): number => a.townshipOrder - b.townshipOrder || a.code.localeCompare(b.code);
