// 月报 content as the form, the quick grid, the import and the restore check it: the text
// fields (normalized, with limits), 是否开展活动, the 报送日期, and the ledger figures a
// report carries (per catalog type, checked by the catalog's own validation). checkReport
// adds the rules that need the pairing and today: the month window and the 报送日期 range.
import { z } from 'zod';
import type { FigureValue, IsoDate, MonthlyReport, Pairing } from '../types';
import { validateFigures } from '../ledger-validate';
import { isBlank, normalizeText } from '../normalize';
import { REPORT_LEDGER_TYPES, reportMonthIssue, submittedDateIssue } from '../monthly-report';

export const REPORT_TEXT_LIMITS = { summary: 1000, problems: 500, nextPlan: 500, reporter: 20 } as const;

/** Labels of the report's own fields, by field key (messages, grid and template headers). */
export const REPORT_FIELD_LABELS = {
  month: '月份',
  active: '是否开展活动',
  summary: '活动情况',
  problems: '存在问题',
  nextPlan: '下月计划',
  reporter: '填报人',
  submittedDate: '报送日期',
} as const;

const text = (key: keyof typeof REPORT_TEXT_LIMITS) =>
  z
    .string({ error: `${REPORT_FIELD_LABELS[key]}应为文字` })
    .nullish()
    .transform((s) => (s == null ? '' : normalizeText(s)))
    .pipe(z.string().max(REPORT_TEXT_LIMITS[key], `${REPORT_FIELD_LABELS[key]}不能超过${REPORT_TEXT_LIMITS[key]}个字`));

const figureMap = z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()]));

/** A stored report's shape (restore runs it over every row of the table). */
export const monthlyReportSchema = z.object({
  pairingId: z.string({ error: '请选择联建' }).min(1, '请选择联建'),
  month: z.string({ error: '请填写月份' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份应为 2008-03 的形式'),
  submittedDate: z.string({ error: '请填写报送日期' }).regex(/^\d{4}-\d{2}-\d{2}$/, '报送日期应为 2008-04-03 的形式'),
  active: z.boolean({ error: '请填写是否开展活动' }),
  summary: text('summary'),
  problems: text('problems').optional(),
  nextPlan: text('nextPlan').optional(),
  reporter: text('reporter').optional(),
  figures: z.record(z.string(), figureMap).optional(),
});

/** What a user gives for one report (form values, grid cells, an import row), before checking. */
export type ReportInput = {
  pairingId: string;
  month: string;
  /** null/undefined: not said. */
  active?: boolean | null;
  summary?: string | null;
  problems?: string | null;
  nextPlan?: string | null;
  reporter?: string | null;
  /** Blank means today (the day it is entered or imported). */
  submittedDate?: string | null;
  /** Raw figures per ledger type key, as typed or converted from cells. */
  figures?: Record<string, Record<string, unknown>>;
};

/** The checked content, ready to store. */
export type ReportContent = Pick<MonthlyReport, 'pairingId' | 'month' | 'submittedDate' | 'active' | 'summary' | 'problems' | 'nextPlan' | 'reporter' | 'figures'>;

/** `field` is a key of REPORT_FIELD_LABELS, or 'figures.<type>.<field>' (or 'figures.<type>' for a check across fields). */
export type ReportIssue = { field: string; message: string };

const givenFigure = (v: unknown) => v !== false && !isBlank(v);

/** Whether any figure of the type was given (a ticked box alone says nothing). */
export const typeGiven = (raw: Record<string, unknown> | undefined): boolean => Object.values(raw ?? {}).some(givenFigure);

/**
 * One report checked with everything that decides it: its fields, its figures, the month
 * window of its pairing (undefined pairing: refused) and the 报送日期 against today.
 */
export function checkReport(input: ReportInput, pairing: Pick<Pairing, 'id' | 'code' | 'approvedDate' | 'endedDate'> | undefined, today: IsoDate): { ok: true; value: ReportContent } | { ok: false; issues: ReportIssue[] } {
  const issues: ReportIssue[] = [];
  if (!pairing) issues.push({ field: 'pairingId', message: '所属联建不存在或已删除' });
  else {
    const window = reportMonthIssue(pairing, input.month, today);
    if (window) issues.push({ field: 'month', message: window });
  }
  const submittedDate = isBlank(input.submittedDate) ? today : String(input.submittedDate);
  const dateIssue = submittedDateIssue(input.month, submittedDate, today);
  if (dateIssue) issues.push({ field: 'submittedDate', message: dateIssue });

  const figures: Record<string, Record<string, FigureValue>> = {};
  for (const type of REPORT_LEDGER_TYPES) {
    const raw = input.figures?.[type.key];
    if (!typeGiven(raw)) continue;
    const checked = validateFigures(type, raw!);
    for (const e of checked.errors) issues.push({ field: e.field ? `figures.${type.key}.${e.field}` : `figures.${type.key}`, message: `${type.name}：${e.message}` });
    figures[type.key] = checked.figures;
  }

  if (input.active === null || input.active === undefined) issues.push({ field: 'active', message: '请填写是否开展活动（是/否）' });
  else if (input.active && isBlank(input.summary)) issues.push({ field: 'summary', message: '开展了活动，请填写活动情况' });
  else if (!input.active && Object.keys(figures).length) issues.push({ field: 'active', message: '未开展活动，不能填写台账数字' });

  const parsed = monthlyReportSchema.safeParse({
    pairingId: input.pairingId,
    month: input.month,
    submittedDate,
    active: input.active ?? false,
    summary: input.summary,
    problems: input.problems,
    nextPlan: input.nextPlan,
    reporter: input.reporter,
  });
  if (!parsed.success) {
    for (const i of parsed.error.issues) {
      const field = String(i.path[0] ?? '');
      if (!issues.some((x) => x.field === field)) issues.push({ field, message: i.message });
    }
  }
  if (issues.length || !parsed.success) return { ok: false, issues };
  const d = parsed.data;
  const value: ReportContent = { pairingId: d.pairingId, month: d.month, submittedDate: d.submittedDate, active: d.active, summary: d.summary };
  if (d.problems) value.problems = d.problems;
  if (d.nextPlan) value.nextPlan = d.nextPlan;
  if (d.reporter) value.reporter = d.reporter;
  if (Object.keys(figures).length) value.figures = figures;
  return { ok: true, value };
}

/** Issues as one line each, prefixed with the field's label (store refusals, toasts). */
export function issueLines(issues: readonly ReportIssue[], prefix = ''): string[] {
  return issues.map((i) => {
    const label = (REPORT_FIELD_LABELS as Record<string, string>)[i.field];
    const text = label && !i.message.includes(label) ? `${label}：${i.message}` : i.message;
    return prefix ? `${prefix}：${text}` : text;
  });
}
