// 季度督查 store: rounds (inspections) with their visits, and rectification items
// (rectifications) with their evidence in the attachments table. Input is checked before a
// transaction starts; checks that read the store (the pairings named, the round an item
// belongs to) run inside it, so a refusal writes nothing. Every change has its audit entry.
import type { Attachment } from '@shared/model/types';
import type { ImprintDraft } from '@shared/model/schemas/imprint';
import { openRectificationCounts, transitionIssue, type InspectionRound, type InspectionVisit, type Rectification } from '@shared/model/inspection';
import { attachmentIssue } from '@shared/model/attachments';
import { todayIso } from '@shared/model/pairing-rules';
import {
  inspectionRoundSchema,
  rectificationIssues,
  rectificationSchema,
  roundIssues,
  visitSchema,
  type InspectionRoundInput,
  type RectificationInput,
} from '@shared/model/schemas/inspection';
import type { AppDatabase } from '../database';
import { newId, nowIso, recordAudit } from '../audit';
import { ValidationError } from './entity-repository';

type Parsed<T> = { success: true; data: T } | { success: false; error: { issues: { message: string }[] } };
const parseOr = <T>(schema: { safeParse(v: unknown): Parsed<T> }, value: unknown): T => {
  const r = schema.safeParse(value);
  if (!r.success) throw new ValidationError([...new Set(r.error.issues.map((i) => i.message))]);
  return r.data;
};

export type NewEvidence = { name: string; blob: Blob };

type RoundFields = Omit<InspectionRound, 'id' | 'createdAt' | 'updatedAt' | 'deleted' | 'deletedAt' | 'importBatchId'>;

/** A round's fields from the form (everything but the visits, which are edited one by one). */
export type RoundInput = Omit<InspectionRoundInput, 'visits'>;

export class InspectionRepository {
  constructor(
    readonly db: AppDatabase,
    private readonly today: () => string = todayIso,
  ) {}

  listRounds(): Promise<InspectionRound[]> {
    return this.db.inspections.where('deleted').equals(0).toArray();
  }

  async getRound(id: string): Promise<InspectionRound | undefined> {
    const r = await this.db.inspections.get(id);
    return r && !r.deleted ? r : undefined;
  }

  listRectifications(inspectionId: string): Promise<Rectification[]> {
    return this.db.rectifications.where('[inspectionId+deleted]').equals([inspectionId, 0]).toArray();
  }

  private async liveRound(id: string): Promise<InspectionRound> {
    const r = await this.db.inspections.get(id);
    if (!r || r.deleted) throw new ValidationError(['督查记录不存在或已删除']);
    return r;
  }

  /** The round's own checks against today and the pairings it names (inside the caller's transaction). */
  private async checkRound(round: RoundFields): Promise<void> {
    const pairings = await this.db.pairings.bulkGet(round.visits.map((v) => v.pairingId));
    const byId = new Map(pairings.filter((p) => p && !p.deleted).map((p) => [p!.id, p!]));
    const issues = roundIssues(round, this.today(), (id) => byId.get(id));
    if (issues.length) throw new ValidationError(issues);
  }

  async createRound(input: RoundInput): Promise<InspectionRound> {
    const fields = parseOr(inspectionRoundSchema, { ...input, visits: [] }) as RoundFields;
    const time = nowIso();
    const round: InspectionRound = { ...fields, id: newId(), createdAt: time, updatedAt: time, deleted: 0 };
    // The round and its audit entry.
    await this.db.transaction('rw', [this.db.inspections, this.db.pairings, this.db.audit], async () => {
      await this.checkRound(round);
      await this.db.inspections.add(round);
      await recordAudit(this.db, { action: 'create', entity: 'inspections', entityId: round.id, after: round });
    });
    return round;
  }

  /** Writes a changed round (its fields or its visits), re-checked whole, with its audit entry. */
  private async rewrite(id: string, change: (before: InspectionRound, items: Rectification[]) => Partial<RoundFields>): Promise<InspectionRound> {
    let after!: InspectionRound;
    // The round, the items it must agree with (dates, visited pairings) and the audit entry.
    await this.db.transaction('rw', [this.db.inspections, this.db.rectifications, this.db.pairings, this.db.audit], async () => {
      const before = await this.liveRound(id);
      const items = await this.listRectifications(id);
      const { id: _i, createdAt: _c, updatedAt: _u, deleted: _d, deletedAt: _da, importBatchId: _b, ...fields } = before;
      const merged = { ...fields, ...change(before, items) };
      const checked = parseOr(inspectionRoundSchema, merged) as RoundFields;
      await this.checkRound(checked);
      const itemIssues = items.flatMap((r) => rectificationIssues(r, checked, this.today()).map((m) => `整改事项「${r.problem.slice(0, 20)}」：${m}`));
      if (itemIssues.length) throw new ValidationError([...new Set(itemIssues)]);
      after = { ...before, ...checked, updatedAt: nowIso() };
      await this.db.inspections.put(after);
      await recordAudit(this.db, { action: 'update', entity: 'inspections', entityId: id, before, after });
    });
    return after;
  }

