// Inspections and evaluations as versions before schema 6 stored them (a sketch no page
// wrote, but a backup or a hand-made store may hold it), turned into today's records: the
// same function upgrades a stored database (migration v006) and an older backup on restore,
// so neither loses a finding, an item or a score. Nothing is invented: what the old shape
// did not have is marked 「（原记录未填写）」, and an item recorded 已整改 without the 复查
// date now required is reopened as 整改中 with a note asking for it.
import { INSPECTION_RATINGS, type InspectionRating, type InspectionRound, type Quarter, type Rectification } from './inspection';
import { indicatorKind, defaultParams } from './evaluation/catalog';
import type { Evaluation, EvaluationGrade, Indicator, PairingInputs, ScoreRow } from './evaluation/types';

type Row = Record<string, unknown>;

const NOT_GIVEN = '（原记录未填写）';
const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** An inspection row of the old shape (quarter 「2008-Q3」, items, nested rectifications). */
export const isLegacyInspection = (row: Row): boolean => typeof row.quarter === 'string' || Array.isArray(row.items) || Array.isArray(row.rectifications);

/** An evaluation row of the old shape (scheme as a list of items, scores as a list). */
export const isLegacyEvaluation = (row: Row): boolean => Array.isArray(row.scheme) || Array.isArray(row.scores);

export type PairingTownship = (pairingId: string) => string | undefined;

const RATING: Record<string, InspectionRating> = { 差: '较差' };

export function upgradeLegacyInspection(row: Row, townshipOf: PairingTownship, newId: () => string, time: string): { round: InspectionRound; rectifications: Rectification[] } {
  const date = isDate(row.date) ? row.date : isDate(row.createdAt) ? row.createdAt : `${String(row.createdAt ?? time).slice(0, 10)}`;
  const q = /^(\d{4})-?Q([1-4])$/i.exec(str(row.quarter));
  const year = q ? Number(q[1]) : Number(date.slice(0, 4));
  const quarter = (q ? Number(q[2]) : Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as Quarter;
  const seen = new Set<string>();
  const visits = (Array.isArray(row.items) ? (row.items as Row[]) : [])
    .filter((i) => typeof i?.pairingId === 'string' && !seen.has(i.pairingId as string) && seen.add(i.pairingId as string))
    .map((i) => {
      const rating = RATING[str(i.rating)] ?? (INSPECTION_RATINGS as readonly string[]).find((r) => r === str(i.rating));
      return { pairingId: i.pairingId as string, finding: str(i.finding) || NOT_GIVEN, ...(rating ? { rating: rating as InspectionRating } : {}) };
    });
  const { quarter: _q, date: _d, inspectors, items: _i, rectifications: nested, ...rest } = row;
  const round = {
    ...rest,
    year,
    quarter,
    team: str(inspectors) || NOT_GIVEN,
    startDate: date,
    endDate: date,
    visits,
  } as unknown as InspectionRound;
  const rectifications = (Array.isArray(nested) ? (nested as Row[]) : [])
    .filter((r) => typeof r?.pairingId === 'string')
    .map((r): Rectification => {
      const pairingId = r.pairingId as string;
      if (!round.visits.some((v) => v.pairingId === pairingId)) round.visits.push({ pairingId, finding: NOT_GIVEN });
      const closedWithoutReview = r.status === '已整改';
      return {
        id: typeof r.id === 'string' && r.id ? r.id : newId(),
        createdAt: typeof row.createdAt === 'string' ? row.createdAt : time,
        updatedAt: time,
        deleted: row.deleted === 1 ? 1 : 0,
        inspectionId: row.id as string,
        pairingId,
        townshipId: townshipOf(pairingId) ?? '',
        problem: str(r.content) || NOT_GIVEN,
        requirement: NOT_GIVEN,
        responsible: NOT_GIVEN,
        deadline: isDate(r.deadline) ? r.deadline : date,
        status: closedWithoutReview || r.status === '整改中' ? '整改中' : '待整改',
        ...(closedWithoutReview ? { progress: '原记录为「已整改」，未记录复查日期和复查人，请复查后补充' } : {}),
        attachmentIds: [],
      };
    });
  return { round, rectifications };
}

const GRADES: Record<string, EvaluationGrade> = { 优秀: '优秀', 良好: '良好', 合格: '一般', 一般: '一般', 不合格: '较差', 较差: '较差' };

export function upgradeLegacyEvaluation(row: Row, townshipOf: PairingTownship): Evaluation {
  const items = (Array.isArray(row.scheme) ? (row.scheme as Row[]) : []).filter((i) => i && typeof i === 'object');
  const indicators: Indicator[] = items.map((item, n) => {
    const rule = (item.rule ?? {}) as Row;
    const weight = typeof item.weight === 'number' && item.weight > 0 ? item.weight : 1;
    const key = /^[A-Za-z0-9_-]{1,40}$/.test(str(item.key)) ? str(item.key) : `item${n + 1}`;
    const label = str(item.label) || `指标${n + 1}`;
    if (rule.kind === 'ledger') {
      const params = { ...defaultParams(indicatorKind('ledger')!.params), type: str(rule.ledgerType), figure: str(rule.field), scale: 'target', target: typeof rule.fullMarkAt === 'number' && rule.fullMarkAt > 0 ? rule.fullMarkAt : 1 };
      return { key, label, kind: 'ledger', weight, max: weight, params };
    }
    return { key, label, kind: 'manual', weight, max: weight, params: {} };
  });
  const total = Math.round(indicators.reduce((s, i) => s + i.weight * 100, 0)) / 100 || 100;
  const manualKeys = indicators.filter((i) => i.kind === 'manual').map((i) => i.key);
  const inputs: Record<string, PairingInputs> = {};
  const rows: ScoreRow[] = [];
  for (const s of Array.isArray(row.scores) ? (row.scores as Row[]) : []) {
    if (typeof s?.pairingId !== 'string') continue;
    const itemScores = (s.itemScores && typeof s.itemScores === 'object' ? s.itemScores : {}) as Record<string, unknown>;
    const numeric = Object.fromEntries(Object.entries(itemScores).filter(([, v]) => typeof v === 'number')) as Record<string, number>;
    const scores = Object.fromEntries(manualKeys.filter((k) => k in numeric).map((k) => [k, numeric[k]]));
    if (Object.keys(scores).length) inputs[s.pairingId] = { scores };
    rows.push({
      pairingId: s.pairingId,
      townshipId: townshipOf(s.pairingId) ?? '',
      items: numeric,
      basis: {},
      deductions: {},
      total: typeof s.total === 'number' ? s.total : 0,
      rank: typeof s.rank === 'number' ? s.rank : 0,
      grade: GRADES[str(s.grade)] ?? '一般',
    });
  }
  const scale = total / 100;
  const { scheme: _s, scores: _sc, ...rest } = row;
  const year = typeof row.year === 'number' ? row.year : 0;
  return {
    ...(rest as unknown as Evaluation),
    year,
    scheme: { total, decimals: 1, indicators, deductions: [], grading: { mode: 'threshold', excellent: 90 * scale, good: 80 * scale, pass: 60 * scale } },
    inputs,
    ...(rows.length ? { result: { computedAt: str(row.updatedAt) || str(row.createdAt), asOf: `${year}-12-31`, rows, notes: ['由旧版本的考评结果转换而来，修改方案或重新计算后更新'] } } : {}),
  };
}
