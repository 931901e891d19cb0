// Building blocks of the registry schemas (村, 企业, 人员). Every message names its field in
// Chinese, because the same messages appear under a form field, in a save error and in an
// import preview next to the row and column.
import { z } from 'zod';
import { normalizeText } from '../normalize';
import { parseDate } from '../parse-date';
import { validatePhone } from '../phone';
import type { Result } from '../result';

/** Text that must be there: normalized, then 1..max characters. */
export const requiredText = (label: string, max: number, emptyMessage = `请填写${label}`) =>
  z
    .string({ error: emptyMessage })
    .transform((s) => normalizeText(s))
    .pipe(z.string().min(1, emptyMessage).max(max, `${label}不能超过${max}个字`));

/** Text that may be blank (blank is stored as undefined). */
export const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label}应为文字` })
    .nullish()
    .transform((s) => (s == null ? '' : normalizeText(s)))
    .pipe(z.string().max(max, `${label}不能超过${max}个字`))
    .transform((s) => (s ? s : undefined))
    .optional();

/** A count of people, households…: a whole number ≥ 0, or blank. */
export const optionalCount = (label: string) =>
  z
    .number({ error: `${label}应为非负整数` })
    .int(`${label}应为非负整数`)
    .min(0, `${label}应为非负整数`)
    .max(Number.MAX_SAFE_INTEGER, `${label}数值过大`)
    .nullish()
    .transform((v) => v ?? undefined)
    .optional();

/** An amount (万元…): a number ≥ 0, or blank. */
export const optionalAmount = (label: string) =>
  z
    .number({ error: `${label}应为非负数` })
    .min(0, `${label}应为非负数`)
    .max(Number.MAX_SAFE_INTEGER, `${label}数值过大`)
    .refine((v) => Number.isFinite(v), `${label}应为非负数`)
    .nullish()
    .transform((v) => v ?? undefined)
    .optional();

/** One of a fixed list, or blank. */
export const optionalChoice = <T extends readonly [string, ...string[]]>(label: string, values: T) =>
  z
    .union([z.enum(values), z.literal(''), z.null(), z.undefined()], { error: `${label}应为 ${values.join('、')} 之一` })
    .transform((v) => (v ? v : undefined))
    .optional();

/**
 * A field checked by one of the model's validators (USCC, ID card, phone): blank is allowed
 * and stored as undefined, anything else must pass and is stored normalized.
 */
export const optionalValidated = (check: (raw: unknown) => Result<string>) =>
  z.unknown().transform((raw, ctx) => {
    if (raw == null || (typeof raw === 'string' && normalizeText(raw) === '')) return undefined;
    const r = check(raw);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: r.error });
      return z.NEVER;
    }
    return r.value;
  })
  .optional();

export const optionalPhone = (label: string) => optionalValidated((raw) => validatePhone(raw, label));

/** A calendar date (any form parseDate accepts) stored as YYYY-MM-DD, not after today, or blank. */
export const optionalPastDate = (label: string) =>
  z.unknown().transform((raw, ctx) => {
    if (raw == null || (typeof raw === 'string' && normalizeText(raw) === '')) return undefined;
    const r = parseDate(raw);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: `${label}：${r.error}` });
      return z.NEVER;
    }
    if (r.value === null) return undefined;
    if (r.value.iso > localToday()) {
      ctx.addIssue({ code: 'custom', message: `${label}不能晚于今天` });
      return z.NEVER;
    }
    return r.value.iso;
  })
  .optional();

/** Today's calendar day where the user is, as YYYY-MM-DD. */
export const localToday = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** An id chosen in a picker: required, non-empty. */
export const requiredRef = (message: string) => z.string({ error: message }).min(1, message);

/** 联系人 and 联系电话, the same on a village and an enterprise. */
export const contactFields = {
  contactName: optionalText('联系人', 20),
  contactPhone: optionalPhone('联系电话'),
};