  updateRound(id: string, input: RoundInput): Promise<InspectionRound> {
    return this.rewrite(id, () => input as Partial<RoundFields>);
  }

  /** Records the 通报's number, date and 版记 as exported (they are offered again next time). */
  setNotice(id: string, noticeNumber: string | undefined, noticeDate: string | undefined, noticeImprint?: ImprintDraft): Promise<InspectionRound> {
    return this.rewrite(id, () => ({ noticeNumber, noticeDate, noticeImprint }));
  }

  /** Adds a visited pairing, or replaces the visit of `replacing` (the pairing it was for). */
  saveVisit(roundId: string, visit: Partial<InspectionVisit>, replacing?: string): Promise<InspectionRound> {
    const v = parseOr(visitSchema, visit) as InspectionVisit;
    return this.rewrite(roundId, (before, items) => {
      if (replacing && replacing !== v.pairingId && items.some((r) => r.pairingId === replacing)) {
        throw new ValidationError(['该联建点已有整改事项，不能改为其他联建点；如需更换，请先删除其整改事项']);
      }
      if (v.pairingId !== replacing && before.visits.some((x) => x.pairingId === v.pairingId)) throw new ValidationError(['该联建点已在本次督查中']);
      const visits = replacing ? before.visits.map((x) => (x.pairingId === replacing ? v : x)) : [...before.visits, v];
      return { visits };
    });
  }

  removeVisit(roundId: string, pairingId: string): Promise<InspectionRound> {
    return this.rewrite(roundId, (before, items) => {
      if (items.some((r) => r.pairingId === pairingId)) throw new ValidationError(['该联建点有整改事项，请先删除其整改事项']);
      return { visits: before.visits.filter((v) => v.pairingId !== pairingId) };
    });
  }

  /** Soft-deletes a round with its items (they go and come back together). */
  async removeRound(id: string): Promise<void> {
    await this.setRoundDeleted(id, true);
  }

  async restoreRound(id: string): Promise<void> {
    await this.setRoundDeleted(id, false);
  }

  /**
   * The round's deletion stamp is how its items are found again on restore, so it must be later than
   * any item deleted on its own before (both can fall in the same millisecond).
   */
  private async stampAfterItemDeletions(id: string): Promise<string> {
    const now = nowIso();
    const earlier = (await this.db.rectifications.where('inspectionId').equals(id).toArray())
      .map((r) => r.deletedAt ?? '')
      .reduce((a, b) => (a > b ? a : b), '');
    return earlier >= now ? new Date(Date.parse(earlier) + 1).toISOString() : now;
  }

  private async setRoundDeleted(id: string, deleted: boolean): Promise<void> {
    // The round, the items deleted with it and their audit entries.
    await this.db.transaction('rw', [this.db.inspections, this.db.rectifications, this.db.audit], async () => {
      const before = await this.db.inspections.get(id);
      if (!before) throw new ValidationError(['督查记录不存在']);
      if (Boolean(before.deleted) === deleted) return;
      const time = deleted ? await this.stampAfterItemDeletions(id) : nowIso();
      const stamp = deleted ? time : undefined;
      const after: InspectionRound = { ...before, deleted: deleted ? 1 : 0, deletedAt: stamp, updatedAt: time };
      await this.db.inspections.put(after);
      await recordAudit(this.db, { action: deleted ? 'delete' : 'restore', entity: 'inspections', entityId: id, before, after });
      // Items deleted on their own before stay deleted when the round comes back.
      const items = (await this.db.rectifications.where('inspectionId').equals(id).toArray()).filter((r) => (deleted ? !r.deleted : r.deletedAt === before.deletedAt));
      for (const r of items) {
        const changed: Rectification = { ...r, deleted: deleted ? 1 : 0, deletedAt: stamp, updatedAt: time };
        await this.db.rectifications.put(changed);
        await recordAudit(this.db, { action: deleted ? 'delete' : 'restore', entity: 'rectifications', entityId: r.id, before: r, after: changed });
      }
    });
  }

  private checkEvidence(files: readonly NewEvidence[]): void {
    const issues = files.map((f) => attachmentIssue(f.name, f.blob.size)).filter((m): m is string => Boolean(m));
    if (issues.length) throw new ValidationError(issues);
  }

  private evidenceRows(ownerId: string, files: readonly (NewEvidence & { id: string })[]): Attachment[] {
    const time = nowIso();
    return files.map((f) => ({ id: f.id, ownerId, ownerTable: 'rectifications', name: f.name, mime: f.blob.type || 'application/octet-stream', size: f.blob.size, blob: f.blob, createdAt: time }));
  }

  /** Everything an item's write needs checked inside the transaction: its round, the pairing's township. */
  private async placed(fields: Omit<Rectification, 'id' | 'createdAt' | 'updatedAt' | 'deleted' | 'townshipId' | 'attachmentIds'>): Promise<string> {
    const round = await this.liveRound(fields.inspectionId);
    const issues = rectificationIssues(fields, round, this.today());
    if (issues.length) throw new ValidationError(issues);
    const pairing = await this.db.pairings.get(fields.pairingId);
    if (!pairing || pairing.deleted) throw new ValidationError(['整改的联建点不存在或已删除']);
    return pairing.responsibleTownshipId;
  }

