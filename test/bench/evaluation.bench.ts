// A year's evaluation (绩效考评) against the plain-JS group-by floor of PERFORMANCE.md, in the
// same Node process: 1,000 pairings, 100,000 ledger entries of the year, 12 monthly reports
// each (some missing), 2,000 rectification items and a few hundred honours, scored by the
// default scheme (three ledger indicators, the report rate, rectification on time, honours,
// a hand score, two counted and one hand deduction).
//  - app, from entries: the figures the scheme reads totalled from the entries in memory
//    (schemeAggregates, a recomputation without the store) and the evaluation computed —
//    goal ≤ 2× the floor; and the same with every figure totalled by the catalog's rules
//    (aggregateEntries, the statistics' recomputation) for comparison;
//  - app, from aggregates: what the page does (the store keeps the aggregates current with
//    the ledger), the evaluation alone;
//  - floor: every numeric figure of the same entries summed per pairing in plain JS.
// Prints `name  floor  app  ratio` lines; medians of 9 runs after a warm-up.
import { test } from 'vitest';
import { LEDGER_TYPES } from '@shared/model/ledger-catalog';
import type { LedgerEntry } from '@shared/model/types';
import { evaluate } from '@shared/model/evaluation/engine';
import { schemeAggregates, type EvaluatedPairing, type EvaluationInput } from '@shared/model/evaluation/facts';
import { defaultScheme } from '@shared/model/evaluation/scheme';
import { aggregateEntries } from '@shared/reports/statistics/aggregate-entries';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const line = (name: string, floor: number, app: number) => console.log(`${name}  ${floor.toFixed(1)} ms  ${app.toFixed(1)} ms  ${(app / floor).toFixed(2)}×`);
const base = (id: string) => ({ id, createdAt: '2008-12-03T00:00:00.000Z', updatedAt: '2008-12-03T00:00:00.000Z', deleted: 0 as const });

function county(pairingCount: number, entryCount: number) {
  const pairings: EvaluatedPairing[] = Array.from({ length: pairingCount }, (_, i) => ({
    ...base(`p${i}`),
    code: `LJ2008-${String(i).padStart(4, '0')}`,
    enterpriseId: `e${i}`,
    villageId: `v${i % 290}`,
    responsibleTownshipId: `t${i % 19}`,
    status: '已批准',
    approvedDate: i % 10 === 0 ? '2008-05-10' : '2006-03-01',
  }));
  const types = LEDGER_TYPES.filter((t) => !t.fields.some((f) => f.kind === 'person'));
  const ledger: LedgerEntry[] = Array.from({ length: entryCount }, (_, i) => {
    const p = pairings[i % pairingCount];
    const type = types[(i + Math.floor(i / pairingCount)) % types.length];
    const figures: LedgerEntry['figures'] = {};
    for (const f of type.fields) figures[f.key] = f.kind === 'int' || f.kind === 'decimal' ? (i % 37) + 1 : f.kind === 'enum' ? f.options![i % f.options!.length] : f.kind === 'bool' ? i % 2 === 0 : `基地${i % 50}`;
    return { ...base(`l${i}`), pairingId: p.id, townshipId: p.responsibleTownshipId, type: type.key, date: `2008-${String((i % 12) + 1).padStart(2, '0')}-15`, precision: 'day', year: 2008, figures, personIds: [], attachmentIds: [] };
  });
  const reports = pairings.flatMap((p, i) => Array.from({ length: 12 }, (_, m) => ({ pairingId: p.id, month: `2008-${String(m + 1).padStart(2, '0')}`, submittedDate: m === 11 ? '2009-01-03' : `2008-${String(m + 2).padStart(2, '0')}-0${1 + ((i + m) % 9)}`, deleted: 0 as const })).filter((_, m) => (i + m) % 7 !== 0));
  const rectifications = Array.from({ length: 2000 }, (_, i) => ({ pairingId: `p${i % pairingCount}`, deadline: `2008-${String((i % 12) + 1).padStart(2, '0')}-20`, status: ['待整改', '整改中', '已整改'][i % 3], reviewDate: i % 3 === 2 ? `2008-${String((i % 12) + 1).padStart(2, '0')}-${i % 2 ? '10' : '25'}` : undefined, deleted: 0 as const }));
  const honours = Array.from({ length: 300 }, (_, i) => ({ kind: (['pairing', 'enterprise', 'village'] as const)[i % 3], refId: i % 3 === 0 ? `p${i}` : i % 3 === 1 ? `e${i}` : `v${i % 290}`, level: (['县委', '市委', '省委'] as const)[i % 3] }));
  const inputs = Object.fromEntries(pairings.filter((_, i) => i % 2 === 0).map((p, i) => [p.id, { scores: { work: i % 16 }, ...(i % 25 === 0 ? { deductions: { other: { points: 3, reason: '台账不实' } } } : {}) }]));
  return { pairings, ledger, reports, rectifications, honours, inputs };
}

