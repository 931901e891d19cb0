// A scheme is checked here before it is stored, by every door (the scheme form, copying last
// year's, restoring a backup): its shape (zod), then what a shape cannot say — the weights
// add up to the stated total (refused with the difference), keys and names are unique, each
// kind's parameters are valid, the grade lines descend.
import { z } from 'zod';
import { normalizeText } from '../normalize';
import { deductionKind, defaultParams, formatNumber, indicatorKind, paramIssues } from './catalog';
import type { Deduction, EvaluationScheme, Grading, Indicator } from './types';

const points = (label: string) => z.number({ error: `${label}应为数字` }).refine(Number.isFinite, `${label}应为数字`);

const paramsSchema = z.record(z.string(), z.union([z.number(), z.string()]), { error: '参数格式不对' });

const label = (what: string) =>
  z
    .string({ error: `请填写${what}` })
    .transform((s) => normalizeText(s))
    .pipe(z.string().min(1, `请填写${what}`).max(30, `${what}不能超过30个字`));

const key = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, '指标代码格式不对');

const indicatorSchema = z.object({
  key,
  label: label('指标名称'),
  kind: z.string(),
  weight: points('权重').refine((v) => v > 0, '权重应大于0'),
  max: points('满分').refine((v) => v > 0, '满分应大于0'),
  params: paramsSchema.default({}),
});

const deductionSchema = z.object({
  key,
  label: label('扣分项名称'),
  kind: z.string(),
  perItem: points('每项扣分').refine((v) => v >= 0, '每项扣分不能为负数').default(0),
  cap: points('最多扣分').refine((v) => v > 0, '最多扣分应大于0'),
  params: paramsSchema.default({}),
});

const gradingSchema = z.discriminatedUnion(
  'mode',
  [
    z.object({ mode: z.literal('threshold'), excellent: points('优秀分数线'), good: points('良好分数线'), pass: points('一般分数线') }),
    z.object({ mode: z.literal('quota'), excellentPct: points('优秀比例'), goodPct: points('良好比例'), pass: points('一般分数线') }),
  ],
  { error: '等次评定方法应为 按分数线 或 按比例' },
);

export const schemeShape = z.object({
  total: points('方案总分').refine((v) => v > 0 && v <= 1000, '方案总分应在0至1000分之间'),
  decimals: z.number({ error: '小数位数应为0、1或2' }).int('小数位数应为0、1或2').min(0, '小数位数应为0、1或2').max(2, '小数位数应为0、1或2'),
  indicators: z.array(indicatorSchema, { error: '请至少设置一项指标' }).min(1, '请至少设置一项指标').max(40, '指标最多40项'),
  deductions: z.array(deductionSchema).max(20, '扣分项最多20项').default([]),
  grading: gradingSchema,
});

/** Weights are added at a hundredth of a point, so 33.33 + 33.33 + 33.34 makes 100. */
const sumPoints = (xs: readonly number[]) => Math.round(xs.reduce((s, x) => s + x * 100, 0)) / 100;

function gradingIssues(g: Grading, total: number): string[] {
  const issues: string[] = [];
  if (g.pass < 0 || g.pass > total) issues.push(`一般分数线应在0至${formatNumber(total)}分之间`);
  if (g.mode === 'threshold') {
    if (!(g.excellent <= total)) issues.push(`优秀分数线（${formatNumber(g.excellent)}分）不能高于方案总分（${formatNumber(total)}分）`);
    if (!(g.excellent > g.good)) issues.push(`优秀分数线（${formatNumber(g.excellent)}分）应高于良好分数线（${formatNumber(g.good)}分）`);
    if (!(g.good > g.pass)) issues.push(`良好分数线（${formatNumber(g.good)}分）应高于一般分数线（${formatNumber(g.pass)}分）`);
  } else {
    if (g.excellentPct <= 0 || g.excellentPct > 100) issues.push('优秀比例应在0%至100%之间');
    if (g.goodPct < 0 || g.goodPct > 100) issues.push('良好比例应在0%至100%之间');
    if (g.excellentPct + g.goodPct > 100) issues.push(`优秀和良好比例合计（${formatNumber(g.excellentPct + g.goodPct)}%）不能超过100%`);
  }
  return issues;
}

function indicatorIssues(list: readonly Indicator[]): string[] {
  const issues: string[] = [];
  const keys = new Set<string>();
  const names = new Set<string>();
  for (const ind of list) {
    if (keys.has(ind.key)) issues.push(`指标代码「${ind.key}」重复`);
    if (names.has(ind.label)) issues.push(`指标「${ind.label}」重复`);
    keys.add(ind.key);
    names.add(ind.label);
    const kind = indicatorKind(ind.kind);
    if (!kind) {
      issues.push(`指标「${ind.label}」的计分方式「${ind.kind}」不存在`);
      continue;
    }
    issues.push(...paramIssues(kind.params, ind.params, ind.label));
    const more = kind.check?.(ind.params);
    if (more) issues.push(`指标「${ind.label}」：${more}`);
  }
  return issues;
}