  private get itemScope() {
    return [this.db.rectifications, this.db.inspections, this.db.pairings, this.db.attachments, this.db.audit];
  }

  async createRectification(input: RectificationInput, evidence: readonly NewEvidence[] = []): Promise<Rectification> {
    const fields = parseOr(rectificationSchema, input);
    this.checkEvidence(evidence);
    const files = evidence.map((f) => ({ ...f, id: newId() }));
    const time = nowIso();
    let record!: Rectification;
    // The item, its evidence files and its audit entry.
    await this.db.transaction('rw', this.itemScope, async () => {
      const townshipId = await this.placed(fields);
      record = { ...fields, townshipId, attachmentIds: files.map((f) => f.id), id: newId(), createdAt: time, updatedAt: time, deleted: 0 };
      await this.db.rectifications.add(strip(record));
      if (files.length) await this.db.attachments.bulkAdd(this.evidenceRows(record.id, files));
      await recordAudit(this.db, { action: 'create', entity: 'rectifications', entityId: record.id, after: record });
    });
    return record;
  }

  /** Edits an item (its state too); `keepAttachmentIds` are the evidence files still wanted. */
  async updateRectification(id: string, input: RectificationInput, keepAttachmentIds?: readonly string[], evidence: readonly NewEvidence[] = []): Promise<Rectification> {
    const fields = parseOr(rectificationSchema, input);
    this.checkEvidence(evidence);
    const files = evidence.map((f) => ({ ...f, id: newId() }));
    let after!: Rectification;
    // The item, its evidence files (added and dropped) and its audit entry.
    await this.db.transaction('rw', this.itemScope, async () => {
      const before = await this.db.rectifications.get(id);
      if (!before || before.deleted) throw new ValidationError(['整改事项不存在或已删除']);
      const step = transitionIssue(before.status, fields.status);
      if (step) throw new ValidationError([step]);
      const townshipId = await this.placed(fields);
      const kept = keepAttachmentIds ? before.attachmentIds.filter((a) => keepAttachmentIds.includes(a)) : before.attachmentIds;
      const dropped = before.attachmentIds.filter((a) => !kept.includes(a));
      after = strip({ ...before, ...fields, townshipId, attachmentIds: [...kept, ...files.map((f) => f.id)], updatedAt: nowIso() });
      await this.db.rectifications.put(after);
      if (dropped.length) await this.db.attachments.bulkDelete(dropped);
      if (files.length) await this.db.attachments.bulkAdd(this.evidenceRows(id, files));
      await recordAudit(this.db, { action: 'update', entity: 'rectifications', entityId: id, before, after });
    });
    return after;
  }

  removeRectification(id: string): Promise<void> {
    return this.setItemDeleted(id, true);
  }

  restoreRectification(id: string): Promise<void> {
    return this.setItemDeleted(id, false);
  }

  private async setItemDeleted(id: string, deleted: boolean): Promise<void> {
    // The flag and its audit entry; a restored item's round must still be there.
    await this.db.transaction('rw', [this.db.rectifications, this.db.inspections, this.db.audit], async () => {
      const before = await this.db.rectifications.get(id);
      if (!before) throw new ValidationError(['整改事项不存在']);
      if (Boolean(before.deleted) === deleted) return;
      if (!deleted) await this.liveRound(before.inspectionId);
      const time = nowIso();
      const after: Rectification = { ...before, deleted: deleted ? 1 : 0, deletedAt: deleted ? time : undefined, updatedAt: time };
      await this.db.rectifications.put(after);
      await recordAudit(this.db, { action: deleted ? 'delete' : 'restore', entity: 'rectifications', entityId: id, before, after });
    });
  }

  evidence(ownerId: string): Promise<Attachment[]> {
    return this.db.attachments.where('ownerId').equals(ownerId).toArray();
  }
}

/** Optional fields left undefined are not stored as keys. */
function strip<T extends object>(record: T): T {
  for (const [k, v] of Object.entries(record)) if (v === undefined) delete (record as Record<string, unknown>)[k];
  return record;
}

/** Live items not yet 已整改 (by the [deleted+status] index). */
export function openRectifications(db: AppDatabase): Promise<Rectification[]> {
  return db.rectifications.where('[deleted+status]').anyOf([0, '待整改'], [0, '整改中']).toArray();
}

/**
 * Open rectification items per pairing id — the count the 分片挂钩 responsibility view and the
 * pairing list show. One indexed read, no scan of closed items.
 */
export async function openRectificationsByPairing(db: AppDatabase): Promise<Map<string, number>> {
  return openRectificationCounts(await openRectifications(db));
}

/** Open items past their deadline on `today`, the most overdue first. */
export async function overdueRectifications(db: AppDatabase, today: string): Promise<Rectification[]> {
  return (await openRectifications(db)).filter((r) => r.deadline < today).sort((a, b) => a.deadline.localeCompare(b.deadline));
}
