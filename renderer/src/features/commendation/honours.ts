// The honours a registry record or a pairing received, for their 荣誉 tabs and the pairing
// archive: honoursOf(db, kind, id). Nominees of deleted rounds and removed nominees are left out.
import { useLiveQuery } from 'dexie-react-hooks';
import type { CommendationLevel, CommendationStatus, NomineeKind } from '@shared/model/enums';
import type { IsoDate } from '@shared/model/types';
import type { AppDatabase } from '../../db/database';
import { getStore } from '../../db';

export type Honour = {
  nomineeId: string;
  roundId: string;
  year: number;
  level: CommendationLevel;
  title: string;
  status: CommendationStatus;
  docNumber?: string;
  decisionDate?: IsoDate;
  displayName: string;
  deed?: string;
};

/** Newest first. With approvedOnly, only honours already granted (批准). */
export async function honoursOf(db: AppDatabase, kind: NomineeKind, refId: string, options: { approvedOnly?: boolean } = {}): Promise<Honour[]> {
  const nominees = await db.nominees
    .where('refId')
    .equals(refId)
    .filter((n) => !n.deleted && n.kind === kind)
    .toArray();
  const rounds = new Map((await db.commendations.bulkGet([...new Set(nominees.map((n) => n.roundId))])).flatMap((r) => (r && !r.deleted ? [[r.id, r] as const] : [])));
  return nominees
    .flatMap((n): Honour[] => {
      const r = rounds.get(n.roundId);
      if (!r || (options.approvedOnly && r.status !== '批准')) return [];
      return [{ nomineeId: n.id, roundId: r.id, year: r.year, level: r.level, title: n.title, status: r.status, docNumber: r.docNumber, decisionDate: r.decisionDate, displayName: n.displayName, deed: n.deed }];
    })
    .sort((a, b) => b.year - a.year || (b.decisionDate ?? '').localeCompare(a.decisionDate ?? ''));
}

/** Live honours of a record; undefined while loading. */
export function useHonours(kind: NomineeKind, refId: string): Honour[] | undefined {
  return useLiveQuery(() => honoursOf(getStore().db, kind, refId), [kind, refId]);
}
