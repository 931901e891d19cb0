// The rules of 绩效考评 in one declarative place, as the ledger catalog is for the ledger:
// each indicator kind and each deduction kind says which parameters it takes (the scheme
// form is generated from them), what it measures from a pairing's facts, how a measured
// value becomes a share of the indicator's points, and how the rule reads in words. Adding
// a kind is one entry here; the engine, the form, the score sheet and the checks follow.
import { COMMENDATION_LEVELS, type CommendationLevel } from '../enums';
import { LEDGER_TYPES } from '../ledger-catalog';
import type { PairingFacts } from './facts';
import type { Deduction, Indicator, Params } from './types';

export type ParamField = {
  key: string;
  label: string;
  help?: string;
  /** Shown only while another parameter has this value. */
  showIf?: { param: string; equals: string };
} & (
  | { kind: 'number'; unit?: string; min: number; max?: number; /** exclusive lower bound */ positive?: boolean; default: number }
  | { kind: 'ledgerType'; default: string }
  /** A summed figure of the ledger type named by `typeParam`, or COUNT_FIGURE for the number of entries. */
  | { kind: 'ledgerFigure'; typeParam: string; default: string }
  | { kind: 'choice'; options: readonly { value: string; label: string }[]; default: string }
);

export type IndicatorKind = {
  key: string;
  label: string;
  help: string;
  /** Scored by hand on the indicator's 满分; nothing is measured. */
  manual?: boolean;
  params: readonly ParamField[];
  /** The measured value of a pairing; null when there is nothing to measure (no report due…). */
  measure?: (facts: PairingFacts, params: Params) => number | null;
  /** Share of the points earned, 0..1; `best` is the highest value measured among the pairings. */
  share?: (value: number | null, params: Params, ctx: { best: number; max: number }) => number;
  /** The measured value in words, for the score sheet: 「输送人数 120人」. */
  basis?: (value: number | null, facts: PairingFacts, params: Params) => string;
  /** The rule in words, for the scheme table. */
  describe: (indicator: Indicator) => string;
  /** A problem with the parameters a field check cannot see, or null. */
  check?: (params: Params) => string | null;
};

export type DeductionKind = {
  key: string;
  label: string;
  help: string;
  /** Entered by hand (points and reason) per pairing. */
  manual?: boolean;
  params: readonly ParamField[];
  /** How many times the deduction applies to a pairing. */
  count?: (facts: PairingFacts, params: Params) => number;
  /** What was counted, in words: 「逾期2项」. */
  basis?: (count: number) => string;
  describe: (deduction: Deduction) => string;
};

export const COUNT_FIGURE = '#count';

/** 12, 0.5, 1.25 — at most two decimals, no trailing zeros. */
export const formatNumber = (v: number): string => String(Math.round(v * 100) / 100);

const pct = (v: number) => `${formatNumber(v * 100)}%`;

const NONE_DUE = [
  { value: 'full', label: '得满分' },
  { value: 'zero', label: '不得分' },
] as const;

const noneDue = (label: string): ParamField => ({ key: 'none', label, kind: 'choice', options: NONE_DUE, default: 'full' });

const whenNone = (params: Params) => (params.none === 'zero' ? 0 : 1);

/** A ledger figure's label and unit: 「输送人数」「人」, or 「记录条数」「条」. */
export function figureInfo(typeKey: string, figure: string): { label: string; unit: string } | undefined {
  const type = LEDGER_TYPES.find((t) => t.key === typeKey);
  if (!type) return undefined;
  if (figure === COUNT_FIGURE) return { label: `${type.name}记录条数`, unit: '条' };
  const field = type.fields.find((f) => f.key === figure && f.aggregate === 'sum');
  return field ? { label: field.label, unit: field.unit ?? '' } : undefined;
}

/** The figures a ledger indicator can read for a type: its summed fields, then the count of entries. */
export function figureOptions(typeKey: string): { value: string; label: string }[] {
  const type = LEDGER_TYPES.find((t) => t.key === typeKey);
  if (!type) return [];
  return [
    ...type.fields.filter((f) => f.aggregate === 'sum').map((f) => ({ value: f.key, label: f.unit ? `${f.label}（${f.unit}）` : f.label })),
    { value: COUNT_FIGURE, label: '记录条数（条）' },
  ];
}

const str = (v: number | string | undefined) => (typeof v === 'string' ? v : '');
const num = (v: number | string | undefined) => (typeof v === 'number' ? v : 0);

