// A calendar day as forms, imports and restore give it (a Date, 2008-03-17, 2008年3月17日,
// an Excel serial…), stored as YYYY-MM-DD; a month alone is refused where the day matters.
import { z } from 'zod';
import { normalizeText } from '../normalize';
import { parseDate } from '../parse-date';

export const requiredDay = (label: string) =>
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

export const optionalDay = (label: string) =>
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

/** Ids picked in a multiple picker: distinct, non-empty strings (blank → none). */
export const idList = (label: string, max = 500) =>
  z
    .array(z.string({ error: `${label}应为所选记录` }).min(1, `${label}应为所选记录`), { error: `${label}应为列表` })
    .max(max, `${label}最多${max}个`)
    .nullish()
    .transform((ids) => [...new Set(ids ?? [])]);
