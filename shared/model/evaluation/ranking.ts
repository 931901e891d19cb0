// Rounding, ranks and grades of 绩效考评, and the roll-ups the pages and the dashboard show.
// Ties share a rank (1, 1, 3: competition ranking) and, sharing a rank, share a grade.
import { EVALUATION_GRADES, type EvaluationGrade, type Grading, type ScoreRow } from './types';

/**
 * x rounded half away from zero to `decimals` places as printed decimals would be (1.005 →
 * 1.01): the shift goes through the decimal string, not a binary multiplication.
 */
export function roundTo(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return 0;
  const s = String(Math.abs(x));
  const shifted = s.includes('e') ? Math.abs(x) * 10 ** decimals : Number(`${s}e${decimals}`);
  const r = Math.round(shifted);
  const out = s.includes('e') ? r / 10 ** decimals : Number(`${r}e-${decimals}`);
  return x < 0 ? -out : out;
}

/** Competition ranks of totals (highest first): equal totals share a rank, the next rank skips. */
export function competitionRanks(totals: readonly number[]): number[] {
  const order = totals.map((t, i) => ({ t, i })).sort((a, b) => b.t - a.t);
  const ranks: number[] = Array.from({ length: totals.length }, () => 0);
  order.forEach((o, pos) => {
    ranks[o.i] = pos > 0 && order[pos - 1].t === o.t ? ranks[order[pos - 1].i] : pos + 1;
  });
  return ranks;
}

/** How many pairings a quota of `pct` per cent allows out of n (never more: 不超过). */
export const quotaCount = (n: number, pct: number): number => Math.floor((n * pct) / 100 + 1e-9);

/** The grade of each row, given its total and rank among `n` rows. */
export function gradeOf(total: number, rank: number, n: number, g: Grading): EvaluationGrade {
  if (total < g.pass) return '较差';
  if (g.mode === 'threshold') return total >= g.excellent ? '优秀' : total >= g.good ? '良好' : '一般';
  if (rank <= quotaCount(n, g.excellentPct)) return '优秀';
  if (rank <= quotaCount(n, g.excellentPct + g.goodPct)) return '良好';
  return '一般';
}

/** Ranks and grades filled in, rows ordered by rank (then by the given order among ties). */
export function rankAndGrade<R extends Pick<ScoreRow, 'total' | 'rank' | 'grade'>>(rows: R[], grading: Grading): R[] {
  const ranks = competitionRanks(rows.map((r) => r.total));
  rows.forEach((r, i) => {
    r.rank = ranks[i];
    r.grade = gradeOf(r.total, r.rank, rows.length, grading);
  });
  return rows.map((r, i) => ({ r, i })).sort((a, b) => a.r.rank - b.r.rank || a.i - b.i).map((x) => x.r);
}

export type GradeCounts = Record<EvaluationGrade, number>;

export const emptyGradeCounts = (): GradeCounts => ({ 优秀: 0, 良好: 0, 一般: 0, 较差: 0 });

export function gradeCounts(rows: readonly Pick<ScoreRow, 'grade'>[]): GradeCounts {
  const c = emptyGradeCounts();
  for (const r of rows) c[r.grade] += 1;
  return c;
}

export type TownshipRollup = {
  townshipId: string;
  count: number;
  average: number;
  best: number;
  worst: number;
  grades: GradeCounts;
  rank: number;
};

/** Scores rolled up per township (the pairing's 挂钩乡镇), ranked by average score. */
export function townshipRollup(rows: readonly ScoreRow[], decimals: number): TownshipRollup[] {
  const groups = new Map<string, ScoreRow[]>();
  for (const r of rows) groups.set(r.townshipId, [...(groups.get(r.townshipId) ?? []), r]);
  const out: TownshipRollup[] = [...groups].map(([townshipId, list]) => ({
    townshipId,
    count: list.length,
    average: roundTo(list.reduce((s, r) => s + r.total, 0) / list.length, decimals),
    best: Math.max(...list.map((r) => r.total)),
    worst: Math.min(...list.map((r) => r.total)),
    grades: gradeCounts(list),
    rank: 0,
  }));
  const ranks = competitionRanks(out.map((t) => t.average));
  out.forEach((t, i) => (t.rank = ranks[i]));
  return out.sort((a, b) => a.rank - b.rank);
}

/** Totals counted in bands of `width` points up to the total (the dashboard's distribution). */
export function scoreBands(rows: readonly Pick<ScoreRow, 'total'>[], total: number, width = 10): { label: string; count: number }[] {
  const bands: { from: number; to: number; count: number }[] = [];
  for (let from = 0; from < total; from += width) bands.push({ from, to: Math.min(from + width, total), count: 0 });
  for (const r of rows) {
    const i = Math.min(bands.length - 1, Math.max(0, Math.floor(r.total / width)));
    bands[i].count += 1;
  }
  // Each band holds [from, to); the last also holds the full score.
  return bands.map((b) => ({ label: `${b.from}–${b.to}`, count: b.count }));
}

export const GRADE_ORDER = EVALUATION_GRADES;
