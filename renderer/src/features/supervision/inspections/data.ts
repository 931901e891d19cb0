// Live data of the 督查整改 pages: rounds with their item counts, one round with its items,
// every item (the 整改事项 list), and today's date (逾期 is computed, never stored).
import { useLiveQuery } from 'dexie-react-hooks';
import { closedLate, isOverdue, type InspectionRound, type Rectification } from '@shared/model/inspection';
import { todayIso } from '@shared/model/pairing-rules';
import { getStore } from '../../../db';

export type RoundCounts = { visited: number; items: number; closed: number; overdue: number; closedLate: number };

export type RoundRow = InspectionRound & RoundCounts;

export function countItems(items: readonly Rectification[], today: string): Omit<RoundCounts, 'visited'> {
  return {
    items: items.length,
    closed: items.filter((r) => r.status === '已整改').length,
    overdue: items.filter((r) => isOverdue(r, today)).length,
    closedLate: items.filter((r) => closedLate(r)).length,
  };
}

/** Rounds, latest first, each with its counts. */
export function useRoundRows(): RoundRow[] | undefined {
  return useLiveQuery(async () => {
    const { db } = getStore();
    const [rounds, items] = await Promise.all([getStore().inspections.listRounds(), db.rectifications.where('deleted').equals(0).toArray()]);
    const today = todayIso();
    const byRound = new Map<string, Rectification[]>();
    for (const r of items) byRound.set(r.inspectionId, [...(byRound.get(r.inspectionId) ?? []), r]);
    return rounds
      .map((r) => ({ ...r, visited: r.visits.length, ...countItems(byRound.get(r.id) ?? [], today) }))
      .sort((a, b) => b.year - a.year || b.quarter - a.quarter || b.startDate.localeCompare(a.startDate));
  }, []);
}

/** undefined while loading, null when the round does not exist (or was deleted). */
export function useRound(id: string | undefined): { round: InspectionRound; items: Rectification[] } | null | undefined {
  return useLiveQuery(async () => {
    if (!id) return null;
    const store = getStore().inspections;
    const round = await store.getRound(id);
    if (!round) return null;
    return { round, items: await store.listRectifications(id) };
  }, [id]);
}

/** Every live item with its round. */
export function useAllItems(): { items: Rectification[]; rounds: Map<string, InspectionRound> } | undefined {
  return useLiveQuery(async () => {
    const { db } = getStore();
    const [items, rounds] = await Promise.all([db.rectifications.where('deleted').equals(0).toArray(), getStore().inspections.listRounds()]);
    return { items, rounds: new Map(rounds.map((r) => [r.id, r])) };
  }, []);
}
