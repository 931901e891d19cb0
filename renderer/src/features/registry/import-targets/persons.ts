// 人员: 所在单位 names an enterprise or a village already in the registry (never created from
// a person list); 所在乡镇 tells same-named villages apart.
import { PERSON_FIELDS } from '@shared/io/targets/registry-fields';
import { personSchema } from '@shared/model/schemas/person';
import type { AppDatabase } from '../../../db/database';
import { contentOf, given, overlay, zodOutcome } from '../../import';
import type { ImportTarget, RefCandidate } from '../../import';

const KEYS = PERSON_FIELDS.map((f) => f.key).filter((k) => k !== 'orgName' && k !== 'orgTownship');

async function organizations(db: AppDatabase): Promise<RefCandidate[]> {
  const [townships, enterprises, villages] = await Promise.all([
    db.townships.toArray(),
    db.enterprises.where('deleted').equals(0).toArray(),
    db.villages.where('deleted').equals(0).toArray(),
  ]);
  const townshipName = new Map(townships.map((t) => [t.id, t.name]));
  return [
    ...enterprises.map((e) => ({ id: e.id, name: e.name, kind: 'enterprise', scope: townshipName.get(e.townshipId), hint: `企业 · ${townshipName.get(e.townshipId) ?? ''}` })),
    ...villages.map((v) => ({ id: v.id, name: v.name, kind: 'village', scope: townshipName.get(v.townshipId), hint: `村 · ${townshipName.get(v.townshipId) ?? ''}` })),
  ];
}

export const personTarget: ImportTarget = {
  key: 'persons',
  kind: 'persons',
  label: '人员',
  title: '人员信息',
  table: 'persons',
  fields: PERSON_FIELDS,
  references: [{ field: 'orgName', idPath: 'orgId', label: '所在单位（企业或村）', load: organizations, scopeField: 'orgTownship' }],
  identities: [
    { label: '身份证号', key: (r) => (given(r.idNumber) ? `id:${String(r.idNumber)}` : null), fields: ['idNumber'] },
    { label: '姓名和所在单位', key: (r) => (given(r.orgId) && given(r.name) && !given(r.idNumber) ? `name:${String(r.orgId)}|${String(r.name)}` : null), fields: ['name', 'orgName'] },
  ],
  toDraft: (row, refs, existing) => {
    const draft = overlay(existing ? contentOf(existing) : { orgKind: 'none' }, row, KEYS);
    const org = refs.orgName;
    if (org) {
      draft.orgKind = org.kind;
      draft.orgId = org.id;
    }
    return draft;
  },
  validate: zodOutcome(personSchema),
  name: (r) => String(r.name ?? ''),
  listRoute: '/registry/persons',
};
