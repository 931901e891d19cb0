// Ledger entries as the forms, the quick grid and the import write them: figures checked
// against the catalog before the transaction; inside it, the pairing's active period
// (an entry dated before approval or after termination is refused), the attachments and the
// entries themselves through LedgerRepository (which keeps the aggregates current). One
// refusal rolls back the whole batch. Warnings are computed apart and never block.
import type { Attachment, FigureValue, IsoDate, LedgerEntry } from '@shared/model/types';
import { LEDGER_TYPES, type LedgerType } from '@shared/model/ledger-catalog';
import { MAX_DESCRIPTION, validateFigures } from '@shared/model/ledger-validate';
import { activePeriodIssue } from '@shared/model/pairing-rules';
import { attachmentIssue } from '@shared/model/attachments';
import { normalizeText } from '@shared/model/normalize';
import { isRealDate } from '@shared/model/parse-date';
import type { AppDatabase } from '../database';
import { newId, nowIso } from '../audit';
import { ValidationError } from './entity-repository';
import type { LedgerDraft, LedgerRepository } from './ledger';
import { ledgerWarnings, type WarningInput } from './ledger-entry-warnings';
import { entryRuleIssues, personFieldIds, withPersonCounts } from '@shared/model/ledger-entry-rules';

export type NewAttachment = { name: string; blob: Blob };

export type LedgerInput = {
  /** Whose entry: a pairing, or an enterprise or a village alone (e.g. 党员星级 of an enterprise's own branch). */
  pairingId?: string;
  enterpriseId?: string;
  villageId?: string;
  type: string;
  date: IsoDate;
  precision: 'day' | 'month';
  figures: Record<string, unknown>;
  description?: string;
  /**
   * The persons the entry lists beyond its person fields (e.g. the cadres of a 学习交流 visit);
   * absent on an update: the ones it listed stay.
   */
  personIds?: readonly string[];
  newAttachments?: readonly NewAttachment[];
  /** Prefix of this input's messages, e.g. 「第3行」 or 「台账.xlsx / 劳务输送 / 第5行」. */
  label?: string;
};

export { MAX_DESCRIPTION };

type Prepared = { input: LedgerInput; type: LedgerType; figures: Record<string, FigureValue>; description?: string; listed?: string[] };
type Owner = { pairingId?: string; enterpriseId?: string; villageId?: string; townshipId: string };

const say = (label: string | undefined, m: string) => (label ? `${label}：${m}` : m);

/** Entries a monthly report wrote change only through that report (else the two would disagree). */
function refuseReportEntry(entry: Pick<LedgerEntry, 'monthlyReportId' | 'date'>): void {
  if (entry.monthlyReportId) throw new ValidationError([`这条台账由${entry.date.slice(0, 4)}年${Number(entry.date.slice(5, 7))}月的月报生成，请在「督导考评 → 月报」中修改或删除该月报`]);
}

export class LedgerEntryService {
  constructor(
    readonly db: AppDatabase,
    readonly ledger: LedgerRepository,
    readonly catalog: readonly LedgerType[] = LEDGER_TYPES,
  ) {}

