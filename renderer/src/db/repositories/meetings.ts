// Meetings (交流会、研讨会、通报会…) with their decisions. The record rules
// (shared/model/schemas/meeting.ts) run before the transaction; inside it, the attendees and
// the township must exist. A decision's follow-up (办理情况, 办结) is an update of its meeting,
// audited like any other.
import type { Table } from 'dexie';
import { meetingSchema, type MeetingDecisionInput, type MeetingInput } from '@shared/model/schemas/meeting';
import type { Meeting } from '@shared/model/meeting';
import type { AppDatabase } from '../database';
import { newId, nowIso, recordAudit } from '../audit';
import { ValidationError } from './entity-repository';

type Draft = Omit<Meeting, 'id' | 'createdAt' | 'updatedAt' | 'deleted'>;

const compact = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

function parse(input: MeetingInput): Draft {
  const r = meetingSchema.safeParse(input);
  if (!r.success) throw new ValidationError([...new Set(r.error.issues.map((i) => i.message))]);
  return compact({ ...r.data, decisions: r.data.decisions.map((d) => compact(d)) }) as Draft;
}

/** A new decision gets its id here, so forms need not make one. */
export const newDecisionId = (): string => newId();

export class MeetingRepository {
  constructor(readonly db: AppDatabase) {}

  get table(): Table<Meeting, string> {
    return this.db.meetings;
  }

  list(): Promise<Meeting[]> {
    return this.table.where('deleted').equals(0).toArray();
  }

  private tx<R>(work: () => Promise<R>): Promise<R> {
    const { db } = this;
    // The meeting and its audit entry commit together; the registry is read for the attendees.
    return db.transaction('rw', [db.meetings, db.townships, db.enterprises, db.villages, db.persons, db.audit], work);
  }

  private async check(m: Draft): Promise<void> {
    const { db } = this;
    const gone = async (table: Table<{ deleted: 0 | 1 }, string>, ids: readonly string[]) => (await table.bulkGet([...ids])).some((r) => !r || r.deleted);
    const issues: string[] = [];
    if (m.townshipId) {
      const t = await db.townships.get(m.townshipId);
      if (!t || t.deleted) issues.push('所选乡镇（开发区）不存在或已删除');
    }
    if (await gone(db.enterprises, m.enterpriseIds)) issues.push('所选参会企业不存在或已删除');
    if (await gone(db.villages, m.villageIds)) issues.push('所选参会村不存在或已删除');
    if (await gone(db.persons, m.personIds)) issues.push('所选参会人员不存在或已删除');
    if (issues.length) throw new ValidationError(issues);
  }

  async create(input: MeetingInput): Promise<Meeting> {
    const draft = parse(input);
    const time = nowIso();
    const record: Meeting = { ...draft, id: newId(), createdAt: time, updatedAt: time, deleted: 0 };
    await this.tx(async () => {
      await this.check(draft);
      await this.table.add(record);
      await recordAudit(this.db, { action: 'create', entity: 'meetings', entityId: record.id, after: record });
    });
    return record;
  }

  async update(id: string, input: MeetingInput): Promise<Meeting> {
    const draft = parse(input);
    let after!: Meeting;
    await this.tx(async () => {
      const before = await this.table.get(id);
      if (!before || before.deleted) throw new ValidationError(['会议记录不存在或已删除']);
      await this.check(draft);
      after = { ...draft, id, createdAt: before.createdAt, updatedAt: nowIso(), deleted: 0 };
      if (before.importBatchId) after.importBatchId = before.importBatchId;
      await this.table.put(after);
      await recordAudit(this.db, { action: 'update', entity: 'meetings', entityId: id, before, after });
    });
    return after;
  }

  /** Follow-up of one decision: 办理情况, done or not, and when. */
  async followUp(meetingId: string, decisionId: string, patch: Pick<MeetingDecisionInput, 'done' | 'doneDate' | 'progress'>): Promise<Meeting> {
    const before = await this.table.get(meetingId);
    if (!before || before.deleted) throw new ValidationError(['会议记录不存在或已删除']);
    if (!before.decisions.some((d) => d.id === decisionId)) throw new ValidationError(['议定事项不存在']);
    const { id: _i, createdAt: _c, updatedAt: _u, deleted: _d, deletedAt: _da, importBatchId: _b, ...rest } = before;
    const decisions = before.decisions.map((d) => (d.id === decisionId ? { ...d, done: patch.done, doneDate: patch.done ? patch.doneDate : undefined, progress: patch.progress } : d));
    return this.update(meetingId, { ...rest, decisions });
  }

  remove(id: string): Promise<void> {
    return this.setDeleted(id, true);
  }

  restore(id: string): Promise<void> {
    return this.setDeleted(id, false);
  }

  private async setDeleted(id: string, deleted: boolean): Promise<void> {
    await this.tx(async () => {
      const before = await this.table.get(id);
      if (!before) throw new ValidationError(['会议记录不存在']);
      if (Boolean(before.deleted) === deleted) return;
      const time = nowIso();
      const after = compact({ ...before, deleted: deleted ? (1 as const) : (0 as const), deletedAt: deleted ? time : undefined, updatedAt: time });
      await this.table.put(after);
      await recordAudit(this.db, { action: deleted ? 'delete' : 'restore', entity: 'meetings', entityId: id, before, after });
    });
  }
}