function deductionIssues(list: readonly Deduction[]): string[] {
  const issues: string[] = [];
  const keys = new Set<string>();
  const names = new Set<string>();
  for (const d of list) {
    if (keys.has(d.key)) issues.push(`扣分项代码「${d.key}」重复`);
    if (names.has(d.label)) issues.push(`扣分项「${d.label}」重复`);
    keys.add(d.key);
    names.add(d.label);
    const kind = deductionKind(d.kind);
    if (!kind) {
      issues.push(`扣分项「${d.label}」的扣分方式「${d.kind}」不存在`);
      continue;
    }
    if (!kind.manual && !(d.perItem > 0)) issues.push(`扣分项「${d.label}」的每项扣分应大于0`);
    issues.push(...paramIssues(kind.params, d.params, d.label));
  }
  return issues;
}

/** The sum of the weights against the stated total, in words; null when they agree. */
export function weightIssue(scheme: Pick<EvaluationScheme, 'total' | 'indicators'>): string | null {
  const sum = sumPoints(scheme.indicators.map((i) => i.weight));
  if (sum === scheme.total) return null;
  const diff = sumPoints([scheme.total, -sum]);
  return `各项指标权重合计 ${formatNumber(sum)} 分，与方案总分 ${formatNumber(scheme.total)} 分不符（${diff > 0 ? `少 ${formatNumber(diff)} 分` : `多 ${formatNumber(-diff)} 分`}）`;
}

export type SchemeCheck = { ok: true; value: EvaluationScheme } | { ok: false; errors: string[] };

/** The scheme normalized, or every reason it is refused. */
export function checkScheme(raw: unknown): SchemeCheck {
  const parsed = schemeShape.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: [...new Set(parsed.error.issues.map((i) => i.message))] };
  const scheme = parsed.data as EvaluationScheme;
  const errors = [...indicatorIssues(scheme.indicators), ...deductionIssues(scheme.deductions), ...gradingIssues(scheme.grading, scheme.total)];
  const weights = weightIssue(scheme);
  if (weights) errors.unshift(weights);
  return errors.length ? { ok: false, errors } : { ok: true, value: scheme };
}

const indicator = (key: string, label: string, kind: string, weight: number, params: Record<string, number | string> = {}, max = weight): Indicator => ({
  key,
  label,
  kind,
  weight,
  max,
  params: { ...defaultParams(indicatorKind(kind)!.params), ...params },
});

/**
 * The scheme a year starts from when there is none to copy: the programme's work as the
 * seed article reports it (labour, funds, training, monthly reports, rectification,
 * honours) plus the evaluation team's own score, 100 points.
 */
export function defaultScheme(): EvaluationScheme {
  return {
    total: 100,
    decimals: 1,
    indicators: [
      indicator('labour', '劳务输送', 'ledger', 20, { type: 'labour', figure: 'sent', scale: 'target', target: 50 }),
      indicator('funds', '资金扶持', 'ledger', 15, { type: 'funds', figure: 'amount', scale: 'target', target: 10 }),
      indicator('training', '技能培训', 'ledger', 15, { type: 'training', figure: 'trainees', scale: 'target', target: 100 }),
      indicator('reports', '月报报送', 'reportRate', 15),
      indicator('rectification', '督查整改', 'rectification', 10),
      indicator('honours', '获得表彰', 'honours', 10),
      indicator('work', '工作实绩', 'manual', 15),
    ],
    deductions: [
      { key: 'overdue', label: '逾期整改', kind: 'overdueRectification', perItem: 2, cap: 10, params: {} },
      { key: 'missed', label: '未报月报', kind: 'missedReport', perItem: 1, cap: 6, params: {} },
      { key: 'other', label: '其他扣分', kind: 'manual', perItem: 0, cap: 10, params: {} },
    ],
    grading: { mode: 'threshold', excellent: 90, good: 80, pass: 60 },
  };
}

/** A deep copy (for copying last year's scheme: the new year's edits never touch the old one). */
export const copyScheme = (scheme: EvaluationScheme): EvaluationScheme => structuredClone(scheme);

/** A key for a new indicator or deduction, unused among `taken`. */
export function newKey(prefix: string, taken: readonly string[]): string {
  for (let i = 1; ; i++) if (!taken.includes(`${prefix}${i}`)) return `${prefix}${i}`;
}
