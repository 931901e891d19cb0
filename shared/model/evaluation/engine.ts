// The evaluation of a year: every evaluated pairing scored on every indicator of the scheme
// (computed ones from its facts through the catalog, hand ones from the office's inputs),
// deductions taken off, the total rounded and floored at zero, then ranked and graded.
// Item scores are rounded first and the total is their sum, so a printed sheet adds up.
import { deductionKind, indicatorKind } from './catalog';
import { buildFacts, evaluatedIn, type EvaluationInput } from './facts';
import { rankAndGrade, roundTo } from './ranking';
import type { EvaluationScheme, ScoreRow } from './types';

export type Evaluated = { rows: ScoreRow[]; notes: string[] };

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

export function evaluate(scheme: EvaluationScheme, input: EvaluationInput): Evaluated {
  const d = scheme.decimals;
  const pairings = input.pairings.filter((p) => evaluatedIn(p, input.year)).sort((a, b) => a.code.localeCompare(b.code));
  const facts = buildFacts(input, pairings);
  const notes: string[] = [];

  // Measured values per computed indicator, and the best of each (for relative scales).
  const measured = scheme.indicators.map((ind) => {
    const kind = indicatorKind(ind.kind);
    if (!kind || kind.manual || !kind.measure) return null;
    const values = pairings.map((p) => kind.measure!(facts.get(p.id)!, ind.params));
    const best = values.reduce<number>((m, v) => (v !== null && v > m ? v : m), 0);
    return { kind, values, best };
  });

  const missing = new Map<string, number>();
  const rows: ScoreRow[] = pairings.map((p, pi) => {
    const f = facts.get(p.id)!;
    const inputs = input.inputs[p.id] ?? {};
    const items: Record<string, number> = {};
    const basis: Record<string, string> = {};
    scheme.indicators.forEach((ind, ii) => {
      const m = measured[ii];
      let share: number;
      if (m) {
        const value = m.values[pi];
        share = m.kind.share ? m.kind.share(value, ind.params, { best: m.best, max: ind.max }) : 0;
        if (m.kind.basis) basis[ind.key] = m.kind.basis(value, f, ind.params);
      } else {
        const raw = inputs.scores?.[ind.key];
        if (raw === undefined) missing.set(ind.label, (missing.get(ind.label) ?? 0) + 1);
        share = (raw ?? 0) / ind.max;
      }
      items[ind.key] = roundTo(clamp01(share) * ind.weight, d);
    });
    const deductions: Record<string, number> = {};
    for (const ded of scheme.deductions) {
      const kind = deductionKind(ded.kind);
      if (!kind) continue;
      let points: number;
      if (kind.manual) {
        points = inputs.deductions?.[ded.key]?.points ?? 0;
      } else {
        const n = kind.count ? kind.count(f, ded.params) : 0;
        points = n * ded.perItem;
        if (n > 0 && kind.basis) basis[`-${ded.key}`] = kind.basis(n);
      }
      const taken = roundTo(Math.min(Math.max(points, 0), ded.cap), d);
      if (taken > 0) deductions[ded.key] = taken;
    }
    const earned = Object.values(items).reduce((s, v) => s + v, 0);
    const off = Object.values(deductions).reduce((s, v) => s + v, 0);
    return { pairingId: p.id, townshipId: p.responsibleTownshipId, items, basis, deductions, total: Math.max(0, roundTo(earned - off, d)), rank: 0, grade: '较差' };
  });
  for (const [label, n] of missing) notes.push(`「${label}」有 ${n} 个联建点尚未评分，按 0 分计`);
  return { rows: rankAndGrade(rows, scheme.grading), notes };
}
