// What the responsibility view (分片挂钩责任制) reads for a year: townships, pairings, the
// year's live reports (by the [deleted+month] index), the year's ledger aggregates (kept
// current with the ledger, so no scan of the entries), the open rectification items per
// pairing (counted by the inspections store's openRectificationsByPairing, one rule for every
// view), and the names of the pairings' sides.
import { useLiveQuery } from 'dexie-react-hooks';
import type { IsoDate } from '@shared/model/types';
import { countedMonths } from '@shared/model/monthly-report';
import { todayIso } from '@shared/model/pairing-rules';
import { buildResponsibility, type ResponsibilityView } from '@shared/reports/supervision/responsibility';
import type { AppDatabase } from '../../../db/database';
import { getStore } from '../../../db';
import { openRectificationsByPairing } from '../../../db/repositories/inspections';
import { useSetting } from '../../../app/use-setting';

export async function loadResponsibility(db: AppDatabase, year: number, deadlineDay: number, today: IsoDate = todayIso()): Promise<ResponsibilityView> {
  const [townships, pairings, reports, aggregates, openRectifications] = await Promise.all([
    db.townships.where('deleted').equals(0).toArray(),
    db.pairings.where('deleted').equals(0).toArray(),
    db.monthlyReports.where('[deleted+month]').between([0, `${year}-01`], [0, `${year}-12`], true, true).toArray(),
    db.ledgerAggregates.where('year').equals(year).toArray(),
    openRectificationsByPairing(db),
  ]);
  const [enterprises, villages] = await Promise.all([
    db.enterprises.bulkGet([...new Set(pairings.map((p) => p.enterpriseId))]),
    db.villages.bulkGet([...new Set(pairings.map((p) => p.villageId))]),
  ]);
  const names = (list: ({ id: string; name: string } | undefined)[]) => new Map(list.filter((x) => x).map((x) => [x!.id, x!.name]));
  const e = names(enterprises);
  const v = names(villages);
  return buildResponsibility({
    year,
    months: countedMonths(year, deadlineDay, today),
    deadlineDay,
    today,
    townships,
    pairings,
    reports,
    aggregates,
    openRectifications,
    enterpriseName: (id) => e.get(id) ?? '（已删除的企业）',
    villageName: (id) => v.get(id) ?? '（已删除的村）',
  });
}

export function useResponsibility(year: number, ready: boolean): ResponsibilityView | undefined {
  const [deadlineDay] = useSetting('reportDeadlineDay');
  return useLiveQuery(() => (ready ? loadResponsibility(getStore().db, year, deadlineDay) : undefined), [year, ready, deadlineDay]);
}
