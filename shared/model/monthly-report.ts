// 月报 (monthly activity reports) as pure rules: which months a pairing reports for (the
// month window), when a report is late (the deadline day the office sets), what counts as
// reported, and the report rate. The form, the quick grid, the import, the board, the
// archive page, the responsibility view and the dashboard all ask these functions, so they
// can never disagree about whether a pairing has reported.
//
// Months are 'YYYY-MM' and dates 'YYYY-MM-DD'; both compare as strings.
import type { IsoDate, IsoMonth, MonthlyReport, Pairing } from './types';
import { LEDGER_TYPES, type LedgerType } from './ledger-catalog';
import { daysInMonth } from './parse-date';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const isIsoMonth = (m: unknown): m is IsoMonth => typeof m === 'string' && MONTH.test(m);

/** 2008-03 → 2008年3月 (documents and messages; month never zero-padded). */
export function monthLabel(month: IsoMonth): string {
  const m = MONTH.exec(month);
  return m ? `${m[1]}年${Number(m[2])}月` : month;
}

/** 2008-04-05 → 2008年4月5日 (GB/T 9704: month and day never zero-padded). */
export function dateLabel(date: IsoDate): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : date;
}

export function addMonths(month: IsoMonth, n: number): IsoMonth {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The twelve months of a year, January first. */
export const monthsOfYear = (year: number): IsoMonth[] => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);

// ---- the month window ---------------------------------------------------------------------

type WindowPairing = Pick<Pairing, 'code' | 'approvedDate' | 'endedDate'>;

/**
 * Why `month` cannot be reported for the pairing, or null when it can: a pairing reports
 * from the month it was approved through the month it ended, and never for a month that has
 * not begun. The one rule behind the form, the grid, the import and the board.
 */
export function reportMonthIssue(p: WindowPairing, month: string, today: IsoDate): string | null {
  if (!isIsoMonth(month)) return '请填写月报月份，如 2008-03';
  if (!p.approvedDate) return `联建「${p.code}」尚未批准，不能报送月报`;
  if (month < p.approvedDate.slice(0, 7)) return `月报月份（${monthLabel(month)}）早于联建「${p.code}」的批准日期（${p.approvedDate}）`;
  if (p.endedDate && month > p.endedDate.slice(0, 7)) return `月报月份（${monthLabel(month)}）晚于联建「${p.code}」的终止日期（${p.endedDate}）`;
  if (month > today.slice(0, 7)) return `月报月份（${monthLabel(month)}）还没有到，不能提前报送`;
  return null;
}

/** Whether a live pairing owes a report for `month` (应报): the month window without the "not yet begun" part. */
export function isReportDue(p: WindowPairing & Pick<Pairing, 'deleted'>, month: IsoMonth): boolean {
  if (p.deleted || !p.approvedDate) return false;
  if (month < p.approvedDate.slice(0, 7)) return false;
  return !(p.endedDate && month > p.endedDate.slice(0, 7));
}

/** Why a report dated `submitted` cannot be for `month`, or null: not before the month began, not after today. */
export function submittedDateIssue(month: IsoMonth, submitted: string, today: IsoDate): string | null {
  if (!DATE.test(submitted)) return '请填写报送日期';
  if (submitted > today) return `报送日期（${submitted}）不能晚于今天（${today}）`;
  if (isIsoMonth(month) && submitted < `${month}-01`) return `报送日期（${submitted}）早于月报月份（${monthLabel(month)}）`;
  return null;
}

// ---- deadline and lateness ----------------------------------------------------------------

export const DEFAULT_DEADLINE_DAY = 5;

/** The deadline of `month`'s report: day `day` of the next month (the month's last day when shorter). */
export function reportDeadline(month: IsoMonth, day: number): IsoDate {
  const next = addMonths(month, 1);
  const [y, m] = next.split('-').map(Number);
  const d = Math.min(Math.max(1, Math.trunc(day)), daysInMonth(y, m));
  return `${next}-${String(d).padStart(2, '0')}`;
}

