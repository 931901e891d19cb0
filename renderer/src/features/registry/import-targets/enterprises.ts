import { ENTERPRISE_FIELDS } from '@shared/io/targets/registry-fields';
import { enterpriseSchema } from '@shared/model/schemas/enterprise';
import { contentOf, given, overlay, townshipReference, zodOutcome } from '../../import';
import type { ImportTarget } from '../../import';

const KEYS = ENTERPRISE_FIELDS.map((f) => f.key).filter((k) => k !== 'townshipName');

export const enterpriseTarget: ImportTarget = {
  key: 'enterprises',
  kind: 'enterprises',
  label: '企业',
  title: '企业信息',
  table: 'enterprises',
  fields: ENTERPRISE_FIELDS,
  references: [townshipReference('townshipName')],
  identities: [
    { label: '统一社会信用代码', key: (r) => (given(r.uscc) ? `uscc:${String(r.uscc)}` : null), fields: ['uscc'] },
    { label: '所属乡镇和企业名称', key: (r) => (given(r.townshipId) && given(r.name) ? `name:${String(r.townshipId)}|${String(r.name)}` : null), fields: ['name', 'townshipName'] },
  ],
  // A new enterprise with the 规模以上 or 党组织类型 cell blank is 否 / 未建立 (the template says so).
  toDraft: (row, refs, existing) => {
    const draft = overlay(existing ? contentOf(existing) : { aboveScale: false, partyOrg: { type: '未建立' } }, row, KEYS);
    if (refs.townshipName) draft.townshipId = refs.townshipName.id;
    return draft;
  },
  validate: zodOutcome(enterpriseSchema),
  name: (r) => String(r.name ?? ''),
  listRoute: '/registry/enterprises',
};
