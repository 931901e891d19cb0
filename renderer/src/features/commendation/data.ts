// Live data of the 评先表彰 pages: a round with its nominees, the registry lookups that turn
// nominees into printable entries (township, unit and post), and the names an office writes.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { NomineeKind } from '@shared/model/enums';
import type { Enterprise, Nominee, Pairing, Person, Township, Village } from '@shared/model/types';
import type { CommendationRoundRecord } from '@shared/model/schemas/commendation';
import type { OfficeInfo } from '@shared/reports/commendation/decision';
import type { OfficeSettings } from '@shared/model/settings';
import { stripControlChars } from '@shared/model/normalize';
import { checkHonour, honourDisplayName, type HonourSubject } from '@shared/model/honour-rules';
import type { TitleEntry } from '@shared/model/dictionaries';
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

/** The office's details for documents (设置 → 单位信息); the same object until a value changes. */
export function useOfficeInfo(): OfficeInfo & OfficeSettings {
  const [office] = useSetting('office');
  const key = JSON.stringify(office);
  // The settings object is new on every read: its content is what decides a new value.
  return useMemo(() => office, [key]);
}

/** 「长汀盼盼食品有限公司—河田镇露湖村」 */
export function pairingName(p: Pairing, l: Lookups): string {
  const v = l.villages.get(p.villageId);
  const township = v ? (l.townships.get(v.townshipId)?.name ?? '') : '';
  return `${l.enterprises.get(p.enterpriseId)?.name ?? '（已删除的企业）'}—${township}${v?.name ?? '（已删除的村）'}`;
}

/** A record as the honour rule sees it (shared/model/honour-rules.ts). */
export function honourSubjectOf(kind: NomineeKind, id: string, l: Lookups): HonourSubject | undefined {
  switch (kind) {
    case 'enterprise': {
      const e = l.enterprises.get(id);
      return e && { kind, name: e.name, partyOrg: e.partyOrg };
    }
    case 'village': {
      const v = l.villages.get(id);
      return v && { kind, name: v.name, townshipName: l.townships.get(v.townshipId)?.name, partyOrg: v.partyOrg ?? {} };
    }
    case 'pairing': {
      const p = l.pairings.get(id);
      return p && { kind, name: pairingName(p, l) };
    }
    case 'person': {
      const p = l.persons.get(id);
      return p && { kind, name: p.name };
    }
  }
}

/** The name a document prints for a record: its party organization's name (as the registry has it, or built from the unit's name and type). */
export function defaultDisplayName(kind: NomineeKind, id: string, l: Lookups): string {
  const subject = honourSubjectOf(kind, id, l);
  return subject ? honourDisplayName(subject) : '';
}

/** Why these records may not receive this title (the same rule the store applies on save). */
export function honourRefusals(title: string, kind: NomineeKind, ids: readonly string[], l: Lookups, titles: readonly TitleEntry[]): string[] {
  return ids.flatMap((id) => {
    const subject = honourSubjectOf(kind, id, l);
    const r = subject ? checkHonour(title, subject, titles) : undefined;
    return r && !r.ok ? [r.error] : [];
  });
}

/** Why a record should be looked at before it is nominated (shown as a warning, not a refusal). */
export function nominationWarning(kind: NomineeKind, id: string, l: Lookups): string | undefined {
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

/**
 * The round as the documents print it. `titleOrder` is the commendation titles' dictionary,
 * whose order the decision's sentences and the name list follow.
 */
export function buildReport(round: CommendationRoundRecord, nominees: readonly Nominee[], l: Lookups, titleOrder: readonly string[]): CommendationReport {
  return {
    year: round.year,
    level: round.level,
    titles: round.titles,
    titleOrder,
    docNumber: round.docNumber,
    decisionDate: round.decisionDate,
    entries: nominees.map((n) => honourEntry(n, l)),
  };
}

/** The round as the documents print it, its titles in the order of 设置's titles' dictionary. */
export function useReport(round: CommendationRoundRecord, nominees: readonly Nominee[], l: Lookups): CommendationReport {
  const [dictionary] = useSetting('commendationTitles');
  const orderKey = dictionary.map((t) => t.name).join('\n');
  // The setting's array is new on every read: the names in order decide a new value.
  const titleOrder = useMemo(() => (orderKey ? orderKey.split('\n') : []), [orderKey]);
  return useMemo(() => buildReport(round, nominees, l, titleOrder), [round, nominees, l, titleOrder]);
}

/** File names: the round's label without characters Windows refuses. */
export function fileSafe(name: string): string {
  return stripControlChars(name).replace(/[\\/:*?"<>|\t\r\n]/g, '').slice(0, 120);
}
