// Live registry data for lists and pickers: the live records of a table (re-read whenever the
// table changes), and lookups from ids to names.
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { Enterprise, Pairing, Person, Township, Village } from '@shared/model/types';
import { recordsSnapshot, subscribeRecords } from './live-records';

export type RegistryTable = 'townships' | 'villages' | 'enterprises' | 'persons';
export type RegistryRecord = { townships: Township; villages: Village; enterprises: Enterprise; persons: Person };

/** The tables read through the shared live reads: the registry, and the pairings (联建档案's list). */
type LiveRecord = RegistryRecord & { pairings: Pairing };

/** Live records of a table not deleted (one shared read, live-records.ts); undefined while loading. */
export function useLiveRecords<K extends keyof LiveRecord>(table: K): LiveRecord[K][] | undefined {
  const subscribe = useCallback((listener: () => void) => subscribeRecords(table, listener), [table]);
  return useSyncExternalStore(subscribe, () => recordsSnapshot(table)) as LiveRecord[K][] | undefined;
}

/** Townships in county order (then name). */
export function sortTownships(list: Township[]): Township[] {
  return [...list].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'zh-CN'));
}

export type Lookup<T> = Map<string, T>;

export function useLookup<T extends { id: string }>(records: T[] | undefined): Lookup<T> {
  return useMemo(() => new Map((records ?? []).map((r) => [r.id, r])), [records]);
}

/** Name of the organization a person belongs to, e.g. 「红星村」 or 「红都纺织有限公司」. */
export function personOrgName(p: Person, villages: Lookup<Village>, enterprises: Lookup<Enterprise>): string {
  if (p.orgKind === 'village' && p.orgId) return villages.get(p.orgId)?.name ?? '（已删除的村）';
  if (p.orgKind === 'enterprise' && p.orgId) return enterprises.get(p.orgId)?.name ?? '（已删除的企业）';
  return '';
}
