// Live data shared by the 培训交流 pages: the ledger entries of one type (技能培训 sessions,
// 学习交流 visits — they are ledger entries, the one store of those facts), the training
// bases, the meetings, and lookups from ids to the names a clerk reads.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Enterprise, LedgerEntry, Pairing, Person, Township, Village } from '@shared/model/types';
import type { TrainingBase } from '@shared/model/training-base';
import type { Meeting } from '@shared/model/meeting';
import { getStore } from '../../../db';
import { useLiveRecords, useLookup, type Lookup } from '../../../ui/records/data';

/** Live ledger entries of a type, newest first. */
export function useTypeEntries(type: string): LedgerEntry[] | undefined {
  return useLiveQuery(async () => {
    const list = (await getStore().db.ledger.where('type').equals(type).toArray()).filter((e) => !e.deleted);
    return list.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
  }, [type]);
}

export function useBases(): TrainingBase[] | undefined {
  return useLiveQuery(() => getStore().trainingBases.list(), []);
}

export function useMeetings(): Meeting[] | undefined {
  return useLiveQuery(async () => (await getStore().meetings.list()).sort((a, b) => b.date.localeCompare(a.date)), []);
}

export type Names = {
  enterprises: Lookup<Enterprise>;
  villages: Lookup<Village>;
  townships: Lookup<Township>;
  persons: Lookup<Person>;
  pairings: Lookup<Pairing>;
  enterprise: (id: string | undefined) => string;
  village: (id: string | undefined) => string;
  township: (id: string | undefined) => string;
  person: (id: string) => string;
  /** The township of a village's or enterprise's record. */
  townshipOfOrg: (id: string | undefined) => string | undefined;
  ready: boolean;
};

/** Lookups over the live registry and pairings (deleted ones read as 「（已删除）」). */
export function useNames(): Names {
  const enterprises = useLookup(useLiveRecords('enterprises'));
  const villages = useLookup(useLiveRecords('villages'));
  const townships = useLookup(useLiveRecords('townships'));
  const personList = useLiveRecords('persons');
  const persons = useLookup(personList);
  const pairingList = useLiveQuery(() => getStore().pairings.list(), []);
  const pairings = useLookup(pairingList);
  return useMemo(
    () => ({
      enterprises,
      villages,
      townships,
      persons,
      pairings,
      enterprise: (id) => (id ? (enterprises.get(id)?.name ?? '（已删除的企业）') : ''),
      village: (id) => (id ? (villages.get(id)?.name ?? '（已删除的村）') : ''),
      township: (id) => (id ? (townships.get(id)?.name ?? '（已删除的乡镇）') : ''),
      person: (id) => persons.get(id)?.name ?? '（已删除的人员）',
      townshipOfOrg: (id) => (id ? (enterprises.get(id)?.townshipId ?? villages.get(id)?.townshipId) : undefined),
      ready: Boolean(personList && pairingList && enterprises.size + villages.size >= 0),
    }),
    [enterprises, villages, townships, persons, pairings, personList, pairingList],
  );
}

/** The pairing of an entry and its two sides' names. */
export function entrySides(e: Pick<LedgerEntry, 'pairingId' | 'enterpriseId' | 'villageId'>, names: Names): { pairing?: Pairing; enterpriseId?: string; villageId?: string } {
  const pairing = e.pairingId ? names.pairings.get(e.pairingId) : undefined;
  return { pairing, enterpriseId: pairing?.enterpriseId ?? e.enterpriseId, villageId: pairing?.villageId ?? e.villageId };
}

/** Years present in a list of dated records, newest first. */
export const yearsOf = (dates: readonly string[]): number[] => [...new Set(dates.map((d) => Number(d.slice(0, 4))))].filter(Number.isFinite).sort((a, b) => b - a);
