// A small county for the evaluation engine's tests: pairings, their year's ledger totals,
// reports, rectification items and honours, each written out so a test reads what it gets.
import type { EvaluatedPairing, EvaluationInput } from '@shared/model/evaluation/facts';
import type { EvaluationScheme, Indicator } from '@shared/model/evaluation/types';

export const pairing = (id: string, extra: Partial<EvaluatedPairing> = {}): EvaluatedPairing => ({
  id,
  code: `LJ2008-${id}`,
  enterpriseId: `e-${id}`,
  villageId: `v-${id}`,
  responsibleTownshipId: 't1',
  status: '已批准',
  approvedDate: '2007-03-01',
  deleted: 0,
  ...extra,
});

export const agg = (pairingId: string, type: string, sums: Record<string, number>, count = 1) => ({ pairingId, year: 2008, type, count, sums });

export function input(extra: Partial<EvaluationInput> = {}): EvaluationInput {
  return { year: 2008, asOf: '2008-12-31', today: '2009-03-01', reportDeadlineDay: 5, pairings: [], aggregates: [], reports: [], rectifications: [], honours: [], inputs: {}, ...extra };
}

export const ind = (key: string, kind: string, weight: number, params: Indicator['params'] = {}, max = weight): Indicator => ({ key, label: key, kind, weight, max, params });

export function scheme(indicators: Indicator[], extra: Partial<EvaluationScheme> = {}): EvaluationScheme {
  return {
    total: indicators.reduce((s, i) => s + i.weight, 0),
    decimals: 1,
    indicators,
    deductions: [],
    grading: { mode: 'threshold', excellent: 90, good: 80, pass: 60 },
    ...extra,
  };
}

/** Reports for every month of 2008 from `from` to `to`, each sent on the 2nd of the next month (on time). */
export const reports = (pairingId: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => {
    const m = from + i;
    const sent = m === 12 ? '2009-01-02' : `2008-${String(m + 1).padStart(2, '0')}-02`;
    return { pairingId, month: `2008-${String(m).padStart(2, '0')}`, submittedDate: sent, deleted: 0 as const };
  });
