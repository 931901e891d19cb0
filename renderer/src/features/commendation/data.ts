// Live data of the 评先表彰 pages: a round with its nominees, the registry lookups that turn
// nominees into printable entries (township, unit and post), and the names an office writes.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { NomineeKind } from '@shared/model/enums';
import type { Enterprise, Nominee, Pairing, Person, Township, Village } from '@shared/model/types';
import type { CommendationRoundRecord } from '@shared/model/schemas/commendation';
import type { OfficeInfo } from '@shared/reports/commendation/decision';
import { stripControlChars } from '@shared/model/normalize';
import type { CommendationReport, HonourEntry } from '@shared/reports/commendation/name-list';
import { getStore } from '../../db';
import { useSetting } from '../../app/use-setting';
import { useLiveRecords, useLookup, type Lookup } from '../../ui/records/data';

export type Lookups = {
  townships: Lookup<Township>;
  villages: Lookup<Village>;
  enterprises: Lookup<Enterprise>;
  persons: Lookup<Person>;
  pairings: Lookup<Pairing>;
};

export function useLivePairings(): Pairing[] | undefined {
  return useLiveQuery(() => getStore().db.pairings.where('deleted').equals(0).toArray(), []);
}

export function useLookups(): Lookups | undefined {
  const townships = useLiveRecords('townships');
  const villages = useLiveRecords('villages');
  const enterprises = useLiveRecords('enterprises');
  const persons = useLiveRecords('persons');
  const pairings = useLivePairings();
  const t = useLookup(townships);
  const v = useLookup(villages);
  const e = useLookup(enterprises);
  const p = useLookup(persons);
  const pr = useLookup(pairings);
  const ready = Boolean(townships && villages && enterprises && persons && pairings);
  return useMemo(() => (ready ? { townships: t, villages: v, enterprises: e, persons: p, pairings: pr } : undefined), [ready, t, v, e, p, pr]);
}

export function useRound(id: string | undefined): { round: CommendationRoundRecord | null | undefined; nominees: Nominee[] | undefined } {
  const round = useLiveQuery(async () => (id ? ((await getStore().commendations.getRound(id)) ?? null) : null), [id]);
  const nominees = useLiveQuery(async () => (id ? getStore().commendations.listNominees(id) : []), [id]);
  return { round: round && !round.deleted ? round : round === undefined ? undefined : null, nominees };
}

/** The office's details for documents; the same object until a value changes. */
export function useOfficeInfo(): OfficeInfo {
  const [office] = useSetting('office');
  const { unitName, countyName, issuerMark } = office;
  return useMemo(() => ({ unitName, countyName, issuerMark }), [unitName, countyName, issuerMark]);
}

/** 「长汀盼盼食品有限公司—河田镇露湖村」 */
export function pairingName(p: Pairing, l: Lookups): string {
  const v = l.villages.get(p.villageId);
  const township = v ? (l.townships.get(v.townshipId)?.name ?? '') : '';
  return `${l.enterprises.get(p.enterpriseId)?.name ?? '（已删除的企业）'}—${township}${v?.name ?? '（已删除的村）'}`;
}

/** The name a document prints for a record: the party organization's own name where it has one. */
export function defaultDisplayName(kind: NomineeKind, id: string, l: Lookups): string {
  switch (kind) {
    case 'enterprise': {
      const e = l.enterprises.get(id);
      if (!e) return '';
      return e.partyOrg.name || `${e.name}${e.partyOrg.type === '未建立' ? '' : e.partyOrg.type}`;
    }
    case 'village': {
      const v = l.villages.get(id);
      if (!v) return '';
      return v.partyOrg.name || `${l.townships.get(v.townshipId)?.name ?? ''}${v.name}${v.partyOrg.type ?? '党支部'}`;
    }
    case 'pairing': {
      const p = l.pairings.get(id);
      return p ? pairingName(p, l) : '';
    }
    case 'person':
      return l.persons.get(id)?.name ?? '';
  }
}

/** Why a record should not be nominated as it stands (shown as a warning, not a refusal). */
export function nominationWarning(kind: NomineeKind, id: string, l: Lookups): string | undefined {
  if (kind === 'enterprise' && l.enterprises.get(id)?.partyOrg.type === '未建立') return '该企业尚未建立党组织';
  if (kind === 'pairing' && l.pairings.get(id)?.status === '已终止') return '该联建已终止';
  return undefined;
}

function townshipOf(kind: NomineeKind, id: string, l: Lookups): Township | undefined {
  switch (kind) {
    case 'enterprise':
      return l.townships.get(l.enterprises.get(id)?.townshipId ?? '');
    case 'village':
      return l.townships.get(l.villages.get(id)?.townshipId ?? '');
    case 'pairing':
      return l.townships.get(l.pairings.get(id)?.responsibleTownshipId ?? '');
    case 'person': {
      const p = l.persons.get(id);
      if (p?.orgKind === 'village') return l.townships.get(l.villages.get(p.orgId ?? '')?.townshipId ?? '');
      if (p?.orgKind === 'enterprise') return l.townships.get(l.enterprises.get(p.orgId ?? '')?.townshipId ?? '');
      return undefined;
    }
  }
}

function unitAndPost(p: Person | undefined, l: Lookups): string {
  if (!p) return '';
  const org = p.orgKind === 'village' ? l.villages.get(p.orgId ?? '')?.name : p.orgKind === 'enterprise' ? l.enterprises.get(p.orgId ?? '')?.name : '';
  return `${org ?? ''}${p.post ?? ''}`;
}

export function honourEntry(n: Nominee, l: Lookups): HonourEntry {
  const township = townshipOf(n.kind, n.refId, l);
  return {
    kind: n.kind,
    title: n.title,
    displayName: n.displayName,
    township: township?.name,
    townshipOrder: township?.order,
    unitAndPost: n.kind === 'person' ? unitAndPost(l.persons.get(n.refId), l) : undefined,
    deed: n.deed,
  };
}

export function buildReport(round: CommendationRoundRecord, nominees: readonly Nominee[], l: Lookups): CommendationReport {
  return {
    year: round.year,
    level: round.level,
    titles: round.titles,
    docNumber: round.docNumber,
    decisionDate: round.decisionDate,
    entries: nominees.map((n) => honourEntry(n, l)),
  };
}

/** File names: the round's label without characters Windows refuses. */
export function fileSafe(name: string): string {
  return stripControlChars(name).replace(/[\\/:*?"<>|\t\r\n]/g, '').slice(0, 120);
}
