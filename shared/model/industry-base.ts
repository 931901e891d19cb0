// 产业基地: a base an enterprise and its village(s) built together (丰产毛竹林, 加工基地…). The
// base records are the one store of the fact: the ledger catalog's 产业共建 type has no entries
// of its own any more (see `recordedIn` there) and reads its figures from these records, so the
// annual table, the tallies' 对账, the dashboard and the summary count each base once.
//
// How a base adds to the running totals (LedgerAggregate, type 'industry'): one row per base
// and pairing. The first pairing (the 牵头联建) carries the base's figures — 基地数 1, its area,
// households, gains — and each further pairing gets a row with no figures, so it counts among
// the pairings with a base without the area being counted twice.
import type { BaseRecord, LedgerAggregate, LedgerEntry, Pairing } from './types';

export type IndustryBase = BaseRecord & {
  /** 基地名称, e.g. 「露湖村丰产毛竹林基地」 */
  name: string;
  /** 主要产品, e.g. 毛竹、竹笋 */
  product?: string;
  /** 面积（亩）; a processing base may have none. */
  area?: number;
  /** 带动农户（户） */
  households?: number;
  /** 户均增收（元/年） */
  incomePerHousehold?: number;
  /** 企业增效（万元/年） */
  enterpriseGain?: number;
  /** The pairings that built it; the first leads (its township is the base's). */
  pairingIds: string[];
  /** 建立年份: the year the base counts in. */
  year: number;
  /** Denormalized from the first pairing, for filters. */
  townshipId: string;
  description?: string;
};

export const INDUSTRY_TYPE = 'industry';

/** The catalog figures of the 产业共建 type a base gives its lead pairing. */
export function baseFigures(base: Pick<IndustryBase, 'name' | 'product' | 'area' | 'households' | 'incomePerHousehold' | 'enterpriseGain'>) {
  const figures: Record<string, number | string> = { bases: 1, product: base.product ?? base.name };
  if (base.area !== undefined) figures.area = base.area;
  if (base.households !== undefined) figures.households = base.households;
  if (base.incomePerHousehold !== undefined) figures.incomePerHousehold = base.incomePerHousehold;
  if (base.enterpriseGain !== undefined) figures.enterpriseGain = base.enterpriseGain;
  return figures;
}

export const baseAggregateId = (baseId: string, pairingId: string) => `base:${baseId}|${pairingId}`;

const SUM_KEYS = ['bases', 'area', 'households', 'enterpriseGain'] as const;

/** The aggregate rows of one live base (none for a deleted one). */
export function baseAggregates(
  base: Pick<IndustryBase, 'id' | 'deleted' | 'year' | 'pairingIds' | 'name' | 'product' | 'area' | 'households' | 'incomePerHousehold' | 'enterpriseGain'>,
  pairingOf: (id: string) => Pick<Pairing, 'id' | 'responsibleTownshipId'> | undefined,
): LedgerAggregate[] {
  if (base.deleted) return [];
  const figures = baseFigures(base);
  return base.pairingIds.map((pairingId, i) => {
    const sums: Record<string, number> = {};
    if (i === 0) for (const key of SUM_KEYS) if (typeof figures[key] === 'number' && figures[key] !== 0) sums[key] = figures[key] as number;
    return {
      id: baseAggregateId(base.id, pairingId),
      pairingId,
      townshipId: pairingOf(pairingId)?.responsibleTownshipId ?? '',
      year: base.year,
      type: INDUSTRY_TYPE,
      count: 1,
      sums,
    };
  });
}

/** A 产业共建 ledger entry of an earlier version → the base it describes (null without a pairing). */
export function baseFromIndustryEntry(entry: LedgerEntry): IndustryBase | null {
  if (entry.type !== INDUSTRY_TYPE || !entry.pairingId) return null;
  const f = entry.figures;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined);
  const product = typeof f.product === 'string' && f.product.trim() ? f.product.trim() : undefined;
  const base: IndustryBase = {
    id: `base-${entry.id}`,
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
    deleted: entry.deleted,
    name: (product ?? '产业基地').slice(0, 40),
    pairingIds: [entry.pairingId],
    year: entry.year,
    townshipId: entry.townshipId,
  };
  if (product) base.product = product.slice(0, 40);
  const area = num(f.area);
  if (area !== undefined) base.area = area;
  const households = num(f.households);
  if (households !== undefined) base.households = Math.round(households);
  const income = num(f.incomePerHousehold);
  if (income !== undefined) base.incomePerHousehold = income;
  const gain = num(f.enterpriseGain);
  if (gain !== undefined) base.enterpriseGain = gain;
  if (entry.description) base.description = entry.description.slice(0, 500);
  if (entry.deletedAt) base.deletedAt = entry.deletedAt;
  if (entry.importBatchId) base.importBatchId = entry.importBatchId;
  return base;
}

/** The township of a base: its lead pairing's. */
export function baseTownship(pairingIds: readonly string[], pairingOf: (id: string) => Pick<Pairing, 'responsibleTownshipId'> | undefined): string | undefined {
  return pairingIds.length ? pairingOf(pairingIds[0])?.responsibleTownshipId : undefined;
}

/**
 * Rules that need the pairings: each must exist, be live and approved (an application has no
 * base yet). Returns Chinese messages, empty when the base may be stored.
 */
export function basePairingIssues(
  pairingIds: readonly string[],
  pairingOf: (id: string) => Pick<Pairing, 'code' | 'status' | 'approvedDate' | 'deleted'> | undefined,
): string[] {
  const issues: string[] = [];
  for (const id of pairingIds) {
    const p = pairingOf(id);
    if (!p || p.deleted) issues.push('所属联建不存在或已删除');
    else if (p.status === '申请' || !p.approvedDate) issues.push(`联建「${p.code}」尚未批准，不能登记产业基地`);
  }
  return issues;
}

/** The same base twice: the same name for the same lead pairing. */
export const baseIdentity = (b: { name?: unknown; pairingIds?: unknown }): string | null => {
  const lead = Array.isArray(b.pairingIds) ? b.pairingIds[0] : undefined;
  return typeof b.name === 'string' && b.name && typeof lead === 'string' ? `base:${lead}|${b.name}` : null;
};
