// The quick grid of a township's month (月报快速录入): one row per pairing owing the month,
// the report's fields and the figures of the ledger types chosen, typed or pasted as text.
// Rows are read into report inputs and checked by the same checkReport as the form and the
// import; every problem comes back with its row and column. A row left blank is a pairing
// that has not reported (nothing is written for it).
import type { IsoDate, MonthlyReport, Pairing } from './types';
import type { LedgerType } from './ledger-catalog';
import { fieldHeader } from './ledger-catalog';
import { isBlank, normalizeForParsing } from './normalize';
import { parseDate } from './parse-date';
import { checkReport, REPORT_FIELD_LABELS, type ReportInput } from './schemas/monthly-report';

export type ReportGridColumn = {
  /** 'active', 'summary', … or 'figures.<type>.<field>'. */
  key: string;
  header: string;
  /** Choices offered while typing (是/否, enum options). */
  options?: readonly string[];
  wide?: boolean;
};

const OWN_COLUMNS: ReportGridColumn[] = [
  { key: 'active', header: REPORT_FIELD_LABELS.active, options: ['是', '否'] },
  { key: 'summary', header: REPORT_FIELD_LABELS.summary, wide: true },
  { key: 'problems', header: REPORT_FIELD_LABELS.problems, wide: true },
  { key: 'nextPlan', header: REPORT_FIELD_LABELS.nextPlan, wide: true },
  { key: 'reporter', header: REPORT_FIELD_LABELS.reporter },
  { key: 'submittedDate', header: REPORT_FIELD_LABELS.submittedDate },
];

export function reportGridColumns(types: readonly LedgerType[]): ReportGridColumn[] {
  return [
    ...OWN_COLUMNS,
    ...types.flatMap((t) =>
      t.fields.map((f): ReportGridColumn => ({ key: `figures.${t.key}.${f.key}`, header: `${t.name}·${fieldHeader(f)}`, options: f.kind === 'bool' ? ['是', '否'] : f.options })),
    ),
  ];
}

const YES = new Set(['是', '有', 'Y', 'YES', '1', '√', '开展']);
const NO = new Set(['否', '无', 'N', 'NO', '0', '×', '未开展', '没有']);

/** 是/否 typed in a cell: true, false, null (blank) or undefined (not understood). */
export function parseYesNo(text: string): boolean | null | undefined {
  const t = normalizeForParsing(text).toUpperCase();
  if (t === '') return null;
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return undefined;
}

/** A stored report as grid cells (for the rows already reported). */
export function reportToCells(report: MonthlyReport, columns: readonly ReportGridColumn[]): string[] {
  return columns.map((c) => {
    if (c.key === 'active') return report.active ? '是' : '否';
    if (c.key.startsWith('figures.')) {
      const [, type, field] = c.key.split('.');
      const v = report.figures?.[type]?.[field];
      return v === null || v === undefined ? '' : typeof v === 'boolean' ? (v ? '是' : '否') : String(v);
    }
    const v = report[c.key as 'summary' | 'problems' | 'nextPlan' | 'reporter' | 'submittedDate'];
    return v ?? '';
  });
}

export type GridRow = { pairing: Pick<Pairing, 'id' | 'code' | 'approvedDate' | 'endedDate'>; existing?: MonthlyReport; cells: readonly string[] };
export type ReportGridIssue = { row: number; column: string; message: string };

/**
 * The grid's rows → report inputs, or the issues of every bad cell. `month` is the grid's;
 * figures of types an existing report has but the grid does not show are kept.
 */
export function readReportGrid(month: string, columns: readonly ReportGridColumn[], rows: readonly GridRow[], today: IsoDate): { inputs: (ReportInput & { row: number })[]; issues: ReportGridIssue[] } {
  const inputs: (ReportInput & { row: number })[] = [];
  const issues: ReportGridIssue[] = [];
  const shownTypes = new Set(columns.filter((c) => c.key.startsWith('figures.')).map((c) => c.key.split('.')[1]));
  rows.forEach(({ pairing, existing, cells }, row) => {
    if (cells.every((c) => isBlank(c))) {
      if (existing) issues.push({ row, column: '', message: '该联建本月已报送，不能在此清空；如需删除，请在列表中删除该月报' });
      return;
    }
    const at = (key: string) => cells[columns.findIndex((c) => c.key === key)] ?? '';
    const input: ReportInput & { row: number } = { row, pairingId: pairing.id, month, figures: {} };
    const active = parseYesNo(at('active'));
    if (active === undefined) issues.push({ row, column: 'active', message: `「是否开展活动」应填“是”或“否”，实际为「${at('active')}」` });
    else input.active = active;
    input.summary = at('summary');
    input.problems = at('problems');
    input.nextPlan = at('nextPlan');
    input.reporter = at('reporter');
    const dateText = at('submittedDate');
    if (!isBlank(dateText)) {
      const d = parseDate(dateText);
      if (!d.ok) issues.push({ row, column: 'submittedDate', message: `「报送日期」${d.error}` });
      else if (d.value && d.value.precision !== 'day') issues.push({ row, column: 'submittedDate', message: '「报送日期」应填写到日，如 2009-01-03' });
      else input.submittedDate = d.value?.iso;
    } else if (existing) input.submittedDate = existing.submittedDate;
    for (const [type, figures] of Object.entries(existing?.figures ?? {})) if (!shownTypes.has(type)) input.figures![type] = figures;
    for (const c of columns) {
      if (!c.key.startsWith('figures.')) continue;
      const [, type, field] = c.key.split('.');
      (input.figures![type] ??= {})[field] = at(c.key);
    }
    if (issues.some((i) => i.row === row)) return;
    const checked = checkReport(input, pairing, today);
    if (!checked.ok) {
      for (const i of checked.issues) {
        const column = columns.some((c) => c.key === i.field) ? i.field : i.field.startsWith('figures.') ? (columns.find((c) => c.key.startsWith(`${i.field}.`))?.key ?? '') : '';
        issues.push({ row, column, message: i.message });
      }
      return;
    }
    inputs.push(input);
  });
  return { inputs: issues.length ? [] : inputs, issues };
}
