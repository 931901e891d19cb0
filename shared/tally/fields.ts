// The columns a returned tally may have, as import fields for the pipeline's header matching
// and the mapping step: how a row names its pairing (联建编号; 企业 and 村 in two cells; or
// 「企业—村」 in one) and one field per tally figure, keyed by the figure id. A figure label
// shared by two ledger types (金额) answers only together with its type (资金扶持 / 金额).
import type { ImportField } from '../io/fields';
import { LEDGER_TYPES } from '../model/ledger-catalog';
import { tallyFigures, type LedgerFigure } from '../reports/statistics/ledger-figures';

export const PAIRING_FIELDS: readonly ImportField[] = [
  { key: 'code', label: '联建编号', kind: 'text', synonyms: ['编号', '联建点编号', '联建代码'], help: '如 LJ2008-001' },
  { key: 'pair', label: '联建点', kind: 'text', synonyms: ['联建单位', '村企联建点', '联建对', '企业—村', '企业-村', '联建村企'], help: '「企业—村」写在一格，如 某某公司—红星村' },
  { key: 'enterpriseName', label: '企业名称', kind: 'text', synonyms: ['企业', '联建企业', '单位名称', '企业党组织'] },
  { key: 'villageName', label: '村名称', kind: 'text', synonyms: ['村', '联建村', '村名', '村党组织'] },
];

function catalogSynonyms(f: LedgerFigure): string[] {
  if (f.source.kind === 'count') return [`${f.typeName}人数`, `${f.label}人数`];
  const fieldKey = f.source.key.split('=')[0];
  const field = LEDGER_TYPES.find((t) => t.key === f.typeKey)?.fields.find((x) => x.key === fieldKey);
  if (f.input === 'yesno') return [field?.label ?? '', `是否${field?.label ?? ''}${f.typeName.slice(2)}`, `${field?.label ?? ''}${f.typeName.slice(2)}`];
  if (f.source.key.includes('=')) return [`成为${f.label}`, `其中${f.label}`];
  return [...(field?.synonyms ?? [])];
}

/** One import field per tally figure; names used by more than one figure are kept only with their type in front. */
export function figureFields(figures: readonly LedgerFigure[] = tallyFigures()): ImportField[] {
  const named = figures.map((f) => ({ f, names: [f.label, ...catalogSynonyms(f)].filter(Boolean) }));
  const uses = new Map<string, number>();
  for (const { names } of named) for (const n of new Set(names)) uses.set(n, (uses.get(n) ?? 0) + 1);
  return named.map(({ f, names }) => ({
    key: f.id,
    label: `${f.typeName}·${f.label}`,
    unit: f.unit || undefined,
    kind: f.input === 'yesno' ? 'bool' : f.decimals ? 'decimal' : 'int',
    min: 0,
    synonyms: [...new Set(names.filter((n) => uses.get(n) === 1).concat(names.map((n) => `${f.typeName}${n}`)))],
  }));
}

export function tallyImportFields(figures: readonly LedgerFigure[] = tallyFigures()): ImportField[] {
  return [...PAIRING_FIELDS, ...figureFields(figures)];
}
