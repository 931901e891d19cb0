// v005: monthly reports (月报) come into use. The board asks for the live reports of one month
// and the rates for the live reports of a year, so reports get a [deleted+month] index; an
// import batch's reports are found by importBatchId.
// Data step: v001 already had the table (nothing wrote it, but a restored backup or an
// older hand-made file may hold rows), so rows are made to fit what the pages read — a month
// stored as a full date becomes YYYY-MM (else the new index would never find it), and a row
// without a 报送日期 gets the day it was created, so the board can tell on time from late.
import type { Transaction } from 'dexie';
import type { Migration } from './types';

type Row = { month?: unknown; submittedDate?: unknown; createdAt?: unknown; summary?: unknown; active?: unknown };

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when the row was changed. */
export function normalizeReportRow(row: Row): boolean {
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

async function upgrade(tx: Transaction): Promise<void> {
  await tx
    .table('monthlyReports')
    .toCollection()
    .modify((r: Row) => {
      normalizeReportRow(r);
    });
}

export const v005MonthlyReports: Migration = {
  version: 5,
  name: 'monthly-reports',
  stores: {
    monthlyReports: 'id, pairingId, month, [pairingId+month], deleted, [deleted+month], importBatchId',
  },
  upgrade,
};
