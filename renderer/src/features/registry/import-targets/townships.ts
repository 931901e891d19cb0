import { TOWNSHIP_FIELDS } from '@shared/io/targets/registry-fields';
import { townshipSchema } from '@shared/model/schemas/township';
import { contentOf, given, guessTownshipKind, overlay, zodOutcome } from '../../import';
import type { ImportTarget } from '../../import';

const KEYS = TOWNSHIP_FIELDS.map((f) => f.key);

export const townshipTarget: ImportTarget = {
  key: 'townships',
  kind: 'townships',
  label: '乡镇',
  title: '乡镇（开发区）',
  table: 'townships',
  fields: TOWNSHIP_FIELDS,
  references: [],
  identities: [{ label: '乡镇名称', key: (r) => (given(r.name) ? `name:${String(r.name)}` : null), fields: ['name'] }],
  toDraft: (row, _refs, existing, env) => {
    const draft = overlay(existing ? contentOf(existing) : {}, row, KEYS);
    if (!given(draft.kind) && typeof draft.name === 'string') draft.kind = guessTownshipKind(draft.name);
    if (!given(draft.order)) draft.order = Math.max(0, ...env.existing.map((t) => Number(t.order) || 0)) + 1 + env.newIndex;
    return draft;
  },
  validate: zodOutcome(townshipSchema),
  name: (r) => String(r.name ?? ''),
  listRoute: '/registry/townships',
};
