// Live registry data for lists and pickers: the live records of a table (re-read whenever the
// table changes), and lookups from ids to names.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Enterprise, Person, Township, Village } from '@shared/model/types';
import { getStore } from '../../db/index';

export type RegistryTable = 'townships' | 'villages' | 'enterprises' | 'persons';
export type RegistryRecord = { townships: Township; villages: Village; enterprises: Enterprise; persons: Person };

/**
 * Live records of a registry table; undefined while loading. Read by primary key with the
 * deleted ones dropped here, not through the `deleted` index: a live query over an index makes
 * Dexie note every primary key it returned (a range-tree insert per row, 0.2–0.5 s of the
 * 50,000-person list's opening in a CPU profile), one over the primary key notes one range.
 */
export function useLiveRecords<K extends RegistryTable>(table: K): RegistryRecord[K][] | undefined {
  return useLiveQuery(async () => withoutDeleted(await getStore().db.table<RegistryRecord[K], string>(table).toArray()), [table]);
}

/** The records not deleted, in the same order; the same array when none is. */
export function withoutDeleted<T extends { deleted: 0 | 1 }>(records: T[]): T[] {
  return records.some((r) => r.deleted !== 0) ? records.filter((r) => r.deleted === 0) : records;
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