/** The floor: every numeric figure summed per pairing. */
function plainGroupBy(ledger: readonly { pairingId?: string; figures: Record<string, unknown> }[]) {
  const groups = new Map<string, Record<string, number>>();
  for (const e of ledger) {
    const key = e.pairingId!;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = {}));
    for (const k in e.figures) {
      const v = e.figures[k];
      if (typeof v === 'number') g[k] = (g[k] ?? 0) + v;
    }
  }
  return groups;
}

test('evaluation: a year over 1,000 pairings and 100,000 ledger entries against the plain-JS group-by', () => {
  console.log('name  floor  app  ratio');
  const data = county(1000, 100_000);
  const scheme = defaultScheme();
  const input = (aggregates: EvaluationInput['aggregates']): EvaluationInput => ({ year: 2008, asOf: '2008-12-31', today: '2009-03-01', reportDeadlineDay: 5, pairings: data.pairings, aggregates, reports: data.reports, rectifications: data.rectifications, honours: data.honours, inputs: data.inputs });
  const stored = aggregateEntries(data.ledger);
  let rows = 0;
  for (let i = 0; i < 2; i++) {
    plainGroupBy(data.ledger);
    const a = evaluate(scheme, input(aggregateEntries(data.ledger)));
    const b = evaluate(scheme, input(schemeAggregates(scheme.indicators, data.ledger, 2008)));
    if (JSON.stringify(a.rows) !== JSON.stringify(b.rows)) throw new Error('schemeAggregates and aggregateEntries disagree');
    rows = a.rows.length;
  }
  const floor: number[] = [];
  const fromEntries: number[] = [];
  const fromAggregates: number[] = [];
  const allFigures: number[] = [];
  for (let i = 0; i < 9; i++) {
    let t = performance.now();
    plainGroupBy(data.ledger);
    floor.push(performance.now() - t);
    t = performance.now();
    evaluate(scheme, input(schemeAggregates(scheme.indicators, data.ledger, 2008)));
    fromEntries.push(performance.now() - t);
    t = performance.now();
    evaluate(scheme, input(aggregateEntries(data.ledger)));
    allFigures.push(performance.now() - t);
    t = performance.now();
    evaluate(scheme, input(stored));
    fromAggregates.push(performance.now() - t);
  }
  if (rows !== 1000) throw new Error(`expected 1,000 pairings scored, got ${rows}`);
  line('evaluation-year-1000-pairings-100k-entries, from entries (Node; floor: plain-JS group-by)', median(floor), median(fromEntries));
  line('evaluation-year-1000-pairings-100k-entries, from entries, every figure totalled (Node; floor: plain-JS group-by)', median(floor), median(allFigures));
  line('evaluation-year-1000-pairings-100k-entries, from stored aggregates (Node; floor: plain-JS group-by)', median(floor), median(fromAggregates));
}, 600_000);
