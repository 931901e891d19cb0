// How the class-list import finds the registry's records behind a trainee row: the unit (单位)
// under every spelling an office writes — 「露湖村」, 「露湖村党支部」, 「河田镇露湖村」, an
// enterprise or its party organization — and the person by ID number, or by name within that
// unit. A name is never matched across units: 「王明（露湖村）」 is not 「王明（南塘村）」.
import { normalizeHeader } from '@shared/model/normalize';
import type { Enterprise, Person, PersonOrgKind, Township, Village } from '@shared/model/types';
import type { RefCandidate } from '../../import';

export type OrgRef = { kind: Exclude<PersonOrgKind, 'none'>; id: string; name: string; township?: string };

export type RegistryIndex = {
  /** The one enterprise or village a unit names (narrowed by 所在乡镇 when two share a spelling). */
  org: (unit: string, township?: string) => OrgRef | undefined;
  orgById: (id: string | undefined) => OrgRef | undefined;
  person: (id: string) => Person | undefined;
  personByIdNumber: (idNumber: string) => Person | undefined;
  /** 「王明（露湖村）」: how rows and persons meet (the unit's registry name, not its spelling). */
  personKey: (name: string, unitName: string) => string;
  /** What rows are matched against: each person by name and unit, and by ID number. */
  matchCandidates: RefCandidate[];
  /** What the user maps an unknown name to: each person once, with unit and post. */
  pickCandidates: RefCandidate[];
};

export const idKey = (idNumber: string) => `#${idNumber}`;

export function indexRegistry(townships: readonly Township[], villages: readonly Village[], enterprises: readonly Enterprise[], persons: readonly Person[]): RegistryIndex {
  const townshipName = new Map(townships.map((t) => [t.id, t.name]));
  const spellings = new Map<string, OrgRef[]>();
  const byId = new Map<string, OrgRef>();
  const spell = (text: string | undefined, ref: OrgRef) => {
    if (!text) return;
    const key = normalizeHeader(text);
    const list = spellings.get(key) ?? [];
    if (!list.some((r) => r.id === ref.id)) list.push(ref);
    spellings.set(key, list);
  };
  for (const e of enterprises) {
    const ref: OrgRef = { kind: 'enterprise', id: e.id, name: e.name, township: townshipName.get(e.townshipId) };
    byId.set(e.id, ref);
    for (const s of [e.name, e.partyOrg.name, e.partyOrg.type !== '未建立' ? `${e.name}${e.partyOrg.type}` : undefined]) spell(s, ref);
  }
  for (const v of villages) {
    const township = townshipName.get(v.townshipId) ?? '';
    const ref: OrgRef = { kind: 'village', id: v.id, name: v.name, township };
    byId.set(v.id, ref);
    const type = v.partyOrg.type ?? '党支部';
    for (const s of [v.name, v.partyOrg.name, `${v.name}${type}`, `${township}${v.name}`, `${township}${v.name}${type}`, v.partyOrg.name ? `${township}${v.partyOrg.name}` : undefined]) spell(s, ref);
  }

  const personKey = (name: string, unitName: string) => `${name}（${unitName}）`;
  const personById = new Map(persons.map((p) => [p.id, p]));
  const byIdNumber = new Map(persons.filter((p) => p.idNumber).map((p) => [p.idNumber!, p]));
  const matchCandidates: RefCandidate[] = [];
  const pickCandidates: RefCandidate[] = [];
  for (const p of persons) {
    const org = p.orgId ? byId.get(p.orgId) : undefined;
    const hint = [org?.name ?? '无单位', p.post].filter(Boolean).join(' · ');
    pickCandidates.push({ id: p.id, name: p.name, hint });
    if (org) matchCandidates.push({ id: p.id, name: personKey(p.name, org.name), hint });
    if (p.idNumber) matchCandidates.push({ id: p.id, name: idKey(p.idNumber), hint });
  }

  return {
    org(unit, township) {
      let found = spellings.get(normalizeHeader(unit)) ?? [];
      if (found.length > 1 && township) found = found.filter((r) => normalizeHeader(r.township ?? '') === normalizeHeader(township));
      return found.length === 1 ? found[0] : undefined;
    },
    orgById: (id) => (id ? byId.get(id) : undefined),
    person: (id) => personById.get(id),
    personByIdNumber: (idNumber) => byIdNumber.get(idNumber),
    personKey,
    matchCandidates,
    pickCandidates,
  };
}
