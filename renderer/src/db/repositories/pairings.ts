// Pairings (联建) and their append-only history. Each transition — application, approval,
// change, termination — writes the pairing, one pairingEvents row and the audit entry in
// one transaction; the rules of shared/model/pairing-rules.ts are checked inside it, so a
// refusal leaves nothing behind. Forms are validated (zod) before the transaction starts.
import type { IsoDate, Pairing, PairingEvent } from '@shared/model/types';
import { PAIRING_EVENT_KINDS } from '@shared/model/enums';
import { pairingApplicationSchema, pairingChangeSchema, type PairingApplicationInput, type PairingChangeInput } from '@shared/model/schemas/pairing';
import { diffPairing, CHANGEABLE_FIELDS, type PairingChangePatch } from '@shared/model/pairing-changes';
import {
  checkApplication,
  checkApprove,
  checkChange,
  checkTerminate,
  codePrefix,
  isLive,
  lastEventDate,
  nextPairingCode,
  todayIso,
} from '@shared/model/pairing-rules';
import { normalizeText } from '@shared/model/normalize';
import { dictionaryIssue } from '@shared/model/dictionaries';
import { getSetting } from '../settings';
import type { AppDatabase } from '../database';
import { newId, nowIso, recordAudit } from '../audit';
import { ValidationError } from './entity-repository';

export type PairingApplicationItem = {
  application: PairingApplicationInput;
  /** Pairings from an existing list are already running: approved on this date. */
  approvedDate?: IsoDate;
  /** Shown with the 申请 event, e.g. where the record came from. */
  note?: string;
  /** Prefix of this item's messages, e.g. 「第3行」. */
  label?: string;
};

function parseApplication(item: PairingApplicationItem, today: IsoDate) {
  const parsed = pairingApplicationSchema.safeParse(item.application);
  const issues = parsed.success ? checkApplication(parsed.data.appliedDate, today) : parsed.error.issues.map((i) => i.message);
  if (parsed.success && item.approvedDate) {
    if (item.approvedDate < parsed.data.appliedDate) issues.push(`批准日期（${item.approvedDate}）不能早于申请日期（${parsed.data.appliedDate}）`);
    if (item.approvedDate > today) issues.push(`批准日期（${item.approvedDate}）不能晚于今天（${today}）`);
  }
  return { data: parsed.success ? parsed.data : undefined, issues: issues.map((m) => (item.label ? `${item.label}：${m}` : m)) };
}

export class PairingRepository {
  constructor(
    readonly db: AppDatabase,
    private readonly today: () => IsoDate = () => todayIso(),
  ) {}

  list(): Promise<Pairing[]> {
    return this.db.pairings.where('deleted').equals(0).toArray();
  }

  get(id: string): Promise<Pairing | undefined> {
    return this.db.pairings.get(id);
  }

