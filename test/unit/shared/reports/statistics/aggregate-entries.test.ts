import { describe, expect, it } from 'vitest';
import { LEDGER_TYPES, type LedgerField } from '@shared/model/ledger-catalog';
import { entryContributions } from '@shared/model/ledger-aggregate';
import type { FigureValue, LedgerAggregate } from '@shared/model/types';
import { createRng } from '@shared/sample/seed-random';
import { aggregateEntries, aggregateOwner, type AggregateOptions } from '@shared/reports/statistics/aggregate-entries';

type Entry = Parameters<typeof aggregateEntries>[0][number];

/**
 * The plain reading of the rules: each entry's contributions as the ledger's writes compute
 * them (entryContributions), added into a group found by its id string, rounded at the end.
 */
function reference(entries: readonly Entry[], options: AggregateOptions = {}): LedgerAggregate[] {
  const catalog = new Map((options.catalog ?? LEDGER_TYPES).map((t) => [t.key, t]));
  const out = new Map<string, LedgerAggregate>();
  for (const e of entries) {
    const type = catalog.get(e.type);
    if (e.deleted || !type) continue;
    const perOwner = options.by !== 'township' || e.type === 'training' || e.type === 'exchange';
    const id = `${perOwner ? aggregateOwner(e) : e.townshipId}|${e.year}|${e.type}`;
    let agg = out.get(id);
    if (!agg) {
      agg = { id, townshipId: e.townshipId, year: e.year, type: e.type, count: 0, sums: {} };
      if (perOwner && e.pairingId) agg.pairingId = e.pairingId;
      if (perOwner && e.enterpriseId) agg.enterpriseId = e.enterpriseId;
      if (perOwner && e.villageId) agg.villageId = e.villageId;
      out.set(id, agg);
    }
    agg.count += 1;
    for (const [key, value] of Object.entries(entryContributions(type, e.figures))) agg.sums[key] = (agg.sums[key] ?? 0) + value;
  }
  for (const agg of out.values()) {
    for (const key of Object.keys(agg.sums)) {
      const v = Math.round(agg.sums[key] * 1e6) / 1e6;
      if (v === 0) delete agg.sums[key];
      else agg.sums[key] = v;
    }
  }
  return [...out.values()];
}

/** The sample data's seeded generator (mulberry32), so a failure can be replayed; `int(n)` is 0 … n − 1. */
function random(seed: number) {
  const rng = createRng(seed);
  return { next: rng.next, int: (n: number) => rng.int(0, n - 1), pick: <T,>(xs: readonly T[]): T => rng.pick(xs) };
}

/** Figures as the ledger may hold them, odd ones included: blanks, other types, options not in the catalog, NaN, values that cancel. */
function figure(r: ReturnType<typeof random>, f: LedgerField): FigureValue | undefined {
  const roll = r.next();
  if (roll < 0.1) return undefined;
  if (roll < 0.13) return r.pick<FigureValue>(['', '3', true, false, Number.NaN, Number.POSITIVE_INFINITY, 0]);
  switch (f.kind) {
    case 'int':
      return r.next() < 0.15 ? -r.int(5) : r.int(50);
    case 'decimal':
      return r.pick([0.1, 0.2, 0.3, -0.3, -0.1, 1.05, 2.5, 1e-7, 123.456]);
    case 'enum':
      return r.next() < 0.1 ? `其他${r.int(3)}` : r.pick(f.options ?? ['']);
    case 'bool':
      return r.next() < 0.5;
    default:
      return `文字${r.int(5)}`;
  }
}

function entries(seed: number, count: number): Entry[] {
  const r = random(seed);
  const types = [...LEDGER_TYPES.map((t) => t.key), 'no-such-type'];
  return Array.from({ length: count }, () => {
    const type = r.pick(types);
    const figures: Record<string, FigureValue> = {};
    for (const f of LEDGER_TYPES.find((t) => t.key === type)?.fields ?? []) {
      const v = figure(r, f);
      if (v !== undefined) figures[f.key] = v;
    }
    const owner = r.int(10);
    return {
      pairingId: owner < 7 ? `p${r.int(12)}` : undefined,
      enterpriseId: owner === 7 || (owner < 7 && r.next() < 0.1) ? `e${r.int(4)}` : undefined,
      villageId: owner === 8 ? `v${r.int(4)}` : undefined,
      townshipId: `t${r.int(4)}`,
      year: 2006 + r.int(4),
      type,
      figures,
      deleted: r.next() < 0.05 ? 1 : 0,
    } as Entry;
  });
}

describe('aggregateEntries', () => {
  // A loaded machine can take seconds over the comparisons (no time is asserted): a minute's timeout.
  it('gives what the entries contribute one by one, per owner and per township, over random entries', () => {
    for (const seed of [1, 2, 3]) {
      const list = entries(seed, 1000);
      for (const by of ['owner', 'township'] as const) expect(aggregateEntries(list, { by })).toStrictEqual(reference(list, { by }));
    }
  }, 60_000);

  it('counts options it meets only after a group of the type was made', () => {
    const e = (figures: Record<string, FigureValue>, pairingId = 'p1'): Entry => ({ pairingId, townshipId: 't1', year: 2008, type: 'exchange', figures, deleted: 0 });
    const list: Entry[] = [e({ cadres: 1 }), e({ cadres: 2 }, 'p2'), e({ cadres: 3, direction: '新方向' }, 'p2'), e({ cadres: 4, direction: '新方向' })];
    const aggs = aggregateEntries(list);
    expect(aggs).toStrictEqual(reference(list));
    expect(aggs.map((a) => a.sums)).toEqual([
      { cadres: 5, 'direction=新方向': 1, 'cadres|direction=新方向': 4 },
      { cadres: 5, 'direction=新方向': 1, 'cadres|direction=新方向': 3 },
    ]);
  });

  it('leaves out sums that come to nothing and rounds away float drift', () => {
    const e = (sent: number): Entry => ({ pairingId: 'p1', townshipId: 't1', year: 2008, type: 'labour', figures: { sent, skilled: 0.1 }, deleted: 0 });
    const [agg] = aggregateEntries([e(0.1), e(0.2), e(-0.3), e(0)]);
    expect(agg.count).toBe(4);
    expect(agg.sums).toStrictEqual({ skilled: 0.4 });
  });
});

