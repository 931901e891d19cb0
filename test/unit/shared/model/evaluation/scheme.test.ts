// A scheme is refused with every reason, the weights' difference first; the default scheme
// and a copied one pass; hand inputs are checked against the scheme.
import { describe, expect, it } from 'vitest';
import { checkScheme, copyScheme, defaultScheme, weightIssue } from '@shared/model/evaluation/scheme';
import { inputIssues, inputsForScheme, schemeChangeIssues } from '@shared/model/evaluation/inputs';
import { competitionRanks, roundTo, scoreBands, townshipRollup } from '@shared/model/evaluation/ranking';
import { ind, scheme } from './fixtures';

const errors = (raw: unknown) => {
  const r = checkScheme(raw);
  return r.ok ? [] : r.errors;
};

describe('checkScheme', () => {
  it('accepts the default scheme, whose weights make its 100 points', () => {
    const r = checkScheme(defaultScheme());
    expect(r.ok).toBe(true);
    expect(defaultScheme().indicators.reduce((s, i) => s + i.weight, 0)).toBe(100);
  });

  it('refuses weights that do not add up to the stated total, saying by how much', () => {
    const s = defaultScheme();
    s.indicators[0].weight = 15;
    expect(errors(s)[0]).toBe('各项指标权重合计 95 分，与方案总分 100 分不符（少 5 分）');
    s.indicators[0].weight = 27.5;
    expect(weightIssue(s)).toBe('各项指标权重合计 107.5 分，与方案总分 100 分不符（多 7.5 分）');
    // Hundredths add up exactly: 33.33 + 33.33 + 33.34 is 100.
    expect(weightIssue(scheme([ind('a', 'manual', 33.33), ind('b', 'manual', 33.33), ind('c', 'manual', 33.34)], { total: 100 }))).toBeNull();
  });

  it('refuses duplicate indicators, unknown kinds, bad parameters and grade lines out of order', () => {
    const s = defaultScheme();
    s.indicators[1] = { ...s.indicators[1], key: 'labour' };
    s.indicators[2] = { ...s.indicators[2], params: { ...s.indicators[2].params, figure: 'base' } };
    s.indicators[3] = { ...s.indicators[3], kind: 'weather' };
    s.grading = { mode: 'threshold', excellent: 80, good: 85, pass: 60 };
    expect(errors(s)).toEqual([
      '指标代码「labour」重复',
      '「技能培训」的统计数字不是所选台账类型的可统计数字',
      '指标「月报报送」的计分方式「weather」不存在',
      '优秀分数线（80分）应高于良好分数线（85分）',
    ]);
  });

  it('refuses a target scale without a positive target, and quotas above 100%', () => {
    const s = defaultScheme();
    s.indicators[0].params.target = 0;
    s.grading = { mode: 'quota', excellentPct: 60, goodPct: 50, pass: 60 };
    expect(errors(s)).toEqual(['「劳务输送」的目标值应大于 0', '优秀和良好比例合计（110%）不能超过100%']);
    s.indicators[0].params.scale = 'relative';
    s.grading = { mode: 'quota', excellentPct: 15, goodPct: 35, pass: 60 };
    expect(checkScheme(s).ok).toBe(true);
  });

  it('refuses a scheme with no indicator, a counted deduction with no points, a bad decimals', () => {
    expect(errors({ ...defaultScheme(), indicators: [] })).toContain('请至少设置一项指标');
    const s = defaultScheme();
    s.deductions[0].perItem = 0;
    expect(errors(s)).toEqual(['扣分项「逾期整改」的每项扣分应大于0']);
    expect(errors({ ...defaultScheme(), decimals: 3 })).toEqual(['小数位数应为0、1或2']);
  });

  it('copies a scheme so that editing the copy leaves the original as it was', () => {
    const a = defaultScheme();
    const b = copyScheme(a);
    b.indicators[0].params.target = 99;
    expect(a.indicators[0].params.target).toBe(50);
  });
});

describe('hand inputs', () => {
  const s = defaultScheme();
  const code = (id: string) => `LJ-${id}`;

  it('takes scores within 满分 for hand indicators, deductions within the cap with a reason', () => {
    expect(inputIssues(s, { a: { scores: { work: 15 }, deductions: { other: { points: 2, reason: '台账不实' } } } }, code)).toEqual([]);
    expect(inputIssues(s, { a: { scores: { work: 16, labour: 3 }, deductions: { other: { points: 2, reason: ' ' }, overdue: { points: 1, reason: 'x' } } } }, code)).toEqual([
      '联建「LJ-a」「工作实绩」的得分（16）应在0至15分之间',
      '联建「LJ-a」：「labour」不是人工评分的指标',
      '联建「LJ-a」「其他扣分」扣 2 分，请填写扣分原因',
      '联建「LJ-a」：「overdue」不是人工扣分项',
    ]);
  });

  it('a changed scheme keeps the inputs it still scores by hand and refuses scores above a lowered 满分', () => {
    const inputs = { a: { scores: { work: 12 } }, b: { scores: { work: 9 }, deductions: { other: { points: 3, reason: '弄虚作假' } } } };
    const lowered = copyScheme(s);
    lowered.indicators[6] = { ...lowered.indicators[6], max: 10 };
    expect(schemeChangeIssues(lowered, inputs)).toEqual(['已有 1 个联建点的人工评分超过「工作实绩」的满分 10 分，请先在「评分录入」中修改，或调高满分']);
    const removed = copyScheme(s);
    removed.deductions = removed.deductions.slice(0, 2);
    expect(inputsForScheme(removed, inputs)).toEqual({ a: { scores: { work: 12 } }, b: { scores: { work: 9 } } });
  });
});

describe('ranking helpers', () => {
  it('rounds half away from zero as decimals print', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(2.675, 2)).toBe(2.68);
    expect(roundTo(84.45, 1)).toBe(84.5);
    expect(roundTo(0.1 + 0.2, 1)).toBe(0.3);
    expect(roundTo(-1.25, 1)).toBe(-1.3);
    expect(roundTo(7.5, 0)).toBe(8);
    expect(roundTo(1e-9, 1)).toBe(0);
  });

  it('ranks in competition order', () => {
    expect(competitionRanks([70, 95, 80, 95, 80])).toEqual([5, 1, 3, 1, 3]);
    expect(competitionRanks([])).toEqual([]);
  });

  it('rolls scores up per township and counts bands', () => {
    const rows = [
      { pairingId: 'a', townshipId: 't1', items: {}, basis: {}, deductions: {}, total: 90, rank: 1, grade: '优秀' as const },
      { pairingId: 'b', townshipId: 't1', items: {}, basis: {}, deductions: {}, total: 75, rank: 2, grade: '一般' as const },
      { pairingId: 'c', townshipId: 't2', items: {}, basis: {}, deductions: {}, total: 82.5, rank: 3, grade: '良好' as const },
    ];
    expect(townshipRollup(rows, 1)).toEqual([
      { townshipId: 't1', count: 2, average: 82.5, best: 90, worst: 75, grades: { 优秀: 1, 良好: 0, 一般: 1, 较差: 0 }, rank: 1 },
      { townshipId: 't2', count: 1, average: 82.5, best: 82.5, worst: 82.5, grades: { 优秀: 0, 良好: 1, 一般: 0, 较差: 0 }, rank: 1 },
    ]);
    expect(scoreBands(rows, 100).slice(6)).toEqual([
      { label: '60–70', count: 0 },
      { label: '70–80', count: 1 },
      { label: '80–90', count: 1 },
      { label: '90–100', count: 1 },
    ]);
  });
});
