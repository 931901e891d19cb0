// 版记 of a document as the office edits it in the document's tab: 抄送机关, 印发机关 and
// 印发日期. Blank parts fall back to the defaults of 设置 (office.copyTo, office.printingOrg) and
// to the document's own date (shared/reports/imprint.ts writes the 版记 from the result).
import { z } from 'zod';
import { normalizeText } from '../normalize';
import { parseDate } from '../parse-date';
import type { IsoDate } from '../types';

export type ImprintDraft = {
  /** 抄送机关, separated by 、，；or line breaks; '' when the office removed it. */
  copyTo?: string;
  /** 印发机关; '' when the office wants no 版记. */
  printingOrg?: string;
  /** 印发日期 */
  printDate?: IsoDate;
};

const optionalDate = (label: string) =>
  z
    .unknown()
    .transform((raw, ctx) => {
      if (raw == null || (typeof raw === 'string' && normalizeText(raw) === '')) return undefined;
      const r = parseDate(raw);
      if (!r.ok || (r.value && r.value.precision !== 'day')) {
        ctx.addIssue({ code: 'custom', message: `${label}：${r.ok ? '请填写到日，如 2008-12-03' : r.error}` });
        return z.NEVER;
      }
      return r.value?.iso;
    })
    .optional();

/**
 * Text kept even when emptied: a blank 抄送 the office saved means 「none」, where a missing one
 * means 「as in 设置」.
 */
const keptText = (label: string, max: number) =>
  z
    .string({ error: `${label}应为文字` })
    .nullish()
    .transform((s) => (s == null ? undefined : normalizeText(s)))
    .pipe(z.string().max(max, `${label}不能超过${max}个字`).optional())
    .optional();

/** The 版记 fields of a document draft; merge into the draft's own schema. */
export const imprintDraftFields = {
  copyTo: keptText('抄送机关', 200),
  printingOrg: keptText('印发机关', 40),
  printDate: optionalDate('印发日期'),
};

/** The office's defaults and the document's date fill what the draft leaves blank. */
export function resolveImprint(
  draft: ImprintDraft | undefined,
  defaults: { copyTo?: string; printingOrg?: string },
  fallbackDate: IsoDate,
): { copyTo?: string; printingOrg: string; printDate: IsoDate } | undefined {
  const printingOrg = (draft?.printingOrg ?? defaults.printingOrg ?? '').trim();
  // No 印发机关, no 版记: the office has not said who prints it.
  if (!printingOrg) return undefined;
  return { copyTo: draft?.copyTo ?? defaults.copyTo, printingOrg, printDate: draft?.printDate ?? fallbackDate };
}
