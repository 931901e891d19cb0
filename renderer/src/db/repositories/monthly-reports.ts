// Monthly reports (月报) as the form and the quick grid write them: every report checked by
// shared/model/schemas/monthly-report.ts (its fields, its figures, its pairing's month window)
// inside the write transaction, then written all together or not at all. A pairing and month
// already reported is an update of that report (the audit log keeps each version, so the
// history shows what was reported before), never a second report. The ledger entries a
// report writes follow it in the same transaction (monthly-report-ledger.ts).
import type { AuditEntry, IsoDate, MonthlyReport } from '@shared/model/types';
import { checkReport, issueLines, type ReportContent, type ReportInput } from '@shared/model/schemas/monthly-report';
import { monthLabel } from '@shared/model/monthly-report';
import { todayIso } from '@shared/model/pairing-rules';
import type { AppDatabase } from '../database';
import { newId, nowIso, recordAudit } from '../audit';
import { ValidationError } from './entity-repository';
import { REPORT_LEDGER_TABLES, syncReportLedger, type ReportChange } from './monthly-report-ledger';

export type ReportSaveInput = ReportInput & {
  /** Prefix of this input's messages, e.g. 「第3行」. */
  label?: string;
};

export type ReportSaveResult = { created: number; updated: number; unchanged: number; reports: MonthlyReport[] };

const CONTENT_KEYS = ['pairingId', 'month', 'submittedDate', 'active', 'summary', 'problems', 'nextPlan', 'reporter', 'figures'] as const;

const sameContent = (a: MonthlyReport, b: ReportContent) => CONTENT_KEYS.every((k) => JSON.stringify(a[k] ?? null) === JSON.stringify(b[k] ?? null));

/** The stored report with `content` in place of its old content (cleared fields removed). */
function replaced(before: MonthlyReport, content: ReportContent, time: string): MonthlyReport {
  const next: MonthlyReport = { ...before, updatedAt: time };
  for (const k of CONTENT_KEYS) delete (next as Partial<MonthlyReport>)[k];
  return { ...next, ...content };
}

export class MonthlyReportService {
  constructor(
    readonly db: AppDatabase,
    private readonly today: () => IsoDate = () => todayIso(),
  ) {}

  private tx<R>(work: () => Promise<R>): Promise<R> {
    const { db } = this;
    // Reports, the ledger entries they write, the ledger's aggregates and the audit log commit together.
    return db.transaction('rw', [db.monthlyReports, db.audit, ...REPORT_LEDGER_TABLES.map((t) => db.table(t))], work);
  }

  /** The live report of a pairing and month, if any. */
  find(pairingId: string, month: string): Promise<MonthlyReport | undefined> {
    return this.db.monthlyReports
      .where('[pairingId+month]')
      .equals([pairingId, month])
      .filter((r) => !r.deleted)
      .first();
  }

  /** Adds or updates reports (one from the form, a township's month from the grid): all or nothing. */
  async save(inputs: readonly ReportSaveInput[]): Promise<ReportSaveResult> {
    const today = this.today();
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const [i, input] of inputs.entries()) {
      const key = `${input.pairingId}|${input.month}`;
      const first = seen.get(key);
      if (first !== undefined) duplicates.push(`${input.label ?? `第${i + 1}条`}：与${first}是同一联建、同一月份`);
      else seen.set(key, input.label ?? `第${i + 1}条`);
    }
    if (duplicates.length) throw new ValidationError(duplicates);

    return this.tx(async () => {
      const pairings = await this.db.pairings.bulkGet([...new Set(inputs.map((i) => i.pairingId))]);
      const byId = new Map(pairings.filter((p) => p && !p.deleted).map((p) => [p!.id, p!]));
      const issues: string[] = [];
      const contents: ReportContent[] = [];
      for (const input of inputs) {
        const checked = checkReport(input, byId.get(input.pairingId), today);
        if (checked.ok) contents.push(checked.value);
        else issues.push(...issueLines(checked.issues, input.label));
      }
      if (issues.length) throw new ValidationError(issues);

      const existing = await Promise.all(contents.map((c) => this.find(c.pairingId, c.month)));
      const time = nowIso();
      const result: ReportSaveResult = { created: 0, updated: 0, unchanged: 0, reports: [] };
      const changes: ReportChange[] = [];
      const audit: AuditEntry[] = [];
      contents.forEach((content, i) => {
        const before = existing[i];
        if (before && sameContent(before, content)) {
          result.unchanged++;
          result.reports.push(before);
          return;
        }
        const after: MonthlyReport = before ? replaced(before, content, time) : { ...content, id: newId(), createdAt: time, updatedAt: time, deleted: 0 };
        changes.push({ before, after });
        audit.push({ time, action: before ? 'update' : 'create', entity: 'monthlyReports', entityId: after.id, before, after });
        result.reports.push(after);
        if (before) result.updated++;
        else result.created++;
      });
      if (changes.length) {
        await this.db.monthlyReports.bulkPut(changes.map((c) => c.after!));
        await syncReportLedger(this.db, changes);
        await this.db.audit.bulkAdd(audit);
      }
      return result;
    });
  }

  /** Soft delete with its ledger entries; undone by restore. */
  remove(id: string): Promise<void> {
    return this.setDeleted(id, true);
  }

  restore(id: string): Promise<void> {
    return this.setDeleted(id, false);
  }

  private async setDeleted(id: string, deleted: boolean): Promise<void> {
    await this.tx(async () => {
      const before = await this.db.monthlyReports.get(id);
      if (!before) throw new ValidationError(['月报不存在']);
      if (Boolean(before.deleted) === deleted) return;
      if (!deleted) {
        const other = await this.find(before.pairingId, before.month);
        if (other) throw new ValidationError([`该联建${monthLabel(before.month)}已有月报，不能恢复这一份`]);
      }
      const time = nowIso();
      const after: MonthlyReport = { ...before, deleted: deleted ? 1 : 0, deletedAt: deleted ? time : undefined, updatedAt: time };
      await this.db.monthlyReports.put(after);
      await syncReportLedger(this.db, [{ before, after }]);
      await recordAudit(this.db, { action: deleted ? 'delete' : 'restore', entity: 'monthlyReports', entityId: id, before, after });
    });
  }

  /** Every version of a report, oldest first (its audit entries). */
  history(id: string): Promise<AuditEntry[]> {
    return this.db.audit.where('entityId').equals(id).filter((e) => e.entity === 'monthlyReports').sortBy('seq');
  }
}
