// Live data of 绩效考评: a year's evaluation, the years that have one, and the stored
// scores other pages show (the pairing list, the archive page, 从考评推荐, the dashboard).
import { useLiveQuery } from 'dexie-react-hooks';
import type { Evaluation, EvaluationGrade, ScoreRow } from '@shared/model/evaluation/types';
import { getStore } from '../../db';

/** undefined while loading, null when the year has no evaluation. */
export function useEvaluation(year: number): Evaluation | null | undefined {
  return useLiveQuery(async () => (await getStore().evaluations.forYear(year)) ?? null, [year]);
}

export function useEvaluationYears(): number[] | undefined {
  return useLiveQuery(() => getStore().evaluations.years(), []);
}

export type PairingScore = Pick<ScoreRow, 'total' | 'rank' | 'grade'> & { of: number };

/** The stored scores of a year by pairing (empty until the year is computed); undefined while loading, or until `ready`. */
export function usePairingScores(year: number, ready = true): Map<string, PairingScore> | undefined {
  return useLiveQuery(async () => {
    if (!ready) return undefined;
    const e = await getStore().evaluations.forYear(year);
    const rows = e?.result?.rows ?? [];
    return new Map(rows.map((r) => [r.pairingId, { total: r.total, rank: r.rank, grade: r.grade, of: rows.length }]));
  }, [year, ready]);
}

export type RankedPairing = { pairingId: string; total: number; rank: number; grade: EvaluationGrade };

/** A year's ranking for 从考评推荐: undefined while loading, null when not computed yet. */
export function useEvaluationRanking(year: number): { rows: RankedPairing[]; total: number; computedAt: string } | null | undefined {
  return useLiveQuery(async () => {
    const e = await getStore().evaluations.forYear(year);
    if (!e?.result) return null;
    return { rows: e.result.rows.map(({ pairingId, total, rank, grade }) => ({ pairingId, total, rank, grade })), total: e.scheme.total, computedAt: e.result.computedAt };
  }, [year]);
}
