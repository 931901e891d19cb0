// The registers as the annual statistics read them, one row per township (v012): each live
// enterprise, village and pairing filed under it, reduced to what the table counts and looks
// up (names for the rows by enterprise or village, the party organization's kind, the
// pairing's parties, status and dates). Reading ~20 such rows replaces reading every record of
// 企业, 村 and 联建 (a 1,000-enterprise county: 2,300 records). Derived data, kept by
// renderer/src/db/register-digest-middleware.ts in every transaction that writes a register;
// never in a backup.
import type { Enterprise, Pairing, Village } from './types';

export type DigestEnterprise = Pick<Enterprise, 'name' | 'aboveScale' | 'employees'> & { partyOrg: Pick<Enterprise['partyOrg'], 'type'> };
export type DigestVillage = Pick<Village, 'name'> & { partyOrg: Pick<Village['partyOrg'], 'type' | 'name'> };
export type DigestPairing = Pick<Pairing, 'code' | 'enterpriseId' | 'villageId' | 'status' | 'approvedDate' | 'endedDate'>;

/** `id`: the township's id ('' for records filed under none). Entries by record id. */
export type RegisterDigest = {
  id: string;
  enterprises: Record<string, DigestEnterprise>;
  villages: Record<string, DigestVillage>;
  pairings: Record<string, DigestPairing>;
};

export const DIGEST_TABLE = 'registerDigest';
export const DIGESTED_TABLES = ['enterprises', 'villages', 'pairings'] as const;
export type DigestedTable = (typeof DIGESTED_TABLES)[number];
export const isDigestedTable = (name: string): name is DigestedTable => (DIGESTED_TABLES as readonly string[]).includes(name);

type Row = Record<string, unknown>;

/** The township a record is filed under. */
export function digestTownship(table: DigestedTable, record: Row): string {
  const id = table === 'pairings' ? record.responsibleTownshipId : record.townshipId;
  return typeof id === 'string' ? id : '';
}

// Optional fields only when present: the digest stays as small as the records allow.
function pick<T>(record: Row, keys: readonly string[]): T {
  const out: Row = {};
  for (const k of keys) if (record[k] !== undefined) out[k] = record[k];
  return out as T;
}

/** The entry of a record, or undefined for a deleted one (the digest holds live records only). */
export function digestEntryOf(table: DigestedTable, record: Row): DigestEnterprise | DigestVillage | DigestPairing | undefined {
  if (record.deleted) return undefined;
  const party = (record.partyOrg ?? {}) as Row;
  if (table === 'enterprises') return { ...pick<DigestEnterprise>(record, ['name', 'aboveScale', 'employees']), partyOrg: pick<DigestEnterprise['partyOrg']>(party, ['type']) };
  if (table === 'villages') return { ...pick<DigestVillage>(record, ['name']), partyOrg: pick<DigestVillage['partyOrg']>(party, ['type', 'name']) };
  return pick<DigestPairing>(record, ['code', 'enterpriseId', 'villageId', 'status', 'approvedDate', 'endedDate']);
}

export const emptyDigest = (id: string): RegisterDigest => ({ id, enterprises: {}, villages: {}, pairings: {} });

/** The digest rows of whole registers, computed in memory (migration, checks, benchmarks). */
export function registerDigestOf(registers: Partial<Record<DigestedTable, readonly object[]>>): RegisterDigest[] {
  const rows = new Map<string, RegisterDigest>();
  for (const table of DIGESTED_TABLES) {
    for (const record of (registers[table] ?? []) as Row[]) {
      const entry = digestEntryOf(table, record);
      if (!entry) continue;
      const township = digestTownship(table, record);
      let row = rows.get(township);
      if (!row) rows.set(township, (row = emptyDigest(township)));
      (row[table] as Record<string, unknown>)[record.id as string] = entry;
    }
  }
  return [...rows.values()];
}

/** The registers back as the statistics read them (StatisticsInput's enterprises, villages, pairings). */
export function registersOfDigest(rows: readonly RegisterDigest[]) {
  const enterprises: ({ id: string; townshipId: string } & DigestEnterprise)[] = [];
  const villages: ({ id: string; townshipId: string } & DigestVillage)[] = [];
  const pairings: ({ id: string; responsibleTownshipId: string } & DigestPairing)[] = [];
  for (const row of rows) {
    for (const id in row.enterprises) enterprises.push({ id, townshipId: row.id, ...row.enterprises[id]! });
    for (const id in row.villages) villages.push({ id, townshipId: row.id, ...row.villages[id]! });
    for (const id in row.pairings) pairings.push({ id, responsibleTownshipId: row.id, ...row.pairings[id]! });
  }
  // In id order, as the store lists the records themselves.
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { enterprises: enterprises.sort(byId), villages: villages.sort(byId), pairings: pairings.sort(byId) };
}
