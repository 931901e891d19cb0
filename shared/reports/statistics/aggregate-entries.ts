// Aggregates computed from ledger entries already in memory — the same numbers the store
// keeps current in `ledgerAggregates` (per pairing or organization × year × type), for
// checking those running totals and for recomputing without the store. One pass, sums
// added in place; fields are read through a per-type plan made once from the catalog.
// `by: 'township'` groups per township × year × type instead: all the annual table needs,
// and far fewer groups when the table is recomputed from 100k entries in memory — except for
// the types whose figures count organizations (技能培训 and 学习交流, training-exchange.ts),
// which stay per pairing.
import { LEDGER_TYPES, type LedgerType } from '../../model/ledger-catalog';
import { optionKey, splitOption, splitSumKey } from '../../model/ledger-aggregate';
import type { LedgerAggregate, LedgerEntry } from '../../model/types';
import { EXCHANGE, TRAINING } from './training-exchange';

type Step = { key: string; kind: 'sum' | 'countByOption' | 'countTrue'; optionKeys: Map<string, string>; splitKeys: Map<string, string>; sumBy?: string };

function plans(catalog: readonly LedgerType[]): Map<string, Step[]> {
  return new Map(
    catalog.map((t) => [
      t.key,
      t.fields.filter((f) => f.aggregate !== 'none').map((f) => ({ key: f.key, kind: f.aggregate as Step['kind'], optionKeys: new Map<string, string>(), splitKeys: new Map<string, string>(), sumBy: f.sumBy })),
    ]),
  );
}

/** `${field}=${option}`, built once per field and option. */
function optionKeyOf(step: Step, option: string): string {
  let key = step.optionKeys.get(option);
  if (key === undefined) step.optionKeys.set(option, (key = optionKey(step.key, option)));
  return key;
}

/** `${field}|${by}=${option}`, built once per field and option. */
function splitKeyOf(step: Step, option: string): string {
  let key = step.splitKeys.get(option);
  if (key === undefined) step.splitKeys.set(option, (key = splitSumKey(step.key, step.sumBy!, option)));
  return key;
}

/** The owner part of an aggregate's id: the pairing, else `e:`/`v:` and the organization. */
export function aggregateOwner(e: Pick<LedgerEntry, 'pairingId' | 'enterpriseId' | 'villageId'>): string {
  return e.pairingId ?? (e.enterpriseId ? `e:${e.enterpriseId}` : `v:${e.villageId ?? '-'}`);
}

export type AggregateOptions = { by?: 'owner' | 'township'; catalog?: readonly LedgerType[] };

export function aggregateEntries(
  entries: readonly Pick<LedgerEntry, 'pairingId' | 'enterpriseId' | 'villageId' | 'townshipId' | 'year' | 'type' | 'figures' | 'deleted'>[],
  options: AggregateOptions = {},
): LedgerAggregate[] {
  const steps = plans(options.catalog ?? LEDGER_TYPES);
  const byTownship = options.by === 'township';
  const out = new Map<string, LedgerAggregate>();
  for (const e of entries) {
    if (e.deleted) continue;
    const plan = steps.get(e.type);
    if (!plan) continue;
    const perOwner = !byTownship || e.type === TRAINING || e.type === EXCHANGE;
    const id = `${perOwner ? aggregateOwner(e) : e.townshipId}|${e.year}|${e.type}`;
    let agg = out.get(id);
    if (!agg) {
      agg = { id, townshipId: e.townshipId, year: e.year, type: e.type, count: 0, sums: {} };
      if (perOwner) {
        if (e.pairingId) agg.pairingId = e.pairingId;
        if (e.enterpriseId) agg.enterpriseId = e.enterpriseId;
        if (e.villageId) agg.villageId = e.villageId;
      }
      out.set(id, agg);
    }
    agg.count += 1;
    const sums = agg.sums;
    for (const step of plan) {
      const value = e.figures[step.key];
      let key: string | undefined;
      let add = 1;
      if (step.kind === 'sum') {
        if (typeof value !== 'number' || !Number.isFinite(value)) continue;
        key = step.key;
        add = value;
        const option = splitOption(e.figures, step.sumBy);
        if (option !== null) {
          const split = splitKeyOf(step, option);
          sums[split] = (sums[split] ?? 0) + value;
        }
      } else if (step.kind === 'countByOption') {
        if (typeof value !== 'string' || value === '') continue;
        key = optionKeyOf(step, value);
      } else if (value === true) {
        key = optionKeyOf(step, 'true');
      }
      if (key !== undefined) sums[key] = (sums[key] ?? 0) + add;
    }
  }
  // Rounded like the stored running totals, against float drift.
  for (const agg of out.values()) {
    for (const key of Object.keys(agg.sums)) {
      const v = Math.round(agg.sums[key] * 1e6) / 1e6;
      if (v === 0) delete agg.sums[key];
      else agg.sums[key] = v;
    }
  }
  return [...out.values()];
}