  /** The history, oldest first. */
  async events(pairingId: string): Promise<PairingEvent[]> {
    const events = await this.db.pairingEvents.where('pairingId').equals(pairingId).toArray();
    // Events written together (an import's 申请 and 批准) share their time: the life cycle orders them.
    const order = (e: PairingEvent) => PAIRING_EVENT_KINDS.indexOf(e.kind);
    return events.sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt) || order(a) - order(b));
  }

  async apply(application: PairingApplicationInput): Promise<Pairing> {
    const [created] = await this.applyMany([{ application }]);
    return created;
  }

  /** Several applications, all or nothing (the import of an existing list uses this). */
  async applyMany(items: readonly PairingApplicationItem[], batchId?: string): Promise<Pairing[]> {
    const today = this.today();
    const parsed = items.map((item) => parseApplication(item, today));
    const issues = parsed.flatMap((p) => p.issues);
    if (issues.length) throw new ValidationError(issues);
    const time = nowIso();
    const created: Pairing[] = [];
    const { db } = this;
    // Pairings, their first events and the audit entries commit together; reads the registry and the 联建内容 dictionary.
    await db.transaction('rw', [db.pairings, db.pairingEvents, db.audit, db.enterprises, db.villages, db.townships, db.settings], async () => {
      const problems: string[] = [];
      const areaList = await getSetting(db, 'cooperationAreas');
      const usedCodes = new Map<number, string[]>();
      const livePairs = new Set<string>();
      for (const [i, { data }] of parsed.entries()) {
        const item = items[i];
        const a = data!;
        const say = (m: string) => problems.push(item.label ? `${item.label}：${m}` : m);
        const areaProblem = dictionaryIssue('联建内容', a.areas, areaList);
        if (areaProblem) say(areaProblem);
        const [enterprise, village, township] = await Promise.all([
          db.enterprises.get(a.enterpriseId),
          db.villages.get(a.villageId),
          db.townships.get(a.responsibleTownshipId),
        ]);
        if (!enterprise || enterprise.deleted) say('所选企业不存在或已删除');
        if (!village || village.deleted) say('所选村不存在或已删除');
        if (!township || township.deleted) say('所选挂钩乡镇（开发区）不存在或已删除');
        if (!enterprise || !village) continue;
        const pairKey = `${a.enterpriseId}|${a.villageId}`;
        const existing = await db.pairings.where('enterpriseId').equals(a.enterpriseId).filter((p) => p.villageId === a.villageId && isLive(p)).first();
        if (existing || livePairs.has(pairKey)) {
          say(`「${enterprise.name}」与「${village.name}」已有${existing ? `联建「${existing.code}」（${existing.status}）` : '本批中的联建'}，不能重复申请`);
          continue;
        }
        livePairs.add(pairKey);
        let code = a.code;
        if (code) {
          const clash = await db.pairings.where('code').equals(code).filter((p) => !p.deleted).first();
          if (clash || created.some((p) => p.code === code)) say(`联建编号「${code}」已被使用`);
        } else {
          const year = Number(a.appliedDate.slice(0, 4));
          const codes = usedCodes.get(year) ?? (await db.pairings.where('code').startsWith(codePrefix(year)).toArray()).map((p) => p.code);
          code = nextPairingCode(year, codes);
          usedCodes.set(year, [...codes, code]);
        }
        const { code: _given, ...rest } = a;
        const pairing: Pairing = {
          ...rest,
          code,
          status: item.approvedDate ? '已批准' : '申请',
          id: newId(),
          createdAt: time,
          updatedAt: time,
          deleted: 0,
        };
        if (item.approvedDate) pairing.approvedDate = item.approvedDate;
        if (batchId) pairing.importBatchId = batchId;
        created.push(pairing);
      }
      if (problems.length) throw new ValidationError(problems);
      const events: PairingEvent[] = created.flatMap((p, i) => {
        const applied: PairingEvent = { id: newId(), pairingId: p.id, kind: '申请', date: p.appliedDate, createdAt: time };
        const note = items[i].note ? normalizeText(items[i].note) : '';
        if (note) applied.reason = note;
        const approved: PairingEvent[] = p.approvedDate ? [{ id: newId(), pairingId: p.id, kind: '批准', date: p.approvedDate, createdAt: time }] : [];
        return [applied, ...approved];
      });
      await db.pairings.bulkAdd(created);
      await db.pairingEvents.bulkAdd(events);
      await db.audit.bulkAdd(created.map((after) => ({ time, action: 'create' as const, entity: 'pairings', entityId: after.id, after, batchId })));
    });
    return created;
  }

  /** Reads a live pairing and its last event date inside the caller's transaction. */
  private async current(id: string): Promise<{ pairing: Pairing; last: IsoDate | undefined }> {
    const pairing = await this.db.pairings.get(id);
    if (!pairing || pairing.deleted) throw new ValidationError(['联建不存在或已删除']);
    const events = await this.db.pairingEvents.where('pairingId').equals(id).toArray();
    return { pairing, last: lastEventDate(events) };
  }

  /** Writes the new state, its event and the audit entry (inside the caller's transaction). */
  private async commit(before: Pairing, after: Pairing, event: Omit<PairingEvent, 'id' | 'pairingId' | 'createdAt'>): Promise<void> {
    const time = nowIso();
    await this.db.pairings.put(after);
    await this.db.pairingEvents.add({ ...event, id: newId(), pairingId: before.id, createdAt: time });
    await recordAudit(this.db, { action: 'update', entity: 'pairings', entityId: before.id, before, after });
  }

  private tx<R>(work: () => Promise<R>): Promise<R> {
    const { db } = this;
    // The pairing, its new event and the audit entry commit together; liaisons are read from the persons.
    return db.transaction('rw', [db.pairings, db.pairingEvents, db.audit, db.townships, db.settings, db.persons], work);
  }

  /** A liaison linked to a person must be a live person of that side's organization. */
  private async checkLiaisons(pairing: Pairing, patch: PairingChangePatch): Promise<void> {
    const issues: string[] = [];
    for (const [side, orgId, label] of [['enterpriseLiaison', pairing.enterpriseId, '企业'], ['villageLiaison', pairing.villageId, '村']] as const) {
      const personId = patch[side]?.personId;
      if (!personId) continue;
      const person = await this.db.persons.get(personId);
      if (!person || person.deleted) issues.push(`所选${label}联络员不在人员库中或已删除`);
      else if (person.orgId !== orgId) issues.push(`「${person.name}」不是联建${label}方的人员，不能担任${label}联络员`);
    }
    if (issues.length) throw new ValidationError(issues);
  }

  async approve(id: string, date: IsoDate, note?: string): Promise<Pairing> {
    const today = this.today();
    return this.tx(async () => {
      const { pairing, last } = await this.current(id);
      const issues = checkApprove(pairing, date, last, today);
      if (issues.length) throw new ValidationError(issues);
      const after: Pairing = { ...pairing, status: '已批准', approvedDate: date, updatedAt: nowIso() };
      const reason = normalizeText(note ?? '');
      await this.commit(pairing, after, reason ? { kind: '批准', date, reason } : { kind: '批准', date });
      return after;
    });
  }

  /** A 变更: only the fields present in `input` are considered; clearing a field is a change. */
  async change(id: string, input: PairingChangeInput, date: IsoDate, reason: string): Promise<Pairing> {
    const parsed = pairingChangeSchema.safeParse(input);
    if (!parsed.success) throw new ValidationError(parsed.error.issues.map((i) => i.message));
    const patch: PairingChangePatch = {};
    for (const key of CHANGEABLE_FIELDS) {
      if (Object.hasOwn(input, key)) Object.assign(patch, { [key]: parsed.data[key] });
    }
    const today = this.today();
    const why = normalizeText(reason);
    return this.tx(async () => {
      const { pairing, last } = await this.current(id);
      // Areas the pairing already had may stay although the dictionary no longer lists them.
      const areaProblem = patch.areas && dictionaryIssue('联建内容', patch.areas, await getSetting(this.db, 'cooperationAreas'), pairing.areas);
      if (areaProblem) throw new ValidationError([areaProblem]);
      await this.checkLiaisons(pairing, patch);
      if (patch.responsibleTownshipId) {
        const t = await this.db.townships.get(patch.responsibleTownshipId);
        if (!t || t.deleted) throw new ValidationError(['所选挂钩乡镇（开发区）不存在或已删除']);
      }
      const townshipIds = [pairing.responsibleTownshipId, patch.responsibleTownshipId].filter((x): x is string => Boolean(x));
      const townships = await this.db.townships.bulkGet(townshipIds);
      const names = { townshipName: (tid: string) => townships.find((t) => t?.id === tid)?.name ?? '（已删除的乡镇）' };
      const changes = diffPairing(pairing, patch, names);
      const issues = checkChange(pairing, date, why, changes.length, last, today);
      if (issues.length) throw new ValidationError(issues);
      const after: Pairing = { ...pairing, updatedAt: nowIso() };
      for (const c of changes) Object.assign(after, { [c.field]: patch[c.field as keyof PairingChangePatch] });
      for (const key of Object.keys(after) as (keyof Pairing)[]) if (after[key] === undefined) delete after[key];
      await this.commit(pairing, after, { kind: '变更', date, changes, reason: why });
      return after;
    });
  }

  async terminate(id: string, date: IsoDate, reason: string): Promise<Pairing> {
    const today = this.today();
    const why = normalizeText(reason);
    return this.tx(async () => {
      const { pairing, last } = await this.current(id);
      const issues = checkTerminate(pairing, date, why, last, today);
      if (issues.length) throw new ValidationError(issues);
      const after: Pairing = { ...pairing, status: '已终止', endedDate: date, endReason: why, updatedAt: nowIso() };
      await this.commit(pairing, after, { kind: '终止', date, reason: why });
      return after;
    });
  }

  /** Deletes a pairing entered by mistake; one with ledger entries is an archive and stays. */
  async remove(id: string): Promise<void> {
    const { db } = this;
    // The check against the ledger and the delete commit together.
    await db.transaction('rw', [db.pairings, db.ledger, db.audit], async () => {
      const before = await db.pairings.get(id);
      if (!before || before.deleted) throw new ValidationError(['联建不存在或已删除']);
      const entries = await db.ledger.where('pairingId').equals(id).filter((e) => !e.deleted).count();
      if (entries > 0) throw new ValidationError([`联建「${before.code}」已有 ${entries} 条台账记录，不能删除；联建结束时请使用「终止」`]);
      const time = nowIso();
      const after: Pairing = { ...before, deleted: 1, deletedAt: time, updatedAt: time };
      await db.pairings.put(after);
      await recordAudit(db, { action: 'delete', entity: 'pairings', entityId: id, before, after });
    });
  }

  async restore(id: string): Promise<void> {
    const { db } = this;
    // The conflict checks and the restore commit together.
    await db.transaction('rw', [db.pairings, db.audit], async () => {
      const before = await db.pairings.get(id);
      if (!before || !before.deleted) return;
      const clash = await db.pairings
        .where('enterpriseId')
        .equals(before.enterpriseId)
        .filter((p) => p.id !== id && ((p.villageId === before.villageId && isLive(p)) || (!p.deleted && p.code === before.code)))
        .first();
      const codeClash = await db.pairings.where('code').equals(before.code).filter((p) => p.id !== id && !p.deleted).first();
      if (clash || codeClash) throw new ValidationError([`无法恢复联建「${before.code}」：已有相同编号或相同企业与村的联建`]);
      const { deletedAt: _d, ...rest } = before;
      const after: Pairing = { ...rest, deleted: 0, updatedAt: nowIso() };
      await db.pairings.put(after);
      await recordAudit(db, { action: 'restore', entity: 'pairings', entityId: id, before, after });
    });
  }
}

/**
 * An import batch writes pairings itself (import-batches.ts); this hook, run in that same
 * transaction, gives each new pairing its history: 申请 and, when approved, 批准.
 */
export async function recordImportedPairingEvents(db: AppDatabase, changes: readonly { before?: Pairing; after?: Pairing }[]): Promise<void> {
  const time = nowIso();
  const events: PairingEvent[] = changes
    .filter((c) => !c.before && c.after)
    .flatMap(({ after: p }) => [
      { id: newId(), pairingId: p!.id, kind: '申请' as const, date: p!.appliedDate, reason: '由已有联建名单导入', createdAt: time },
      ...(p!.approvedDate ? [{ id: newId(), pairingId: p!.id, kind: '批准' as const, date: p!.approvedDate, createdAt: time }] : []),
    ]);
  if (events.length) await db.pairingEvents.bulkAdd(events);
}
