// The 人员 list's rows: the stored records themselves, in pinyin order of the names, and a
// lookup from a person to the unit and township shown beside them. No row is copied: at
// 50,000 persons a spread per row (record + keys + unit) cost as much as the sort in a CPU
// profile, and the stored records already carry their search and sort keys
// (record-keys-middleware.ts), so the list needs no pinyin (nor pinyin-pro) to open.
import type { RecordKeys } from '@shared/model/record-keys';
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
 * A record written around the store, without keys, gets them from `keysOf` (a copy); without
 * `keysOf` such a record makes the answer undefined, and the caller loads the key functions
 * (never the case for what the app wrote, so the list does not load them to open).
 *
 * Sorted by grouping: the rows gathered per sort key, then only the distinct keys sorted, by
 * the engine's own string order (no comparator: the same code-unit order as `<`, without a
 * call into JS per comparison). A county's 50,000 persons share a few thousand names, and a
 * comparator sort of the rows cost ~0.15 s of the list's open in a CPU profile.
 */
export function personRows(persons: readonly Person[], keysOf?: (p: Person) => RecordKeys): PersonRow[] | undefined {
  const groups = new Map<string, PersonRow | PersonRow[]>();
  for (const p of persons) {
    const keyed = p as Person & Partial<RecordKeys>;
    let row: PersonRow;
    if (hasKeys(keyed)) row = keyed;
    else if (keysOf) row = { ...p, ...keysOf(p) };
    else return undefined;
    const group = groups.get(row.sortKey);
    if (group === undefined) groups.set(row.sortKey, row);
    else if (Array.isArray(group)) group.push(row);
    else groups.set(row.sortKey, [group, row]);
  }
  const rows: PersonRow[] = Array.from({ length: persons.length });
  let next = 0;
  for (const key of [...groups.keys()].sort()) {
    const group = groups.get(key)!;
    if (Array.isArray(group)) for (const row of group) rows[next++] = row;
    else rows[next++] = group;
  }
  return rows;
}
