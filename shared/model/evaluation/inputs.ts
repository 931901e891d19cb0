// The office's hand inputs (人工评分 and 其他扣分) checked against the scheme, by the score
// grid and by the repository alike: a score only for a hand-scored indicator and within its
// 满分, a deduction only for a hand deduction, within its cap and with a reason.
import { normalizeText } from '../normalize';
import { deductionKind, formatNumber, indicatorKind } from './catalog';
import type { EvaluationScheme, PairingInputs } from './types';

export const MAX_REASON = 100;

/** Every problem with the inputs, each naming the pairing; `name` gives a pairing's code. */
export function inputIssues(scheme: EvaluationScheme, inputs: Readonly<Record<string, PairingInputs>>, name: (pairingId: string) => string): string[] {
  const issues: string[] = [];
  const indicators = new Map(scheme.indicators.filter((i) => indicatorKind(i.kind)?.manual).map((i) => [i.key, i]));
  const deductions = new Map(scheme.deductions.filter((d) => deductionKind(d.kind)?.manual).map((d) => [d.key, d]));
  for (const [pairingId, input] of Object.entries(inputs)) {
    const who = `联建「${name(pairingId)}」`;
    for (const [key, v] of Object.entries(input.scores ?? {})) {
      const ind = indicators.get(key);
      if (!ind) issues.push(`${who}：「${key}」不是人工评分的指标`);
      else if (typeof v !== 'number' || !Number.isFinite(v)) issues.push(`${who}「${ind.label}」的得分应为数字`);
      else if (v < 0 || v > ind.max) issues.push(`${who}「${ind.label}」的得分（${formatNumber(v)}）应在0至${formatNumber(ind.max)}分之间`);
    }
    for (const [key, d] of Object.entries(input.deductions ?? {})) {
      const ded = deductions.get(key);
      if (!ded) issues.push(`${who}：「${key}」不是人工扣分项`);
      else if (typeof d?.points !== 'number' || !Number.isFinite(d.points)) issues.push(`${who}「${ded.label}」的扣分应为数字`);
      else if (d.points < 0 || d.points > ded.cap) issues.push(`${who}「${ded.label}」的扣分（${formatNumber(d.points)}）应在0至${formatNumber(ded.cap)}分之间`);
      else if (d.points > 0 && !normalizeText(d.reason ?? '')) issues.push(`${who}「${ded.label}」扣 ${formatNumber(d.points)} 分，请填写扣分原因`);
      else if (normalizeText(d.reason ?? '').length > MAX_REASON) issues.push(`${who}「${ded.label}」的扣分原因不能超过${MAX_REASON}个字`);
    }
  }
  return issues;
}

/** Inputs without empty entries, reasons normalized: what is stored. */
export function cleanInputs(inputs: Readonly<Record<string, PairingInputs>>): Record<string, PairingInputs> {
  const out: Record<string, PairingInputs> = {};
  for (const [pairingId, input] of Object.entries(inputs)) {
    const scores = Object.fromEntries(Object.entries(input.scores ?? {}).filter(([, v]) => typeof v === 'number'));
    const deductions = Object.fromEntries(
      Object.entries(input.deductions ?? {})
        .filter(([, d]) => typeof d?.points === 'number' && d.points > 0)
        .map(([k, d]) => [k, { points: d.points, reason: normalizeText(d.reason ?? '') }]),
    );
    const entry: PairingInputs = {};
    if (Object.keys(scores).length) entry.scores = scores;
    if (Object.keys(deductions).length) entry.deductions = deductions;
    if (entry.scores || entry.deductions) out[pairingId] = entry;
  }
  return out;
}

/**
 * Hand inputs a changed scheme cannot keep as they are: a score above its indicator's new
 * 满分, a deduction above its new cap. The change is refused until they are corrected.
 */
export function schemeChangeIssues(scheme: EvaluationScheme, inputs: Readonly<Record<string, PairingInputs>>): string[] {
  const over = new Map<string, number>();
  for (const input of Object.values(inputs)) {
    for (const [k, v] of Object.entries(input.scores ?? {})) {
      const ind = scheme.indicators.find((i) => i.key === k);
      if (ind && indicatorKind(ind.kind)?.manual && v > ind.max) over.set(`「${ind.label}」的满分 ${formatNumber(ind.max)} 分`, (over.get(`「${ind.label}」的满分 ${formatNumber(ind.max)} 分`) ?? 0) + 1);
    }
    for (const [k, d] of Object.entries(input.deductions ?? {})) {
      const ded = scheme.deductions.find((x) => x.key === k);
      if (ded && deductionKind(ded.kind)?.manual && d.points > ded.cap) over.set(`「${ded.label}」的最多扣分 ${formatNumber(ded.cap)} 分`, (over.get(`「${ded.label}」的最多扣分 ${formatNumber(ded.cap)} 分`) ?? 0) + 1);
    }
  }
  return [...over].map(([what, n]) => `已有 ${n} 个联建点的人工评分超过${what}，请先在「评分录入」中修改，或调高满分`);
}

/** Inputs of indicators and deductions the changed scheme no longer scores by hand are dropped (the audit log keeps them). */
export function inputsForScheme(scheme: EvaluationScheme, inputs: Readonly<Record<string, PairingInputs>>): Record<string, PairingInputs> {
  const scoreKeys = new Set(scheme.indicators.filter((i) => indicatorKind(i.kind)?.manual).map((i) => i.key));
  const dedKeys = new Set(scheme.deductions.filter((d) => deductionKind(d.kind)?.manual).map((d) => d.key));
  const kept: Record<string, PairingInputs> = {};
  for (const [id, input] of Object.entries(inputs)) {
    kept[id] = {
      scores: Object.fromEntries(Object.entries(input.scores ?? {}).filter(([k]) => scoreKeys.has(k))),
      deductions: Object.fromEntries(Object.entries(input.deductions ?? {}).filter(([k]) => dedKeys.has(k))),
    };
  }
  return cleanInputs(kept);
}
