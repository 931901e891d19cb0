// Everything the archive page and the archive card show about one pairing, read in one go
// (and re-read live when any of it changes).
import { useLiveQuery } from 'dexie-react-hooks';
import type { Enterprise, LedgerEntry, MonthlyReport, Pairing, PairingEvent, Township, Village } from '@shared/model/types';
import { buildArchiveCard, type ArchiveCard, type Honour } from '@shared/reports/archive-card';
import { LEDGER_TYPES } from '@shared/model/ledger-catalog';
import type { AppDatabase } from '../../db/database';
import { getStore } from '../../db';

export type ArchiveData = {
  pairing: Pairing;
  events: PairingEvent[];
  enterprise?: Enterprise;
  village?: Village;
  townships: Township[];
  entries: LedgerEntry[];
  reports: MonthlyReport[];
  honours: Honour[];
};

export async function loadArchive(db: AppDatabase, id: string): Promise<ArchiveData | null> {
  const pairing = await db.pairings.get(id);
  if (!pairing || pairing.deleted) return null;
  const [events, enterprise, village, townships, entries, reports, nominees] = await Promise.all([
    getStore().pairings.events(id),
    db.enterprises.get(pairing.enterpriseId),
    db.villages.get(pairing.villageId),
    db.townships.toArray(),
    db.ledger.where('pairingId').equals(id).filter((e) => !e.deleted).toArray(),
    db.monthlyReports.where('pairingId').equals(id).filter((r) => !r.deleted).toArray(),
    db.nominees.where('refId').equals(id).filter((n) => !n.deleted && n.kind === 'pairing').toArray(),
  ]);
  const rounds = await db.commendations.bulkGet([...new Set(nominees.map((n) => n.roundId))]);
  const honours = nominees
    .map((n) => ({ n, round: rounds.find((r) => r?.id === n.roundId) }))
    .filter(({ round }) => round && !round.deleted)
    .map(({ n, round }) => ({ year: round!.year, level: round!.level, title: n.title, status: round!.status, docNumber: round!.docNumber, decisionDate: round!.decisionDate }))
    .sort((a, b) => a.year - b.year);
  entries.sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
  return { pairing, events, enterprise, village, townships, entries, reports, honours };
}

/** undefined while loading, null when the pairing does not exist (or was deleted). */
export function useArchive(id: string | undefined): ArchiveData | null | undefined {
  return useLiveQuery(() => (id ? loadArchive(getStore().db, id) : null), [id]);
}

export function townshipNamer(townships: readonly Township[]): (id: string | undefined) => string {
  const byId = new Map(townships.map((t) => [t.id, t.name]));
  return (id) => (id ? (byId.get(id) ?? '（已删除）') : '');
}

export function archiveCard(data: ArchiveData, unitName: string, today: string): ArchiveCard {
  return buildArchiveCard({ ...data, townshipName: townshipNamer(data.townships), catalog: LEDGER_TYPES, unitName, today });
}
