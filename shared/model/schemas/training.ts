// The record rules of 骨干培训班 and their trainees: one set for the class form, the roster,
// the class-list import and restore. 期次 is written 「第3期」 however it was typed (3, 第三期,
// 三期), so classes sort and match by their number.
import { z } from 'zod';
import { normalizeHeader, normalizeText } from '../normalize';
import { parseDate } from '../parse-date';
import type { TrainingClass } from '../training';
import { optionalText, requiredRef, requiredText } from './common';
import { PERSON_ORG_KINDS } from './person';

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 「12」「十二」「二十」「一百」 → 12, 12, 20, 100; anything else → null. */
export function parseOrdinal(text: string): number | null {
  if (/^\d{1,4}$/.test(text)) return Number(text);
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (m && text !== '' && (m[2] || (m[1] && !m[3]))) {
    if (!m[2]) return DIGITS[m[1]!]!;
    return (m[1] ? DIGITS[m[1]]! : 1) * 10 + (m[3] ? DIGITS[m[3]]! : 0);
  }
  if (text === '一百') return 100;
  return null;
}

/** The number of a 期次 (「第3期」「第三期」「3期」「3」 → 3), or null when it has none. */
export function sessionNumber(raw: unknown): number | null {
  const text = normalizeHeader(raw);
  const whole = /^第?(.+?)期?$/.exec(text);
  const inside = /第([^第期]{1,4})期/.exec(text);
  return (whole && parseOrdinal(whole[1]!)) ?? (inside && parseOrdinal(inside[1]!));
}

/** 期次 as stored: 「第N期」 when it has a number, else the text as typed (e.g. 「春季班」). */
export function formatSession(raw: unknown): string {
  const n = sessionNumber(raw);
  return n === null ? normalizeText(raw) : `第${n}期`;
}

/** A class as lists and messages name it: its name, with the 期次 unless the name says it already. */
export function classLabel(c: Pick<TrainingClass, 'name' | 'session'>): string {
  if (!c.session) return c.name;
  const n = sessionNumber(c.session);
  const inName = [...c.name.matchAll(/第([^期第]{1,4})期/g)].some((m) => (n !== null ? parseOrdinal(m[1]!) === n : `第${m[1]}期` === c.session));
  return inName || c.name.includes(c.session) ? c.name : `${c.name}（${c.session}）`;
}

/**
 * What makes two class records the same class: the year and 期次 (numbering may start again
 * each year), or — for a class without 期次 — its name and opening date.
 */
export function classKey(c: { session?: unknown; name?: unknown; startDate?: unknown }): string | null {
  const start = typeof c.startDate === 'string' ? c.startDate : '';
  if (!start) return null;
  if (c.session !== undefined && c.session !== null && normalizeText(c.session) !== '') {
    const n = sessionNumber(c.session);
    return `${start.slice(0, 4)}|${n === null ? `s:${normalizeHeader(c.session)}` : n}`;
  }
  const name = normalizeHeader(c.name ?? '');
  return name ? `${start}|n:${name}` : null;
}

/** How a duplicate class is described: 「2008年第3期」 or 「2008-03-17 开班的「…」」. */
export function classKeyText(c: Pick<TrainingClass, 'session' | 'name' | 'startDate'>): string {
  return c.session ? `${c.startDate.slice(0, 4)}年${c.session}` : `${c.startDate} 开班的「${c.name}」`;
}

const requiredDay = (label: string) =>
  z.unknown().transform((raw, ctx) => {
    const r = parseDate(raw);
    if (!r.ok || r.value === null) {
      ctx.addIssue({ code: 'custom', message: r.ok ? `请填写${label}` : `${label}：${r.error}` });
      return z.NEVER;
    }
    if (r.value.precision !== 'day') {
      ctx.addIssue({ code: 'custom', message: `${label}应写到日，如 ${r.value.iso.slice(0, 4)}-03-17` });
      return z.NEVER;
    }
    return r.value.iso;
  });

const optionalDay = (label: string) =>
  z
    .unknown()
    .transform((raw, ctx) => {
      if (raw == null || (typeof raw === 'string' && normalizeText(raw) === '')) return undefined;
      const r = requiredDay(label).safeParse(raw);
      if (!r.success) {
        ctx.addIssue({ code: 'custom', message: r.error.issues[0]!.message });
        return z.NEVER;
      }
      return r.data;
    })
    .optional();

const optionalNumber = (label: string, options: { int: boolean; max: number }) =>
  z
    .number({ error: `${label}应为${options.int ? '非负整数' : '非负数'}` })
    .min(0, `${label}不能为负数`)
    .max(options.max, `${label}不能超过${options.max}`)
    .refine((v) => !options.int || Number.isInteger(v), `${label}应为整数`)
    .nullish()
    .transform((v) => v ?? undefined)
    .optional();

export const trainingClassSchema = z
  .object({
    session: optionalText('期次', 20).transform((s) => (s ? formatSession(s) : undefined)),
    name: requiredText('培训班名称', 60),
    startDate: requiredDay('开班日期'),
    endDate: optionalDay('结业日期'),
    place: optionalText('培训地点', 60),
    organizer: optionalText('主办单位', 60),
    content: optionalText('培训内容', 2000),
    hours: optionalNumber('学时', { int: false, max: 1000 }),
    unlistedCount: optionalNumber('名单外学员', { int: true, max: 100_000 }),
    remark: optionalText('备注', 500),
  })
  .superRefine((c, ctx) => {
    if (c.endDate && c.endDate < c.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: `结业日期（${c.endDate}）不能早于开班日期（${c.startDate}）` });
  });

export type TrainingClassInput = z.input<typeof trainingClassSchema>;

export const traineeSchema = z
  .object({
    classId: requiredRef('请选择培训班'),
    personId: requiredRef('请选择学员'),
    name: requiredText('姓名', 20),
    orgKind: z
      .enum(PERSON_ORG_KINDS, { error: '单位类型应为企业、村或无' })
      .nullish()
      .transform((v) => v ?? 'none'),
    orgId: optionalText('单位', 64),
    orgName: optionalText('单位', 60),
    post: optionalText('职务', 40),
    seq: z.number({ error: '序号应为非负整数' }).int('序号应为非负整数').min(0, '序号应为非负整数'),
    remark: optionalText('备注', 200),
  })
  .superRefine((t, ctx) => {
    if (t.orgKind !== 'none' && !t.orgId) ctx.addIssue({ code: 'custom', path: ['orgId'], message: '请选择学员所在的企业或村' });
  })
  .transform((t) => (t.orgKind === 'none' ? { ...t, orgId: undefined } : t));

export type TraineeInput = z.input<typeof traineeSchema>;
