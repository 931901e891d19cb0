// 绩效考评 (annual evaluation) as stored: a scheme per year (indicators with weights and
// maximum points, deductions, grading), the office's hand inputs per pairing, and the last
// computed result. The rules each indicator kind follows live in ./catalog.ts.
import type { BaseRecord, IsoDate, Timestamp } from '../types';

export const EVALUATION_GRADES = ['优秀', '良好', '一般', '较差'] as const;
export type EvaluationGrade = (typeof EVALUATION_GRADES)[number];

/** Parameters of an indicator or a deduction, by the keys its kind declares. */
export type Params = Record<string, number | string>;

export type Indicator = {
  /** Stable key within the scheme (hand scores are stored under it). */
  key: string;
  /** 指标名称, e.g. 劳务输送 */
  label: string;
  /** Key of an indicator kind in the catalog. */
  kind: string;
  /** 权重（分）: the indicator's share of the scheme's total. */
  weight: number;
  /** 满分: the scale a hand score is given on (a computed share is put on it too). */
  max: number;
  params: Params;
};

export type Deduction = {
  key: string;
  /** 扣分项, e.g. 逾期未整改 */
  label: string;
  /** Key of a deduction kind in the catalog. */
  kind: string;
  /** 每项扣分 (for counted kinds). */
  perItem: number;
  /** 最多扣分 */
  cap: number;
  params: Params;
};

/** 等次: by score lines, or by quotas (a share of the pairings by rank) above a pass line. */
export type Grading =
  | { mode: 'threshold'; excellent: number; good: number; pass: number }
  | { mode: 'quota'; excellentPct: number; goodPct: number; pass: number };

export type EvaluationScheme = {
  /** 方案总分: the indicators' weights add up to it. */
  total: number;
  /** Decimals of every score (0–2). */
  decimals: number;
  indicators: Indicator[];
  deductions: Deduction[];
  grading: Grading;
};

/** What the office enters by hand for one pairing. */
export type PairingInputs = {
  /** Hand scores by indicator key, on the indicator's 满分 scale. */
  scores?: Record<string, number>;
  /** Hand deductions by deduction key, with the reason. */
  deductions?: Record<string, { points: number; reason: string }>;
};

export type ScoreRow = {
  pairingId: string;
  townshipId: string;
  /** Points earned per indicator key (on the weight), rounded. */
  items: Record<string, number>;
  /** The measured value behind each computed indicator, as text (「输送人数 120人」). */
  basis: Record<string, string>;
  /** Points taken off per deduction key, rounded. */
  deductions: Record<string, number>;
  total: number;
  rank: number;
  grade: EvaluationGrade;
};

export type EvaluationResult = {
  computedAt: Timestamp;
  /** The day the figures were taken as of (the year's end, or today while the year runs). */
  asOf: IsoDate;
  rows: ScoreRow[];
  /** Things the office should know (hand scores missing…), not errors. */
  notes: string[];
};

export type Evaluation = BaseRecord & {
  year: number;
  scheme: EvaluationScheme;
  /** Hand inputs by pairing id. */
  inputs: Record<string, PairingInputs>;
  result?: EvaluationResult;
};
