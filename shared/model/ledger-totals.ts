// Totals of ledger entries per type, following each field's aggregate rule in the catalog:
// numbers are summed, options and yes/no fields are counted. The same words are used on the
// ledger page, the archive page and the archive card.
import type { FigureValue } from './types';
import type { LedgerType } from './ledger-catalog';
import { optionKey, splitOption, splitSumKey } from './ledger-aggregate';
import { formatPlain } from './money';

export type TotalItem = { key: string; label: string; value: number; unit: string; text: string };

/**
 * The running sums of entries of one type, as LedgerAggregate.sums holds them (the rules of
 * entryContributions, summed in one pass and rounded once at the end against float drift).
 */
export function sumFigures(type: LedgerType, entries: readonly { figures: Record<string, FigureValue> }[]): Record<string, number> {
  const sums: Record<string, number> = Object.create(null);
  const fields = type.fields.filter((f) => f.aggregate !== 'none');
  for (const { figures } of entries) {
    for (const f of fields) {
      const v = figures[f.key];
      let key: string;
      let add: number;
      if (f.aggregate === 'sum') {
        if (typeof v !== 'number' || !Number.isFinite(v)) continue;
        key = f.key;
        add = v;
        const option = splitOption(figures, f.sumBy);
        if (option !== null) {
          const split = splitSumKey(f.key, f.sumBy!, option);
          sums[split] = (sums[split] ?? 0) + v;
        }
      } else if (f.aggregate === 'countByOption') {
        if (typeof v !== 'string' || v === '') continue;
        key = optionKey(f.key, v);
        add = 1;
      } else {
        if (v !== true) continue;
        key = optionKey(f.key, 'true');
        add = 1;
      }
      sums[key] = (sums[key] ?? 0) + add;
    }
  }
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(sums)) {
    const rounded = Math.round(value * 1e6) / 1e6;
    if (rounded !== 0) out[key] = rounded;
  }
  return out;
}

/** The totals in words: 「输送人数 120 人」, 「用途：产业发展 2 条」, 「订单式 3 条」. */
export function describeTotals(type: LedgerType, sums: Record<string, number>): TotalItem[] {
  const items: TotalItem[] = [];
  for (const field of type.fields) {
    if (field.aggregate === 'sum') {
      const value = sums[field.key] ?? 0;
      // 「其中…」 and other optional figures nobody filled in would only add lines of 0.
      if (value === 0 && !field.required) continue;
      const unit = field.unit ?? '';
      items.push({ key: field.key, label: field.label, value, unit, text: `${field.label} ${formatPlain(value)} ${unit}`.trim() });
    } else if (field.aggregate === 'countByOption') {
      for (const option of field.options ?? []) {
        const value = sums[optionKey(field.key, option)] ?? 0;
        if (value > 0) items.push({ key: optionKey(field.key, option), label: `${field.label}：${option}`, value, unit: '条', text: `${field.label}：${option} ${value} 条` });
      }
    } else if (field.aggregate === 'countTrue') {
      const value = sums[optionKey(field.key, 'true')] ?? 0;
      items.push({ key: optionKey(field.key, 'true'), label: field.label, value, unit: '条', text: `${field.label} ${value} 条` });
    }
  }
  return items;
}

export type TypeTotals = { type: LedgerType; count: number; items: TotalItem[] };

/** Totals for every type of the catalog that has entries, in catalog order. */
export function totalsByType(
  catalog: readonly LedgerType[],
  entries: readonly { type: string; figures: Record<string, FigureValue> }[],
): TypeTotals[] {
  const groups = new Map<string, { figures: Record<string, FigureValue> }[]>();
  for (const e of entries) {
    const list = groups.get(e.type) ?? [];
    list.push(e);
    groups.set(e.type, list);
  }
  return catalog
    .filter((t) => groups.has(t.key))
    .map((t) => {
      const list = groups.get(t.key)!;
      return { type: t, count: list.length, items: describeTotals(t, sumFigures(t, list)) };
    });
}

/** One entry's figures in words, blanks left out: 「输送人数 45 人；其中技术工人 30 人；订单式 是」. */
export function describeFigures(type: LedgerType, figures: Record<string, FigureValue>, personName: (id: string) => string = (id) => id): string {
  const parts: string[] = [];
  for (const field of type.fields) {
    const v = figures[field.key];
    if (v === null || v === undefined || v === '') continue;
    if (field.kind === 'bool') parts.push(`${field.label} ${v ? '是' : '否'}`);
    else if (field.kind === 'person') parts.push(`${field.label} ${personName(String(v))}`);
    else if (typeof v === 'number') parts.push(`${field.label} ${formatPlain(v)}${field.unit ? ` ${field.unit}` : ''}`);
    else parts.push(`${field.label} ${v}`);
  }
  return parts.join('；');
}
