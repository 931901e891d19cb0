// What a 变更 of a pairing changed, field by field, written as the text a clerk reads in the
// history (「村联络员：张三（13800000001） → 李四」). The history keeps these texts rather than
// ids, so it still reads correctly after a township or person is renamed or deleted.
import { orderByDictionary } from './dictionaries';
import { COOPERATION_AREAS } from './enums';
import type { FieldChange, Liaison, Pairing } from './types';

/** The fields a 变更 may touch. Code, sides and dates are facts of the application, not changes. */
export type PairingChangePatch = Partial<
  Pick<Pairing, 'areas' | 'enterpriseLiaison' | 'villageLiaison' | 'responsibleTownshipId' | 'responsibleLeader' | 'agreement'>
>;

export const CHANGEABLE_FIELDS = [
  'areas',
  'enterpriseLiaison',
  'villageLiaison',
  'responsibleTownshipId',
  'responsibleLeader',
  'agreement',
] as const satisfies readonly (keyof PairingChangePatch)[];

export const CHANGE_LABELS: Record<(typeof CHANGEABLE_FIELDS)[number], string> = {
  areas: '联建内容',
  enterpriseLiaison: '企业联络员',
  villageLiaison: '村联络员',
  responsibleTownshipId: '挂钩乡镇',
  responsibleLeader: '挂钩领导',
  agreement: '联建协议',
};

export const EMPTY_MARK = '（空）';

export function formatLiaison(l: Liaison | undefined): string {
  if (!l?.name) return '';
  return l.phone ? `${l.name}（${l.phone}）` : l.name;
}

export function formatLeader(l: Pairing['responsibleLeader']): string {
  if (!l?.name) return '';
  return l.post ? `${l.name}（${l.post}）` : l.name;
}

/** Areas in the default dictionary's order, without duplicates; areas the office added follow as given. */
export function sortAreas(areas: readonly string[]): string[] {
  return orderByDictionary(areas, COOPERATION_AREAS);
}

export function formatAreas(areas: readonly string[] | undefined): string {
  return sortAreas(areas ?? []).join('、');
}

type Shown = { townshipName: (id: string) => string };

function shown(field: (typeof CHANGEABLE_FIELDS)[number], p: PairingChangePatch, names: Shown): string {
  switch (field) {
    case 'areas':
      return formatAreas(p.areas);
    case 'enterpriseLiaison':
      return formatLiaison(p.enterpriseLiaison);
    case 'villageLiaison':
      return formatLiaison(p.villageLiaison);
    case 'responsibleTownshipId':
      return p.responsibleTownshipId ? names.townshipName(p.responsibleTownshipId) : '';
    case 'responsibleLeader':
      return formatLeader(p.responsibleLeader);
    case 'agreement':
      return p.agreement ?? '';
  }
}

/** A liaison counts as changed when the person, the name or the phone differs. */
function sameValue(field: (typeof CHANGEABLE_FIELDS)[number], a: PairingChangePatch, b: PairingChangePatch, names: Shown): boolean {
  if (field === 'enterpriseLiaison' || field === 'villageLiaison') {
    const x = a[field];
    const y = b[field];
    return (x?.personId ?? '') === (y?.personId ?? '') && (x?.name ?? '') === (y?.name ?? '') && (x?.phone ?? '') === (y?.phone ?? '');
  }
  if (field === 'responsibleTownshipId') return (a.responsibleTownshipId ?? '') === (b.responsibleTownshipId ?? '');
  return shown(field, a, names) === shown(field, b, names);
}

function compactLiaisons(from: Liaison | undefined, to: Liaison | undefined): NonNullable<FieldChange['liaison']> {
  const clean = (l: Liaison | undefined): Liaison | undefined =>
    l?.name ? { name: l.name, ...(l.phone ? { phone: l.phone } : {}), ...(l.personId ? { personId: l.personId } : {}) } : undefined;
  const out: NonNullable<FieldChange['liaison']> = {};
  const a = clean(from);
  const b = clean(to);
  if (a) out.from = a;
  if (b) out.to = b;
  return out;
}

/** The changes `patch` makes to `before`; fields the patch leaves out are unchanged. */
export function diffPairing(before: Pairing, patch: PairingChangePatch, names: Shown): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of CHANGEABLE_FIELDS) {
    if (!(field in patch)) continue;
    if (sameValue(field, before, patch, names)) continue;
    const change: FieldChange = {
      field,
      label: CHANGE_LABELS[field],
      from: shown(field, before, names) || EMPTY_MARK,
      to: shown(field, patch, names) || EMPTY_MARK,
    };
    if (field === 'enterpriseLiaison' || field === 'villageLiaison') change.liaison = compactLiaisons(before[field], patch[field]);
    changes.push(change);
  }
  return changes;
}
