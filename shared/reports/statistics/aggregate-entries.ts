// Aggregates computed from ledger entries already in memory — the same numbers the store
// keeps current in `ledgerAggregates` (per pairing or organization × year × type), for
// checking those running totals and for recomputing without the store. One pass over the
// entries; no strings are built per entry:
// - each type's fields are compiled once per call into steps, and every key a type's sums can
//   have (a field, `field=option`, `field|by=option`) into a slot number, made the first time
//   it is met; a group adds into an array of numbers by slot, and its `sums` object is written
//   once at the end;
// - a group is found through maps keyed by the owner (or township), then the year, then the
//   type's index — not by an id string built for every entry (the id is built once per group).
// `by: 'township'` groups per township × year × type instead: all the annual table needs,
// and far fewer groups when the table is recomputed from 100k entries in memory — except for
// the types whose figures count organizations (技能培训 and 学习交流, training-exchange.ts),
// which stay per pairing.
import { LEDGER_TYPES, type LedgerType } from '../../model/ledger-catalog';
import { optionKey, splitSumKey } from '../../model/ledger-aggregate';
import type { LedgerAggregate, LedgerEntry } from '../../model/types';
import { EXCHANGE, TRAINING } from './training-exchange';

const SUM = 0;
const COUNT_BY_OPTION = 1;
const COUNT_TRUE = 2;

type Step = {
  kind: typeof SUM | typeof COUNT_BY_OPTION | typeof COUNT_TRUE;
  key: string;
  /** The enum field a sum is also split by (LedgerField.sumBy). */
  sumBy: string | undefined;
  /** A sum's own slot, or the slot of `key=true`; unused for option counts. */
  slot: number;
  /** Option → slot: `key=option` for an option count, `key|sumBy=option` for a sum's split. */
  options: Map<string, number>;
};

/** One type's steps and the sums keys of its slots. */
type Plan = { index: number; type: string; perOwner: boolean; steps: Step[]; keys: string[]; slotOfKey: Map<string, number> };

type Group = { agg: LedgerAggregate; vals: number[]; plan: Plan };

/** An owner's (or township's) groups by year, then by the type's index; its last year's at hand. */
type Owner = { year: number; row: (Group | undefined)[]; years: Map<number, (Group | undefined)[]> };

/** The slot of a sums key; keys that are equal share a slot, as they share a property of `sums`. */
function slotOf(plan: Plan, key: string): number {
  let slot = plan.slotOfKey.get(key);
  if (slot === undefined) {
    slot = plan.keys.length;
    plan.keys.push(key);
    plan.slotOfKey.set(key, slot);
  }
  return slot;
}

function plans(catalog: readonly LedgerType[], byTownship: boolean): Map<string, Plan> {
  const out = new Map<string, Plan>();
  catalog.forEach((t, index) => {
    const plan: Plan = { index, type: t.key, perOwner: !byTownship || t.key === TRAINING || t.key === EXCHANGE, steps: [], keys: [], slotOfKey: new Map() };
    for (const f of t.fields) {
      if (f.aggregate === 'none') continue;
      const kind = f.aggregate === 'sum' ? SUM : f.aggregate === 'countByOption' ? COUNT_BY_OPTION : COUNT_TRUE;
      const step: Step = { kind, key: f.key, sumBy: f.sumBy || undefined, slot: -1, options: new Map() };
      if (kind === SUM) step.slot = slotOf(plan, f.key);
      else if (kind === COUNT_TRUE) step.slot = slotOf(plan, optionKey(f.key, 'true'));
      plan.steps.push(step);
    }
    out.set(t.key, plan);
  });
  return out;
}

/** The slot of an option of a step: made (and every group of the type given room for it) the first time. */
function optionSlot(plan: Plan, step: Step, option: string): number {
  const slot = slotOf(plan, step.kind === SUM ? splitSumKey(step.key, step.sumBy!, option) : optionKey(step.key, option));
  step.options.set(option, slot);
  return slot;
}

/** Room in a group's numbers for every slot its type has so far. */
function widen(vals: number[], length: number) {
  while (vals.length < length) vals.push(0);
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
  const catalog = options.catalog ?? LEDGER_TYPES;
  const byTownship = options.by === 'township';
  const planOf = plans(catalog, byTownship);
  const typeCount = catalog.length;
  // Owner (pairing, `e:`/`v:` organization) or township → year → groups by the type's index;
  // an owner's last year is kept at hand (a ledger read in date order meets it again and again).
  const owners = new Map<string, Owner>();
  const townships = new Map<string, Owner>();
  // In the order first met, as the ids were when they keyed one map.
  const groups: Group[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (e.deleted) continue;
    const plan = planOf.get(e.type);
    if (plan === undefined) continue;
    const perOwner = plan.perOwner;
    const owner = perOwner ? aggregateOwner(e) : e.townshipId;
    const level = perOwner ? owners : townships;
    let node = level.get(owner);
    if (node === undefined) level.set(owner, (node = { year: Number.NaN, row: [], years: new Map() }));
    const year = e.year;
    let row = node.row;
    if (node.year !== year) {
      let found = node.years.get(year);
      if (found === undefined) {
        found = [];
        for (let t = 0; t < typeCount; t++) found.push(undefined);
        node.years.set(year, found);
      }
      node.year = year;
      node.row = row = found;
    }
    let group = row[plan.index];
    if (group === undefined) {
      const agg: LedgerAggregate = { id: `${owner}|${year}|${e.type}`, townshipId: e.townshipId, year, type: e.type, count: 0, sums: {} };
      if (perOwner) {
        if (e.pairingId) agg.pairingId = e.pairingId;
        if (e.enterpriseId) agg.enterpriseId = e.enterpriseId;
        if (e.villageId) agg.villageId = e.villageId;
      }
      group = { agg, vals: [], plan };
      row[plan.index] = group;
      groups.push(group);
    }
    group.agg.count += 1;
    const vals = group.vals;
    if (vals.length < plan.keys.length) widen(vals, plan.keys.length);
    const figures = e.figures;
    const steps = plan.steps;
    for (let s = 0; s < steps.length; s++) {
      const step = steps[s];
      const value = figures[step.key];
      if (step.kind === SUM) {
        if (typeof value !== 'number' || !Number.isFinite(value)) continue;
        vals[step.slot] += value;
        if (step.sumBy === undefined) continue;
        const option = figures[step.sumBy];
        if (typeof option !== 'string' || option === '') continue;
        let slot = step.options.get(option);
        if (slot === undefined) widen(vals, (slot = optionSlot(plan, step, option)) + 1);
        vals[slot] += value;
      } else if (step.kind === COUNT_BY_OPTION) {
        if (typeof value !== 'string' || value === '') continue;
        let slot = step.options.get(value);
        if (slot === undefined) widen(vals, (slot = optionSlot(plan, step, value)) + 1);
        vals[slot] += 1;
      } else if (value === true) {
        vals[step.slot] += 1;
      }
    }
  }
  // Rounded like the stored running totals, against float drift; what adds up to nothing is left out.
  const out: LedgerAggregate[] = [];
  for (const { agg, vals, plan } of groups) {
    const sums = agg.sums;
    for (let s = 0; s < vals.length; s++) {
      if (vals[s] === 0) continue;
      const v = Math.round(vals[s] * 1e6) / 1e6;
      if (v !== 0) sums[plan.keys[s]] = v;
    }
    out.push(agg);
  }
  return out;
}