const LEVEL_PARAM: Record<CommendationLevel, string> = { 县委: 'county', 市委: 'city', 省委: 'province' };

export const INDICATOR_KINDS: readonly IndicatorKind[] = [
  {
    key: 'ledger',
    label: '台账数据',
    help: '按成效台账中本年度某类台账的数字计分，如输送人数、扶持资金',
    params: [
      { key: 'type', label: '台账类型', kind: 'ledgerType', default: 'labour' },
      { key: 'figure', label: '统计数字', kind: 'ledgerFigure', typeParam: 'type', default: 'sent' },
      {
        key: 'scale',
        label: '计分方法',
        kind: 'choice',
        options: [
          { value: 'target', label: '达到目标值得满分，不足按比例' },
          { value: 'relative', label: '最高者得满分，其余按比例' },
        ],
        default: 'target',
      },
      { key: 'target', label: '目标值', kind: 'number', min: 0, positive: true, default: 50, showIf: { param: 'scale', equals: 'target' } },
    ],
    measure: (facts, p) => {
      const totals = facts.ledger(str(p.type));
      if (!totals) return 0;
      return str(p.figure) === COUNT_FIGURE ? totals.count : (totals.sums[str(p.figure)] ?? 0);
    },
    share: (v, p, { best }) => {
      const value = v ?? 0;
      if (p.scale === 'relative') return best > 0 ? value / best : 0;
      return Math.min(value / num(p.target), 1);
    },
    basis: (v, _f, p) => {
      const info = figureInfo(str(p.type), str(p.figure));
      return info ? `${info.label} ${formatNumber(v ?? 0)}${info.unit}` : '';
    },
    describe: (ind) => {
      const p = ind.params;
      const info = figureInfo(str(p.type), str(p.figure));
      const what = `${LEDGER_TYPES.find((t) => t.key === p.type)?.name ?? ''}${info ? `「${info.label}」` : ''}`;
      return p.scale === 'relative' ? `${what}最高者得满分，其余按比例计分` : `${what}达到 ${formatNumber(num(p.target))}${info?.unit ?? ''} 得满分，不足按比例计分`;
    },
  },
  {
    key: 'reportRate',
    label: '月报报送率',
    help: '本年度应报月份中已报送月报的比例（应报：联建批准当月起、终止当月止，报送截止日已过的月份；逾期报送也算已报，与月报报送情况同一口径）',
    params: [noneDue('没有应报月份时')],
    measure: (facts) => (facts.reports.due === 0 ? null : facts.reports.reported / facts.reports.due),
    share: (v, p) => (v === null ? whenNone(p) : v),
    basis: (v, facts) => (v === null ? '无应报月份' : `已报 ${facts.reports.reported}/${facts.reports.due} 个月（${pct(v)}）${facts.reports.late ? `，其中逾期 ${facts.reports.late} 个月` : ''}`),
    describe: (ind) => `按月报报送率计分（报送率 × ${formatNumber(ind.weight)} 分）${ind.params.none === 'zero' ? '，无应报月份不得分' : ''}`,
  },
  {
    key: 'rectification',
    label: '整改按期完成率',
    help: '本年度到期的督查整改事项中按期（复查日期不晚于整改期限）整改完成的比例',
    params: [noneDue('没有整改事项时')],
    measure: (facts) => (facts.rectifications.due === 0 ? null : facts.rectifications.onTime / facts.rectifications.due),
    share: (v, p) => (v === null ? whenNone(p) : v),
    basis: (v, facts) => (v === null ? '无到期整改事项' : `按期完成 ${facts.rectifications.onTime}/${facts.rectifications.due} 项（${pct(v)}）`),
    describe: (ind) => `按整改按期完成率计分${ind.params.none === 'zero' ? '，无整改事项不得分' : '，无整改事项得满分'}`,
  },
  {
    key: 'honours',
    label: '获得表彰',
    help: '本年度已批准的表彰中，联建点或企业、村党组织获得的荣誉，按级别计分，以满分为限',
    params: [
      { key: 'county', label: '县委表彰每项', kind: 'number', unit: '分', min: 0, default: 5 },
      { key: 'city', label: '市委表彰每项', kind: 'number', unit: '分', min: 0, default: 8 },
      { key: 'province', label: '省委表彰每项', kind: 'number', unit: '分', min: 0, default: 10 },
    ],
    measure: (facts, p) => COMMENDATION_LEVELS.reduce((s, level) => s + facts.honours[level] * num(p[LEVEL_PARAM[level]]), 0),
    share: (v, _p, { max }) => Math.min((v ?? 0) / max, 1),
    basis: (_v, facts) => {
      const parts = COMMENDATION_LEVELS.filter((l) => facts.honours[l] > 0).map((l) => `${l}${facts.honours[l]}项`);
      return parts.length ? parts.join('、') : '无';
    },
    describe: (ind) =>
      `${COMMENDATION_LEVELS.map((l) => `${l}表彰每项 ${formatNumber(num(ind.params[LEVEL_PARAM[l]]))} 分`).join('，')}（满分 ${formatNumber(ind.max)} 分为限）`,
  },
  {
    key: 'manual',
    label: '人工评分',
    help: '由考评组按满分逐个联建点打分，如工作实绩、群众评议',
    manual: true,
    params: [],
    describe: (ind) => `考评组评分（满分 ${formatNumber(ind.max)} 分${ind.max !== ind.weight ? `，折合 ${formatNumber(ind.weight)} 分` : ''}）`,
  },
];

