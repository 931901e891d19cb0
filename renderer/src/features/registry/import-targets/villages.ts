import { VILLAGE_FIELDS } from '@shared/io/targets/registry-fields';
import { villageSchema } from '@shared/model/schemas/village';
import { contentOf, given, overlay, townshipReference, zodOutcome } from '../../import';
import type { ImportTarget } from '../../import';

const KEYS = VILLAGE_FIELDS.map((f) => f.key).filter((k) => k !== 'townshipName');

export const villageTarget: ImportTarget = {
  key: 'villages',
  kind: 'villages',
  label: '村',
  title: '村情信息',
  table: 'villages',
  fields: VILLAGE_FIELDS,
  references: [townshipReference('townshipName')],
  identities: [
    { label: '区划代码', key: (r) => (given(r.areaCode) ? `code:${String(r.areaCode)}` : null), fields: ['areaCode'] },
    { label: '所属乡镇和村名', key: (r) => (given(r.townshipId) && given(r.name) ? `name:${String(r.townshipId)}|${String(r.name)}` : null), fields: ['name', 'townshipName'] },
  ],
  toDraft: (row, refs, existing) => {
    const draft = overlay(existing ? contentOf(existing) : { industries: [], partyOrg: {} }, row, KEYS);
    if (refs.townshipName) draft.townshipId = refs.townshipName.id;
    return draft;
  },
  validate: zodOutcome(villageSchema),
  name: (r) => String(r.name ?? ''),
  listRoute: '/registry/villages',
};
