// What the monthly board reads: the live townships and pairings, the live reports of one
// month (by the [deleted+month] index, a thousand rows rather than every report ever made),
// and the names of the pairings' two sides.
import { useLiveQuery } from 'dexie-react-hooks';
import type { IsoDate, IsoMonth } from '@shared/model/types';
import { isReportDue } from '@shared/model/monthly-report';
import { todayIso } from '@shared/model/pairing-rules';
import { buildBoard, type Board } from '@shared/reports/supervision/monthly-board';
import type { AppDatabase } from '../../../db/database';
import { getStore } from '../../../db';
import { useSetting, useStoredSetting } from '../../../app/use-setting';

/**
 * The board of `month`, or — when none is chosen yet — of the month it opens on, looked up in
 * the same round of reads (a cold open waits for the store once, not twice).
 */
export async function loadBoard(db: AppDatabase, month: IsoMonth | undefined, workingYear: number, deadlineDay: number, today: IsoDate = todayIso()): Promise<Board> {
  const [shown, townships, pairings, enterprises, villages] = await Promise.all([
    month ?? defaultBoardMonth(db, workingYear, today),
    db.townships.where('deleted').equals(0).toArray(),
    db.pairings.where('deleted').equals(0).toArray(),
    // Every name at once rather than after the pairings: one round of reads.
    db.enterprises.toArray(),
    db.villages.toArray(),
  ]);
  const reports = await db.monthlyReports.where('[deleted+month]').equals([0, shown]).toArray();
  const enterpriseNames = new Map(enterprises.map((e) => [e.id, e.name]));
  const villageNames = new Map(villages.map((v) => [v.id, v.name]));
  return buildBoard({
    month: shown,
    deadlineDay,
    today,
    townships,
    pairings: pairings.filter((p) => isReportDue(p, shown)),
    reports,
    enterpriseName: (id) => enterpriseNames.get(id) ?? '（已删除的企业）',
    villageName: (id) => villageNames.get(id) ?? '（已删除的村）',
  });
}

/**
 * The board of `month` — or, none chosen, of the month it opens on, which then stays put when
 * the data change (`opened` keeps it) — re-read whenever reports, pairings or the registry
 * change; undefined while loading.
 */
export function useBoard(month: IsoMonth | undefined, opened: { current: IsoMonth | undefined }): Board | undefined {
  const [deadlineDay] = useSetting('reportDeadlineDay');
  const { value: workingYear, loaded } = useStoredSetting('workingYear');
  return useLiveQuery(async () => {
    if (!month && !loaded) return undefined;
    const board = await loadBoard(getStore().db, month ?? opened.current, workingYear, deadlineDay);
    opened.current ??= board.month;
    return board;
  }, [month, loaded, workingYear, deadlineDay]);
}

/**
 * The month a board opens on: in the current year the month just ended (the one being
 * chased); for a past working year, the latest month of that year with any report, else December.
 */
export async function defaultBoardMonth(db: AppDatabase, workingYear: number, today: IsoDate = todayIso()): Promise<IsoMonth> {
  const thisYear = Number(today.slice(0, 4));
  if (workingYear === thisYear) {
    const m = Number(today.slice(5, 7));
    return m === 1 ? `${thisYear}-01` : `${thisYear}-${String(m - 1).padStart(2, '0')}`;
  }
  if (workingYear > thisYear) return `${workingYear}-01`;
  const latest = await db.monthlyReports.where('[deleted+month]').between([0, `${workingYear}-01`], [0, `${workingYear}-12`], true, true).last();
  return latest?.month ?? `${workingYear}-12`;
}