export const DEDUCTION_KINDS: readonly DeductionKind[] = [
  {
    key: 'overdueRectification',
    label: '逾期整改',
    help: '本年度到期而未按期整改完成的督查整改事项（含逾期未改和逾期完成）',
    params: [],
    count: (facts) => facts.rectifications.due - facts.rectifications.onTime,
    basis: (n) => `逾期 ${n} 项`,
    describe: (d) => `每项扣 ${formatNumber(d.perItem)} 分，最多扣 ${formatNumber(d.cap)} 分`,
  },
  {
    key: 'missedReport',
    label: '未报月报',
    help: '本年度应报而未报送月报的月份',
    params: [],
    count: (facts) => facts.reports.due - facts.reports.reported,
    basis: (n) => `未报 ${n} 个月`,
    describe: (d) => `每月扣 ${formatNumber(d.perItem)} 分，最多扣 ${formatNumber(d.cap)} 分`,
  },
  {
    key: 'manual',
    label: '其他扣分',
    help: '考评组逐个联建点录入扣分和原因，如发生安全事故、弄虚作假',
    manual: true,
    params: [],
    describe: (d) => `按实际情况扣分，须注明原因，最多扣 ${formatNumber(d.cap)} 分`,
  },
];

const INDICATORS = new Map(INDICATOR_KINDS.map((k) => [k.key, k]));
const DEDUCTIONS = new Map(DEDUCTION_KINDS.map((k) => [k.key, k]));

export const indicatorKind = (key: string): IndicatorKind | undefined => INDICATORS.get(key);
export const deductionKind = (key: string): DeductionKind | undefined => DEDUCTIONS.get(key);

/** The default parameters of a kind, e.g. for a new indicator. */
export function defaultParams(fields: readonly ParamField[]): Params {
  return Object.fromEntries(fields.map((f) => [f.key, f.default]));
}

/** Whether a parameter applies given the others (showIf). */
export const paramApplies = (field: ParamField, params: Params): boolean => !field.showIf || params[field.showIf.param] === field.showIf.equals;

/** Problems with an indicator's or deduction's parameters, by the fields its kind declares. */
export function paramIssues(fields: readonly ParamField[], params: Params, owner: string): string[] {
  const issues: string[] = [];
  for (const f of fields) {
    if (!paramApplies(f, params)) continue;
    const v = params[f.key];
    const where = `「${owner}」的${f.label}`;
    if (f.kind === 'number') {
      if (typeof v !== 'number' || !Number.isFinite(v)) issues.push(`请填写${where}`);
      else if (f.positive ? v <= f.min : v < f.min) issues.push(`${where}应${f.positive ? '大于' : '不小于'} ${f.min}`);
      else if (f.max !== undefined && v > f.max) issues.push(`${where}不能大于 ${f.max}`);
    } else if (f.kind === 'choice') {
      if (!f.options.some((o) => o.value === v)) issues.push(`${where}应为 ${f.options.map((o) => o.label).join('、')} 之一`);
    } else if (f.kind === 'ledgerType') {
      if (!LEDGER_TYPES.some((t) => t.key === v)) issues.push(`${where}不是已有的台账类型`);
    } else if (!figureInfo(str(params[f.typeParam]), str(v))) {
      issues.push(`${where}不是所选台账类型的可统计数字`);
    }
  }
  return issues;
}