/**
 * 按时报送 / 逾期报送 for a report; 未报 while the deadline has not passed, 逾期未报 after it.
 * A report submitted on the deadline day is on time.
 */
export type ReportStatus = 'onTime' | 'late' | 'pending' | 'overdue';

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = { onTime: '按时报送', late: '逾期报送', pending: '未报', overdue: '逾期未报' };

export function reportStatus(report: Pick<MonthlyReport, 'submittedDate'> | undefined, month: IsoMonth, deadlineDay: number, today: IsoDate): ReportStatus {
  const deadline = reportDeadline(month, deadlineDay);
  if (report) return report.submittedDate <= deadline ? 'onTime' : 'late';
  return today > deadline ? 'overdue' : 'pending';
}

export const isReported = (s: ReportStatus): boolean => s === 'onTime' || s === 'late';

// ---- rates ---------------------------------------------------------------------------------

/** Counts behind a rate: 应报 (due), 已报 (reported, on time or late), of which 按时 and 逾期. */
export type ReportCounts = { due: number; reported: number; onTime: number; late: number };

export const emptyCounts = (): ReportCounts => ({ due: 0, reported: 0, onTime: 0, late: 0 });

export function addStatus(c: ReportCounts, s: ReportStatus): void {
  c.due++;
  if (s === 'onTime') {
    c.reported++;
    c.onTime++;
  } else if (s === 'late') {
    c.reported++;
    c.late++;
  }
}

export function addCounts(into: ReportCounts, c: ReportCounts): void {
  into.due += c.due;
  into.reported += c.reported;
  into.onTime += c.onTime;
  into.late += c.late;
}

/** 已报 ÷ 应报, or null when nothing was due (no rate, not 0%). */
export const reportRate = (c: Pick<ReportCounts, 'due' | 'reported'>): number | null => (c.due === 0 ? null : c.reported / c.due);

/** 85.7% / 100% / —, one decimal where needed. */
export function formatRate(rate: number | null): string {
  if (rate === null) return '—';
  const pct = Math.round(rate * 1000) / 10;
  return `${Number.isInteger(pct) ? pct.toFixed(0) : pct.toFixed(1)}%`;
}

/**
 * The months of `year` a rate counts: those whose deadline has passed by `today` (a month
 * still open for reporting is not yet owed). Past years count all twelve.
 */
export function countedMonths(year: number, deadlineDay: number, today: IsoDate): IsoMonth[] {
  return monthsOfYear(year).filter((m) => reportDeadline(m, deadlineDay) < today);
}

/**
 * A pairing's counts over `months`: each month it owes (isReportDue) adds to 应报, its report
 * (if any) to 已报. `reports` maps month → report of this pairing.
 */
export function pairingCounts(
  p: WindowPairing & Pick<Pairing, 'deleted'>,
  months: readonly IsoMonth[],
  reports: ReadonlyMap<IsoMonth, Pick<MonthlyReport, 'submittedDate'>>,
  deadlineDay: number,
  today: IsoDate,
): ReportCounts {
  const c = emptyCounts();
  for (const m of months) if (isReportDue(p, m)) addStatus(c, reportStatus(reports.get(m), m, deadlineDay, today));
  return c;
}

// ---- figures a report may carry -------------------------------------------------------------

/**
 * The ledger types a monthly report can give figures for: every catalog type whose fields are
 * all typed in (no person to pick) and whose facts are ledger entries (not 产业共建, which the
 * 产业基地 records carry), so a new catalog entry of that kind appears in the form, the grid,
 * the template and the import by itself.
 */
export const REPORT_LEDGER_TYPES: readonly LedgerType[] = LEDGER_TYPES.filter((t) => !t.recordedIn && t.fields.every((f) => f.kind !== 'person'));

/** The ledger entry a report writes for one type: one id per report and type, so it can never be written twice. */
export const reportLedgerEntryId = (reportId: string, typeKey: string): string => `${reportId}:${typeKey}`;
