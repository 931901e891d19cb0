// The year's report counts that other pages show: per pairing (the 联建档案 list's 月报
// column) and per township and month (the dashboard). One read of the year's live reports
// by the [deleted+month] index.
import { useLiveQuery } from 'dexie-react-hooks';
import type { IsoDate } from '@shared/model/types';
import type { ReportCounts } from '@shared/model/monthly-report';
import { todayIso } from '@shared/model/pairing-rules';
import { buildRateTable, pairingRates, type RateTable } from '@shared/reports/supervision/rate-table';
import type { AppDatabase } from '../../../db/database';
import { getStore } from '../../../db';
import { useStoredSetting } from '../../../app/use-setting';

const yearReports = (db: AppDatabase, year: number) => db.monthlyReports.where('[deleted+month]').between([0, `${year}-01`], [0, `${year}-12`], true, true).toArray();

export async function loadRateTable(db: AppDatabase, year: number, deadlineDay: number, today: IsoDate = todayIso()): Promise<RateTable> {
  const [townships, pairings, reports] = await Promise.all([db.townships.where('deleted').equals(0).toArray(), db.pairings.where('deleted').equals(0).toArray(), yearReports(db, year)]);
  return buildRateTable({ year, deadlineDay, today, townships, pairings, reports });
}

export async function loadPairingRates(db: AppDatabase, year: number, deadlineDay: number, today: IsoDate = todayIso()): Promise<Map<string, ReportCounts>> {
  const [pairings, reports] = await Promise.all([db.pairings.where('deleted').equals(0).toArray(), yearReports(db, year)]);
  return pairingRates({ year, deadlineDay, today, pairings, reports });
}

// Both wait for the stored deadline day: read with the default first, a county with its own
// deadline would read the year's reports twice (and the page draw its column twice).

/** Each pairing's 应报 / 已报 in `year` (months whose deadline passed); undefined while loading. */
export function usePairingReportRates(year: number, ready = true): Map<string, ReportCounts> | undefined {
  const { value: deadlineDay, loaded } = useStoredSetting('reportDeadlineDay');
  const go = ready && loaded;
  return useLiveQuery(() => (go ? loadPairingRates(getStore().db, year, deadlineDay) : undefined), [year, go, deadlineDay]);
}

export function useRateTable(year: number, ready: boolean): RateTable | undefined {
  const { value: deadlineDay, loaded } = useStoredSetting('reportDeadlineDay');
  const go = ready && loaded;
  return useLiveQuery(() => (go ? loadRateTable(getStore().db, year, deadlineDay) : undefined), [year, go, deadlineDay]);
}
