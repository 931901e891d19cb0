// The ledger figures the statistics report, derived from the catalog so that a new ledger
// type shows up in the annual table, the tally templates and the reconciliation without a
// code change. Each figure reads one number of a LedgerAggregate: a sum (or option count)
// from `sums`, or the number of entries (`count`) for types that record persons.
import { LEDGER_TYPES, type LedgerType } from '../../model/ledger-catalog';
import { optionKey } from '../../model/ledger-aggregate';

export type FigureSource = { kind: 'sum'; key: string } | { kind: 'count' };

export type LedgerFigure = {
  /** Stable id: `${type}.${sumKey}` or `${type}.#count`. Used in templates and tallies. */
  id: string;
  typeKey: string;
  typeName: string;
  label: string;
  unit: string;
  decimals: boolean;
  source: FigureSource;
  /** How a tally template asks for it: a number, or 是/否 (a yes/no field, reported per pairing). */
  input: 'number' | 'yesno';
};

/** Types that record persons are counted by entries: one entry is one person. */
const COUNT_LABELS: Record<string, string> = { crossAppointment: '交叉任职', starRating: '评星党员' };

/** Option counts worth a column of their own (the article reports what became of cross-appointed members). */
const OPTION_FIGURES: Record<string, Record<string, readonly string[]>> = {
  crossAppointment: { outcome: ['企业中层管理人员', '农村经济发展带头人', '当选村党组织书记'] },
};

const COUNT_SUFFIX = '#count';

function figuresOfType(type: LedgerType, withYesNo: boolean): LedgerFigure[] {
  const common = { typeKey: type.key, typeName: type.name };
  const out: LedgerFigure[] = [];
  if (type.fields.some((f) => f.kind === 'person')) {
    out.push({ ...common, id: `${type.key}.${COUNT_SUFFIX}`, label: COUNT_LABELS[type.key] ?? '人数', unit: '人', decimals: false, source: { kind: 'count' }, input: 'number' });
  }
  for (const field of type.fields) {
    if (field.aggregate === 'sum') {
      out.push({ ...common, id: `${type.key}.${field.key}`, label: field.label, unit: field.unit ?? '', decimals: field.kind === 'decimal', source: { kind: 'sum', key: field.key }, input: 'number' });
    }
    for (const option of OPTION_FIGURES[type.key]?.[field.key] ?? []) {
      const key = optionKey(field.key, option);
      out.push({ ...common, id: `${type.key}.${key}`, label: option, unit: '人', decimals: false, source: { kind: 'sum', key }, input: 'number' });
    }
    if (withYesNo && field.aggregate === 'countTrue') {
      const key = optionKey(field.key, 'true');
      out.push({ ...common, id: `${type.key}.${key}`, label: `是否${field.label}`, unit: '', decimals: false, source: { kind: 'sum', key }, input: 'yesno' });
    }
  }
  return out;
}

/** The figures of the annual table's 联建成效 part: every sum, persons counted, chosen outcomes. */
export function ledgerFigures(catalog: readonly LedgerType[] = LEDGER_TYPES): LedgerFigure[] {
  return catalog.flatMap((t) => figuresOfType(t, false));
}

/** The figures a township reports per pairing in its year-end tally: the above plus yes/no fields. */
export function tallyFigures(catalog: readonly LedgerType[] = LEDGER_TYPES): LedgerFigure[] {
  return catalog.flatMap((t) => figuresOfType(t, true));
}

export type DetailGroup = { typeKey: string; label: string; figures: LedgerFigure[] };

/** Every option count and yes/no count of the catalog (the 分类明细 part), grouped by field. */
export function detailFigureGroups(catalog: readonly LedgerType[] = LEDGER_TYPES): DetailGroup[] {
  const groups: DetailGroup[] = [];
  for (const type of catalog) {
    for (const field of type.fields) {
      const options = field.aggregate === 'countByOption' ? (field.options ?? []) : field.aggregate === 'countTrue' ? ['true'] : [];
      if (options.length === 0) continue;
      groups.push({
        typeKey: type.key,
        label: `${type.name}·${field.label}`,
        figures: options.map((option) => ({
          id: `${type.key}.${optionKey(field.key, option)}`,
          typeKey: type.key,
          typeName: type.name,
          label: option === 'true' ? '是' : option,
          unit: '条',
          decimals: false,
          source: { kind: 'sum', key: optionKey(field.key, option) },
          input: 'number',
        })),
      });
    }
  }
  return groups;
}

/** The figure's value in one aggregate row. */
export function figureValue(figure: Pick<LedgerFigure, 'source'>, agg: { count: number; sums: Record<string, number> }): number {
  return figure.source.kind === 'count' ? agg.count : (agg.sums[figure.source.key] ?? 0);
}
