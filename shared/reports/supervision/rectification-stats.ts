// What a year's inspections came to, per township (the pairing's 挂钩乡镇): pairings visited,
// problems found, and where the items stand today — closed on time or late, in progress,
// waiting, and overdue (open past the deadline). The dashboard and the annual table count
// with this one function.
import { closedLate, isOverdue, type InspectionRound, type Rectification } from '../../model/inspection';

export type RectificationCounts = {
  /** Pairing visits of the year's rounds. */
  visited: number;
  /** Items raised by the year's rounds. */
  found: number;
  closed: number;
  closedLate: number;
  inProgress: number;
  waiting: number;
  overdue: number;
};

export const emptyRectificationCounts = (): RectificationCounts => ({ visited: 0, found: 0, closed: 0, closedLate: 0, inProgress: 0, waiting: 0, overdue: 0 });

export type RectificationStats = {
  /** Rounds held in the year. */
  rounds: number;
  byTownship: Map<string, RectificationCounts>;
  total: RectificationCounts;
};

/**
 * Counts of the rounds of `year` (live ones) and their live items. `townshipOf` gives a
 * visited pairing's township (items carry their own).
 */
export function rectificationStats(
  year: number,
  rounds: readonly Pick<InspectionRound, 'id' | 'year' | 'visits' | 'deleted'>[],
  items: readonly Pick<Rectification, 'inspectionId' | 'townshipId' | 'status' | 'deadline' | 'reviewDate' | 'deleted'>[],
  townshipOf: (pairingId: string) => string | undefined,
  today: string,
): RectificationStats {
  const ofYear = rounds.filter((r) => !r.deleted && r.year === year);
  const ids = new Set(ofYear.map((r) => r.id));
  const byTownship = new Map<string, RectificationCounts>();
  const total = emptyRectificationCounts();
  const bump = (townshipId: string, key: keyof RectificationCounts) => {
    let c = byTownship.get(townshipId);
    if (!c) byTownship.set(townshipId, (c = emptyRectificationCounts()));
    c[key] += 1;
    total[key] += 1;
  };
  for (const r of ofYear) for (const v of r.visits) bump(townshipOf(v.pairingId) ?? '', 'visited');
  for (const it of items) {
    if (it.deleted || !ids.has(it.inspectionId)) continue;
    bump(it.townshipId, 'found');
    if (it.status === '已整改') {
      bump(it.townshipId, 'closed');
      if (closedLate(it)) bump(it.townshipId, 'closedLate');
    } else {
      bump(it.townshipId, it.status === '整改中' ? 'inProgress' : 'waiting');
      if (isOverdue(it, today)) bump(it.townshipId, 'overdue');
    }
  }
  return { rounds: ofYear.length, byTownship, total };
}
