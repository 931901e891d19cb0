// 季度督查 and 整改事项 as every door checks them (the forms, the repository, a restore):
// the round's quarter, team and dates; each visit's pairing and finding; each item's
// problem, requirement, responsible unit and deadline; 已整改 only with its 复查 date and
// reviewer. Checks against other records (the pairing exists, dates against the round and
// today) are in roundIssues / rectificationIssues, which take them as arguments.
import { z } from 'zod';
import { INSPECTION_RATINGS, QUARTERS, RECTIFICATION_STATES, type InspectionRound, type Rectification } from '../inspection';
import { normalizeText } from '../normalize';
import { parseDate } from '../parse-date';
import { optionalText, requiredRef, requiredText } from './common';
import { imprintDraftFields } from './imprint';

/** A calendar date to the day (any form parseDate accepts) stored as YYYY-MM-DD, or blank. */
const optionalDate = (label: string) =>
  z.unknown().transform((raw, ctx): string | undefined => {
    if (raw == null || (typeof raw === 'string' && normalizeText(raw) === '')) return undefined;
    const r = parseDate(raw);
    if (!r.ok || r.value === null || r.value.precision !== 'day') {
      ctx.addIssue({ code: 'custom', message: `${label}：${r.ok ? '请填写到日，如 2008-10-31' : r.error}` });
      return z.NEVER;
    }
    return r.value.iso;
  });

const requiredDate = (label: string) =>
  optionalDate(label).transform((v, ctx): string => {
    if (v === undefined) {
      ctx.addIssue({ code: 'custom', message: `请填写${label}` });
      return z.NEVER;
    }
    return v;
  });

export const visitSchema = z.object({
  pairingId: requiredRef('请选择督查的联建点'),
  date: optionalDate('督查日期').optional(),
  rating: z
    .union([z.enum(INSPECTION_RATINGS), z.literal(''), z.null(), z.undefined()], { error: `督查评价应为 ${INSPECTION_RATINGS.join('、')} 之一` })
    .transform((v) => v || undefined)
    .optional(),
  finding: requiredText('督查发现', 1000, '请填写督查发现的情况'),
});

export const inspectionRoundSchema = z
  .object({
    year: z.number({ error: '请填写年度' }).int('年度应为整数').min(1990, '年度应在1990至2100之间').max(2100, '年度应在1990至2100之间'),
    quarter: z.union(QUARTERS.map((q) => z.literal(q)) as [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>, z.ZodLiteral<4>], { error: '请选择季度' }),
    team: requiredText('督查组成员', 200, '请填写督查组成员'),
    leader: optionalText('带队领导', 30),
    startDate: requiredDate('督查开始日期'),
    endDate: requiredDate('督查结束日期'),
    visits: z.array(visitSchema).max(2000, '一次督查最多2000个联建点').default([]),
    summary: optionalText('总体情况', 3000),
    noticeNumber: optionalText('通报文号', 40),
    noticeDate: optionalDate('通报日期').optional(),
    noticeImprint: z.object(imprintDraftFields).optional(),
  })
  .superRefine((r, ctx) => {
    if (r.startDate && r.endDate && r.endDate < r.startDate) ctx.addIssue({ code: 'custom', message: `督查结束日期（${r.endDate}）不能早于开始日期（${r.startDate}）` });
    if (r.startDate && Number(r.startDate.slice(0, 4)) < r.year) ctx.addIssue({ code: 'custom', message: `督查开始日期（${r.startDate}）早于督查年度（${r.year}年）` });
    const seen = new Set<string>();
    for (const v of r.visits) {
      if (seen.has(v.pairingId)) ctx.addIssue({ code: 'custom', message: '同一联建点在本次督查中只能登记一次' });
      seen.add(v.pairingId);
      if (v.date && r.startDate && r.endDate && (v.date < r.startDate || v.date > r.endDate)) {
        ctx.addIssue({ code: 'custom', message: `督查日期（${v.date}）不在本次督查的日期（${r.startDate}至${r.endDate}）内` });
      }
    }
  });

export type InspectionRoundInput = z.input<typeof inspectionRoundSchema>;

export const rectificationSchema = z
  .object({
    inspectionId: requiredRef('整改事项须属于一次督查'),
    pairingId: requiredRef('请选择整改的联建点'),
    problem: requiredText('存在问题', 500),
    requirement: requiredText('整改要求', 500),
    responsible: requiredText('责任单位', 100),
    deadline: requiredDate('整改期限'),
    status: z.enum(RECTIFICATION_STATES, { error: `整改状态应为 ${RECTIFICATION_STATES.join('、')} 之一` }),
    progress: optionalText('整改情况', 1000),
    reviewDate: optionalDate('复查日期').optional(),
    reviewer: optionalText('复查人', 30),
  })
  .transform((r, ctx) => {
    if (r.status !== '已整改') return { ...r, reviewDate: undefined, reviewer: undefined };
    if (!r.reviewDate) ctx.addIssue({ code: 'custom', message: '整改完成须填写复查日期' });
    if (!r.reviewer) ctx.addIssue({ code: 'custom', message: '整改完成须填写复查人' });
    if (!r.progress) ctx.addIssue({ code: 'custom', message: '整改完成须填写整改情况' });
    return r;
  });

export type RectificationInput = z.input<typeof rectificationSchema>;

/** Checks of a round against today and the pairings it names. */
export function roundIssues(r: Pick<InspectionRound, 'startDate' | 'visits'>, today: string, pairingCode: (id: string) => { code: string; approvedDate?: string } | undefined): string[] {
  const issues: string[] = [];
  if (r.startDate > today) issues.push(`督查开始日期（${r.startDate}）不能晚于今天（${today}）`);
  for (const v of r.visits) {
    const p = pairingCode(v.pairingId);
    if (!p) issues.push('所督查的联建点不存在或已删除');
    else if (!p.approvedDate) issues.push(`联建「${p.code}」尚未批准，不能督查`);
    if (v.date && v.date > today) issues.push(`督查日期（${v.date}）不能晚于今天（${today}）`);
  }
  return issues;
}

/** Checks of an item against its round and today: visited pairing, deadline after the start, 复查 not in the future. */
export function rectificationIssues(
  r: Pick<Rectification, 'pairingId' | 'deadline' | 'reviewDate'>,
  round: Pick<InspectionRound, 'startDate' | 'visits'>,
  today: string,
): string[] {
  const issues: string[] = [];
  if (!round.visits.some((v) => v.pairingId === r.pairingId)) issues.push('整改的联建点须是本次督查的联建点，请先在「督查情况」中添加');
  if (r.deadline < round.startDate) issues.push(`整改期限（${r.deadline}）不能早于督查开始日期（${round.startDate}）`);
  if (r.reviewDate && r.reviewDate > today) issues.push(`复查日期（${r.reviewDate}）不能晚于今天（${today}）`);
  if (r.reviewDate && r.reviewDate < round.startDate) issues.push(`复查日期（${r.reviewDate}）不能早于督查开始日期（${round.startDate}）`);
  return issues;
}
