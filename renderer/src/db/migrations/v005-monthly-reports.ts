// v005: monthly reports (月报) come into use. The board asks for the live reports of one month
// and the rates for the live reports of a year, so reports get a [deleted+month] index; an
// import batch's reports are found by importBatchId.
// Data step: v001 already had the table (nothing wrote it, but a restored backup or an
// older hand-made file may hold rows), so rows are made to fit what the pages read — a month
// stored as a full date becomes YYYY-MM (else the new index would never find it), and a row
// without a 报送日期 gets the day it was created, so the board can tell on time from late.
import type { Transaction } from 'dexie';
import { normalizeReportRow, type ReportRow } from '@shared/backup/upgrade-monthly-reports';
import type { Migration } from './types';

async function upgrade(tx: Transaction): Promise<void> {
  await tx
    .table('monthlyReports')
    .toCollection()
    .modify((r: ReportRow) => {
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
