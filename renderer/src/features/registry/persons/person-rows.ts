// The 人员 list's rows: the stored records themselves, in pinyin order of the names, and a
// lookup from a person to the unit and township shown beside them. No row is copied: at
// 50,000 persons a spread per row (record + keys + unit) cost as much as the sort in a CPU
// profile, and the stored records already carry their search and sort keys
// (record-keys-middleware.ts).
import { keysOf, type RecordKeys } from '@shared/model/record-keys';
import type { Enterprise, Person, Township, Village } from '@shared/model/types';
import { sortTownships } from '../../../ui/records/data';

export type PersonRow = Person & RecordKeys;

/** Where a person works, as the list shows and filters it. */
export type Place = { orgName: string; townshipId?: string; townshipName: string; townshipOrder: number };

const LAST = Number.MAX_SAFE_INTEGER;
const NO_UNIT: Place = { orgName: '', townshipName: '', townshipOrder: LAST };
const GONE: Place = { orgName: '（已删除）', townshipName: '', townshipOrder: LAST };

/** The place of each person: their village's or enterprise's name and township (in county order). */
export function placeLookup(villages: readonly Village[], enterprises: readonly Enterprise[], townships: Township[]): (p: Person) => Place {
  const townshipOf = new Map(sortTownships(townships).map((t, i) => [t.id, { name: t.name, order: i }]));
  const places = new Map<string, Place>();
  const add = (o: Village | Enterprise) => {
    const t = townshipOf.get(o.townshipId);
    places.set(o.id, { orgName: o.name, townshipId: o.townshipId, townshipName: t?.name ?? '', townshipOrder: t?.order ?? LAST });
  };
  villages.forEach(add);
  enterprises.forEach(add);
  return (p) => (p.orgKind === 'none' ? NO_UNIT : ((p.orgId ? places.get(p.orgId) : undefined) ?? GONE));
}

const hasKeys = (p: Partial<RecordKeys>): p is RecordKeys => typeof p.searchKeys === 'string' && typeof p.sortKey === 'string';

/**
 * The persons in pinyin order of their names, equal names in the order given (the store's).
 * A record written around the store, without keys, gets them here (a copy; never the case
 * for what the app wrote).
 */
export function personRows(persons: readonly Person[]): PersonRow[] {
  const rows: PersonRow[] = Array.from({ length: persons.length });
  for (let i = 0; i < persons.length; i++) {
    const p = persons[i] as Person & Partial<RecordKeys>;
    rows[i] = hasKeys(p) ? p : { ...p, ...keysOf('persons', p) };
  }
  return rows.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
}
