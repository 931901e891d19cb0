// The ledger entries a monthly report writes: one per report and ledger type it gives figures
// for, with an id made of the report's id and the type, so a report can never write the same
// figures twice — saving it again updates its entries, clearing a type's figures deletes that
// entry, deleting the report deletes them all, restoring it brings them back. Called inside
// every transaction that writes reports (the service, and the import's TABLE_HOOKS, which
// also runs on undo), with the aggregates and audit entries of the ledger in the same
// transaction, so the annual statistics stay equal to the ledger.
import type { AuditEntry, LedgerEntry, MonthlyReport } from '@shared/model/types';
import { REPORT_LEDGER_TYPES, monthLabel, reportLedgerEntryId } from '@shared/model/monthly-report';
import type { AppDatabase } from '../database';
import { nowIso } from '../audit';
import { applyLedgerChanges } from './ledger-aggregates';

/** Tables a transaction that writes reports must include besides monthlyReports and audit. */
export const REPORT_LEDGER_TABLES = ['pairings', 'ledger', 'ledgerAggregates', 'townshipAggregates'] as const;

export type ReportChange = { before?: MonthlyReport; after?: MonthlyReport };

const MAX_DESCRIPTION = 1000;

function description(r: MonthlyReport): string {
  const head = `${monthLabel(r.month)}月报`;
  return r.summary ? `${head}：${r.summary}`.slice(0, MAX_DESCRIPTION) : head;
}

const sameEntry = (a: LedgerEntry, b: LedgerEntry) =>
  a.deleted === b.deleted &&
  a.date === b.date &&
  a.townshipId === b.townshipId &&
  a.pairingId === b.pairingId &&
  a.description === b.description &&
  JSON.stringify(a.figures) === JSON.stringify(b.figures);

/** Brings the report-written ledger entries in line with each change's `after` (absent or deleted: none). */
export async function syncReportLedger(db: AppDatabase, changes: readonly ReportChange[]): Promise<void> {
  const reports = changes.map((c) => c.after ?? c.before).filter((r): r is MonthlyReport => Boolean(r));
  if (reports.length === 0) return;
  const ids = reports.flatMap((r) => REPORT_LEDGER_TYPES.map((t) => reportLedgerEntryId(r.id, t.key)));
  const pairingIds = [...new Set(reports.map((r) => r.pairingId))];
  const [stored, pairings] = await Promise.all([db.ledger.bulkGet(ids), db.pairings.bulkGet(pairingIds)]);
  const current = new Map(stored.filter((e): e is LedgerEntry => Boolean(e)).map((e) => [e.id, e]));
  const townshipOf = new Map(pairings.filter((p) => p).map((p) => [p!.id, p!.responsibleTownshipId]));
  const time = nowIso();
  const puts: LedgerEntry[] = [];
  const ledgerChanges: { before?: LedgerEntry; after?: LedgerEntry }[] = [];
  const audit: AuditEntry[] = [];

  for (const change of changes) {
    const report = change.after ?? change.before!;
    const live = change.after && !change.after.deleted ? change.after : undefined;
    for (const type of REPORT_LEDGER_TYPES) {
      const id = reportLedgerEntryId(report.id, type.key);
      const before = current.get(id);
      const figures = live?.figures?.[type.key];
      let after: LedgerEntry | undefined;
      if (live && figures) {
        after = {
          id,
          createdAt: before?.createdAt ?? time,
          updatedAt: time,
          deleted: 0,
          pairingId: live.pairingId,
          townshipId: townshipOf.get(live.pairingId) ?? before?.townshipId ?? '',
          type: type.key,
          date: `${live.month}-01`,
          precision: 'month',
          year: Number(live.month.slice(0, 4)),
          figures: { ...figures },
          personIds: [],
          attachmentIds: before?.attachmentIds ?? [],
          description: description(live),
          monthlyReportId: report.id,
        };
        if (before && sameEntry(before, after)) continue;
      } else if (before && !before.deleted) {
        after = { ...before, deleted: 1, deletedAt: time, updatedAt: time };
      } else continue;
      puts.push(after);
      current.set(id, after);
      ledgerChanges.push({ before, after });
      const action = !before ? 'create' : after.deleted ? 'delete' : before.deleted ? 'restore' : 'update';
      audit.push({ time, action, entity: 'ledger', entityId: id, before, after });
    }
  }
  if (puts.length === 0) return;
  await db.ledger.bulkPut(puts);
  await applyLedgerChanges(db, ledgerChanges);
  await db.audit.bulkAdd(audit);
}
