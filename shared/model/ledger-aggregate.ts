// How one ledger entry adds to the running totals (LedgerAggregate.sums), driven by each
// field's `aggregate` rule in the catalog. Used when the ledger is written (to keep the
// aggregates current in the same transaction) and when statistics are recomputed in memory.
import type { FigureValue } from './types';
import type { LedgerType } from './ledger-catalog';

export function optionKey(fieldKey: string, option: string): string {
  return `${fieldKey}=${option}`;
}

/** A figure summed per option of another field (LedgerField.sumBy): `cadres|direction=村→企`. */
export function splitSumKey(fieldKey: string, byKey: string, option: string): string {
  return `${fieldKey}|${optionKey(byKey, option)}`;
}

/** The option a figure with `sumBy` is also summed under, when the entry has one. */
export function splitOption(figures: Record<string, FigureValue>, byKey: string | undefined): string | null {
  if (!byKey) return null;
  const option = figures[byKey];
  return typeof option === 'string' && option !== '' ? option : null;
}

export function entryContributions(type: LedgerType, figures: Record<string, FigureValue>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const field of type.fields) {
    const value = figures[field.key];
    switch (field.aggregate) {
      case 'sum': {
        if (typeof value !== 'number' || !Number.isFinite(value)) break;
        out[field.key] = value;
        const option = splitOption(figures, field.sumBy);
        if (option !== null) out[splitSumKey(field.key, field.sumBy!, option)] = value;
        break;
      }
      case 'countByOption':
        if (typeof value === 'string' && value !== '') out[optionKey(field.key, value)] = 1;
        break;
      case 'countTrue':
        if (value === true) out[optionKey(field.key, 'true')] = 1;
        break;
      case 'none':
        break;
    }
  }
  return out;
}

/** Adds (sign 1) or removes (sign -1) contributions; sums are rounded to 6 decimals against float drift. */
export function addSums(sums: Record<string, number>, contributions: Record<string, number>, sign: 1 | -1): Record<string, number> {
  const next = { ...sums };
  for (const [key, value] of Object.entries(contributions)) {
    const total = Math.round(((next[key] ?? 0) + sign * value) * 1e6) / 1e6;
    if (total === 0) delete next[key];
    else next[key] = total;
  }
  return next;
}
