// The record rules of 骨干培训班 and their trainees: one set for the class form, the roster,
// the class-list import and restore. 期次 is written 「第3期」 however it was typed (3, 第三期,
// 三期), so classes sort and match by their number.
import { z } from 'zod';
import { normalizeText } from '../normalize';
import { parseDate } from '../parse-date';
import { formatSession } from '../training-session';
import { optionalText, requiredRef, requiredText } from './common';
import { PERSON_ORG_KINDS } from './person';

export { classKey, classKeyText, classLabel, formatSession, parseOrdinal, sessionNumber } from '../training-session';

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