  /** The checks that need no store: type, date, figures, description, attachments. */
  prepare(inputs: readonly LedgerInput[]): Prepared[] {
    const issues: string[] = [];
    const prepared: Prepared[] = [];
    for (const input of inputs) {
      const type = this.catalog.find((t) => t.key === input.type);
      if (!type) {
        issues.push(say(input.label, `未知的台账类型：${input.type}`));
        continue;
      }
      if (type.recordedIn) {
        issues.push(say(input.label, `${type.name}请在「${type.recordedIn}」中登记，不再作为台账记录`));
        continue;
      }
      const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.date);
      if (!d || !isRealDate(Number(d[1]), Number(d[2]), Number(d[3]))) issues.push(say(input.label, '请填写台账日期'));
      const listed = input.personIds ? [...input.personIds] : undefined;
      const { figures, errors } = validateFigures(type, withPersonCounts(type, input.figures, listed));
      issues.push(...errors.map((e) => say(input.label, e.message)));
      if (errors.length === 0) issues.push(...entryRuleIssues(type, figures, input.date, listed).map((m) => say(input.label, m)));
      const description = normalizeText(input.description ?? '');
      if (description.length > MAX_DESCRIPTION) issues.push(say(input.label, `情况说明不能超过${MAX_DESCRIPTION}个字`));
      for (const a of input.newAttachments ?? []) {
        const issue = attachmentIssue(a.name, a.blob.size);
        if (issue) issues.push(say(input.label, issue));
      }
      prepared.push({ input, type, figures, description: description || undefined, listed });
    }
    if (issues.length) throw new ValidationError(issues);
    return prepared;
  }

  private draft(p: Prepared, owner: Owner, attachmentIds: string[], keptListed: readonly string[] = []): LedgerDraft {
    const personIds = [...new Set([...personFieldIds(p.type, p.figures), ...(p.listed ?? keptListed)])];
    const draft: LedgerDraft = {
      pairingId: owner.pairingId,
      enterpriseId: owner.enterpriseId,
      villageId: owner.villageId,
      townshipId: owner.townshipId,
      type: p.type.key,
      date: p.input.date,
      precision: p.input.precision,
      year: Number(p.input.date.slice(0, 4)),
      figures: p.figures,
      personIds,
      attachmentIds,
      description: p.description,
    };
    for (const key of ['pairingId', 'enterpriseId', 'villageId', 'description'] as const) if (draft[key] === undefined) delete draft[key];
    return draft;
  }

  /**
   * Whose each entry is, read inside the caller's transaction: a live pairing whose active
   * period holds the date (before approval or after termination is refused), or a live
   * enterprise or village.
   */
  private async ownersFor(prepared: readonly Prepared[]): Promise<Owner[]> {
    const { db } = this;
    const ids = (key: 'pairingId' | 'enterpriseId' | 'villageId') => [...new Set(prepared.map((p) => p.input[key]).filter((v): v is string => Boolean(v)))];
    const [pairings, enterprises, villages] = await Promise.all([db.pairings.bulkGet(ids('pairingId')), db.enterprises.bulkGet(ids('enterpriseId')), db.villages.bulkGet(ids('villageId'))]);
    const live = <T extends { id: string; deleted: 0 | 1 }>(list: (T | undefined)[], id: string) => list.find((x) => x?.id === id && !x.deleted);
    const issues: string[] = [];
    const owners = prepared.map(({ input }): Owner => {
      if (input.pairingId) {
        const pairing = live(pairings, input.pairingId);
        if (!pairing) issues.push(say(input.label, '所属联建不存在或已删除'));
        const outside = pairing && activePeriodIssue(pairing, input.date, input.precision);
        if (outside) issues.push(say(input.label, outside));
        return { pairingId: input.pairingId, townshipId: pairing?.responsibleTownshipId ?? '' };
      }
      const org = input.enterpriseId ? live(enterprises, input.enterpriseId) : input.villageId ? live(villages, input.villageId) : undefined;
      if (!input.enterpriseId && !input.villageId) issues.push(say(input.label, '请选择所属联建，或企业、村'));
      else if (!org) issues.push(say(input.label, `所属${input.enterpriseId ? '企业' : '村'}不存在或已删除`));
      return input.enterpriseId ? { enterpriseId: input.enterpriseId, townshipId: org?.townshipId ?? '' } : { villageId: input.villageId, townshipId: org?.townshipId ?? '' };
    });
    if (issues.length) throw new ValidationError(issues);
    return owners;
  }

  /** The listed persons exist and are live (read inside the caller's transaction). */
  private async checkListed(prepared: readonly Prepared[]): Promise<void> {
    const ids = [...new Set(prepared.flatMap((p) => p.listed ?? []))];
    if (ids.length === 0) return;
    const persons = await this.db.persons.bulkGet(ids);
    const gone = new Set(ids.filter((_, i) => !persons[i] || persons[i]!.deleted));
    const issues = prepared.filter((p) => p.listed?.some((id) => gone.has(id))).map((p) => say(p.input.label, '所列人员不存在或已删除，请重新选择'));
    if (issues.length) throw new ValidationError(issues);
  }

  private tx<R>(work: () => Promise<R>): Promise<R> {
    const { db } = this;
    // Entries, their attachments, the aggregates and the audit log commit together.
    return db.transaction('rw', [db.pairings, db.enterprises, db.villages, db.persons, db.ledger, db.ledgerAggregates, db.townshipAggregates, db.audit, db.attachments], work);
  }

  /** Adds entries (one from a form, many from the grid or an import): all or nothing. */
  async add(inputs: readonly LedgerInput[], batchId?: string): Promise<LedgerEntry[]> {
    const prepared = this.prepare(inputs);
    const files = prepared.map((p) => (p.input.newAttachments ?? []).map((a) => ({ ...a, id: newId() })));
    return this.tx(async () => {
      const owners = await this.ownersFor(prepared);
      await this.checkListed(prepared);
      const drafts = prepared.map((p, i) => this.draft(p, owners[i], files[i].map((f) => f.id)));
      const entries = await this.ledger.createMany(drafts, batchId);
      const time = nowIso();
      const rows: Attachment[] = entries.flatMap((e, i) =>
        files[i].map((f) => ({ id: f.id, ownerId: e.id, name: f.name, mime: f.blob.type || 'application/octet-stream', size: f.blob.size, blob: f.blob, createdAt: time })),
      );
      if (rows.length) await this.db.attachments.bulkAdd(rows);
      return entries;
    });
  }

  /** Edits an entry; `keepAttachmentIds` are the existing attachments still wanted (the others are deleted). */
  async update(id: string, input: LedgerInput, keepAttachmentIds: readonly string[]): Promise<LedgerEntry> {
    const [p] = this.prepare([input]);
    const files = (input.newAttachments ?? []).map((a) => ({ ...a, id: newId() }));
    return this.tx(async () => {
      const before = await this.db.ledger.get(id);
      if (!before || before.deleted) throw new ValidationError(['台账记录不存在或已删除']);
      refuseReportEntry(before);
      const [owner] = await this.ownersFor([p]);
      await this.checkListed([p]);
      const kept = before.attachmentIds.filter((a) => keepAttachmentIds.includes(a));
      const dropped = before.attachmentIds.filter((a) => !kept.includes(a));
      // Persons the entry listed besides its person fields stay when the input does not list them anew.
      const beforeType = this.catalog.find((t) => t.key === before.type);
      const keptListed = before.personIds.filter((id) => !(beforeType ? personFieldIds(beforeType, before.figures) : []).includes(id));
      if (!p.listed && keptListed.length) {
        const issues = entryRuleIssues(p.type, p.figures, p.input.date, keptListed);
        if (issues.length) throw new ValidationError(issues.map((m) => say(input.label, m)));
      }
      // Every owner field and the description are set, so a change of owner or a cleared description clears the old value.
      const patch: Partial<LedgerDraft> = {
        pairingId: undefined,
        enterpriseId: undefined,
        villageId: undefined,
        description: undefined,
        ...this.draft(p, owner, [...kept, ...files.map((f) => f.id)], keptListed),
      };
      const after = await this.ledger.update(id, patch);
      const time = nowIso();
      if (dropped.length) await this.db.attachments.bulkDelete(dropped);
      if (files.length) {
        await this.db.attachments.bulkAdd(
          files.map((f) => ({ id: f.id, ownerId: id, name: f.name, mime: f.blob.type || 'application/octet-stream', size: f.blob.size, blob: f.blob, createdAt: time })),
        );
      }
      return after;
    });
  }

  async remove(id: string): Promise<void> {
    const entry = await this.db.ledger.get(id);
    if (entry) refuseReportEntry(entry);
    return this.ledger.remove(id);
  }

  async restore(id: string): Promise<void> {
    const entry = await this.db.ledger.get(id);
    if (entry) refuseReportEntry(entry);
    return this.ledger.restore(id);
  }

  attachments(ownerId: string): Promise<Attachment[]> {
    return this.db.attachments.where('ownerId').equals(ownerId).toArray();
  }

  /** Warnings per input (see ledger-entry-warnings.ts); never blocking. */
  warnings(inputs: readonly WarningInput[], replacing?: LedgerEntry): Promise<string[][]> {
    return ledgerWarnings(this.db, this.catalog, inputs, replacing);
  }
}
