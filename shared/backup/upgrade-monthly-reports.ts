// 月报 rows written before schema 5 (nothing wrote the table, but a restored backup or an older
// hand-made file may hold rows) are made to fit what the pages read: a month stored as a full
// date becomes YYYY-MM, a row without a 报送日期 gets the day it was created. The v005 upgrade
// and a restore of an older backup both run this.
export type ReportRow = { month?: unknown; submittedDate?: unknown; createdAt?: unknown; summary?: unknown; active?: unknown };

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when the row was changed. */
export function normalizeReportRow(row: ReportRow): boolean {
  let changed = false;
  if (typeof row.month === 'string' && !MONTH.test(row.month) && /^\d{4}-(0[1-9]|1[0-2])-\d{2}/.test(row.month)) {
    row.month = row.month.slice(0, 7);
    changed = true;
  }
  if (typeof row.submittedDate !== 'string' || !DATE.test(row.submittedDate)) {
    const created = typeof row.createdAt === 'string' ? row.createdAt.slice(0, 10) : '';
    if (DATE.test(created)) row.submittedDate = created;
    else if (typeof row.month === 'string' && MONTH.test(row.month)) row.submittedDate = `${row.month}-01`;
    changed = true;
  }
  if (typeof row.summary !== 'string') {
    row.summary = '';
    changed = true;
  }
  if (typeof row.active !== 'boolean') {
    row.active = row.active === 1 || row.active === 'true' || row.active === '是';
    changed = true;
  }
  return changed;
}

