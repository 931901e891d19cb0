// 评先表彰 store: rounds (commendations) and their nominees. Every change and its audit entry
// commit in one transaction; checks that read the store (the round's status, the nominated
// record still existing, duplicates) run inside it so a refusal writes nothing. Validation
// of the input runs before the transaction starts.
import type { Table } from 'dexie';
import type { CommendationStatus, NomineeKind } from '@shared/model/enums';
import type { Nominee } from '@shared/model/types';
import {
  checkApproval,
  checkTransition,
  decisionDraftSchema,
  NOMINEE_KIND_LABELS,
  nomineeChangeAllowed,
  nomineeSchema,
  publicitySchema,
  roundLabel,
  roundSchema,
  type CommendationRoundRecord,
  type DecisionDraft,
  type NomineeInput,
  type PublicityDetails,
  type RoundInput,
} from '@shared/model/schemas/commendation';
import { dictionaryIssue } from '@shared/model/dictionaries';
import { checkHonour, type HonourSubject } from '@shared/model/honour-rules';
import type { AppDatabase } from '../database';
import { newId, nowIso, recordAudit } from '../audit';
import { getSetting } from '../settings';
import { ValidationError } from './entity-repository';

const parseOr = <T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } } }, value: unknown, prefix = ''): T => {
  const r = schema.safeParse(value);
  if (!r.success) throw new ValidationError(r.error.issues.map((i) => prefix + i.message));
  return r.data;
};

/**
 * The honouree as the honour rule sees it (shared/model/honour-rules.ts), read inside the
 * caller's transaction; undefined when the record is gone or deleted.
 */
export async function honourSubject(db: AppDatabase, kind: NomineeKind, refId: string): Promise<HonourSubject | undefined> {
  switch (kind) {
    case 'enterprise': {
      const e = await db.enterprises.get(refId);
      return e && !e.deleted ? { kind, name: e.name, partyOrg: e.partyOrg } : undefined;
    }
    case 'village': {
      const v = await db.villages.get(refId);
      if (!v || v.deleted) return undefined;
      return { kind, name: v.name, townshipName: (await db.townships.get(v.townshipId))?.name, partyOrg: v.partyOrg ?? {} };
    }
    case 'pairing': {
      const p = await db.pairings.get(refId);
      return p && !p.deleted ? { kind, name: p.code } : undefined;
    }
    case 'person': {
      const p = await db.persons.get(refId);
      return p && !p.deleted ? { kind, name: p.name } : undefined;
    }
  }
}

/** The honour rule over nominees about to be added (or retitled), inside the caller's transaction; the problems found. */
export async function honourProblems(db: AppDatabase, nominees: readonly Pick<Nominee, 'title' | 'kind' | 'refId' | 'displayName'>[]): Promise<string[]> {
  const dictionary = await getSetting(db, 'commendationTitles');
  const problems: string[] = [];
  for (const n of nominees) {
    const subject = await honourSubject(db, n.kind, n.refId);
    if (!subject) {
      problems.push(`「${n.displayName}」：所选${NOMINEE_KIND_LABELS[n.kind]}不存在或已删除`);
      continue;
    }
    const r = checkHonour(n.title, subject, dictionary);
    if (!r.ok) problems.push(r.error);
  }
  return problems;
}

export type RoundPatch = Partial<RoundInput> & { publicity?: PublicityDetails; decision?: DecisionDraft };

export class CommendationRepository {
  constructor(readonly db: AppDatabase) {}

  private get rounds(): Table<CommendationRoundRecord, string> {
    return this.db.commendations as Table<CommendationRoundRecord, string>;
  }

  /** What the honour rule reads: the named records, townships (village names) and the title dictionary. */
  private refTables() {
    return [this.db.enterprises, this.db.villages, this.db.pairings, this.db.persons, this.db.townships, this.db.settings];
  }

  listRounds(): Promise<CommendationRoundRecord[]> {
    return this.rounds.where('deleted').equals(0).toArray();
  }

  getRound(id: string): Promise<CommendationRoundRecord | undefined> {
    return this.rounds.get(id);
  }

  /** Live nominees of a round. */
  listNominees(roundId: string): Promise<Nominee[]> {
    return this.db.nominees.where('roundId').equals(roundId).filter((n) => !n.deleted).toArray();
  }

  private async liveRound(id: string): Promise<CommendationRoundRecord> {
    const round = await this.rounds.get(id);
    if (!round || round.deleted) throw new ValidationError(['表彰不存在或已删除']);
    return round;
  }

  async createRound(input: RoundInput): Promise<CommendationRoundRecord> {
    const clean = parseOr(roundSchema, input);
    const time = nowIso();
    const round: CommendationRoundRecord = { ...clean, id: newId(), createdAt: time, updatedAt: time, deleted: 0, status: '推荐' };
    if (!round.name) delete round.name;
    // The round and its audit entry; reads the title dictionary.
    await this.db.transaction('rw', this.rounds, this.db.audit, this.db.settings, async () => {
      const titleProblem = dictionaryIssue('荣誉称号', round.titles, (await getSetting(this.db, 'commendationTitles')).map((t) => t.name));
      if (titleProblem) throw new ValidationError([titleProblem]);
      await this.rounds.add(round);
      await recordAudit(this.db, { action: 'create', entity: 'commendations', entityId: round.id, after: round });
    });
    return round;
  }

  /** Year, level, titles, name, publicity details or the decision's text. Titles still in use cannot be removed. */
  async updateRound(id: string, patch: RoundPatch): Promise<CommendationRoundRecord> {
    const { publicity, decision, ...basics } = patch;
    const publicityClean = publicity === undefined ? undefined : parseOr(publicitySchema, publicity);
    const decisionClean = decision === undefined ? undefined : parseOr(decisionDraftSchema, decision);
    let after!: CommendationRoundRecord;
    // Read-modify-write of the round with its audit entry; reads the nominees to protect titles in use, and the title dictionary.
    await this.db.transaction('rw', this.rounds, this.db.nominees, this.db.audit, this.db.settings, async () => {
      const before = await this.liveRound(id);
      const merged = { year: before.year, level: before.level, titles: before.titles, name: before.name, ...basics };
      const clean = parseOr(roundSchema, merged);
      // Titles the round already had may stay although the dictionary no longer lists them.
      const titleProblem = dictionaryIssue('荣誉称号', clean.titles, (await getSetting(this.db, 'commendationTitles')).map((t) => t.name), before.titles);
      if (titleProblem) throw new ValidationError([titleProblem]);
      const changesBasics = clean.year !== before.year || clean.level !== before.level || clean.titles.join('|') !== before.titles.join('|');
      if (changesBasics && before.status === '批准') throw new ValidationError(['表彰已批准，年度、级别和称号不能再修改']);
      if (clean.level !== before.level && before.status === '公示') throw new ValidationError(['公示中的表彰不能改变级别，请先「撤回公示」']);
      const nominees = await this.listNominees(id);
      const orphaned = [...new Set(nominees.map((n) => n.title))].filter((t) => !clean.titles.includes(t));
      if (orphaned.length) throw new ValidationError([`称号「${orphaned.join('、')}」下还有推荐对象，请先移除这些对象`]);
      after = { ...before, ...clean, updatedAt: nowIso() };
      if (!after.name) delete after.name;
      if (publicityClean) after.publicity = publicityClean;
      if (decisionClean) after.decision = decisionClean;
      await this.rounds.put(after);
      await recordAudit(this.db, { action: 'update', entity: 'commendations', entityId: id, before, after });
    });
    return after;
  }

  /**
   * Moves a round along 推荐 → 公示 → 批准 (or back from 公示 to 推荐). 批准 needs the 文号
   * and decision date; a round without nominees cannot be publicized or approved.
   */
  async transition(id: string, to: CommendationStatus, approval?: { docNumber: unknown; decisionDate: unknown }): Promise<CommendationRoundRecord> {
    const approved = to === '批准' ? checkApproval(approval ?? { docNumber: '', decisionDate: '' }) : undefined;
    if (approved && !approved.ok) throw new ValidationError([approved.error]);
    let after!: CommendationRoundRecord;
    // Status change (and 文号) with its audit entry; counts the nominees it depends on.
    await this.db.transaction('rw', this.rounds, this.db.nominees, this.db.audit, async () => {
      const before = await this.liveRound(id);
      const allowed = checkTransition(before.status, to, before.level);
      if (!allowed.ok) throw new ValidationError([allowed.error]);
      if (to !== '推荐' && (await this.listNominees(id)).length === 0) throw new ValidationError(['推荐名单为空，请先添加推荐对象']);
      after = { ...before, status: to, updatedAt: nowIso() };
      if (approved?.ok) Object.assign(after, approved.value);
      await this.rounds.put(after);
      await recordAudit(this.db, { action: 'update', entity: 'commendations', entityId: id, before, after });
    });
    return after;
  }

  /** Corrects the 文号 or date of an approved round (a typo found after approval). */
  async correctApproval(id: string, approval: { docNumber: unknown; decisionDate: unknown }): Promise<CommendationRoundRecord> {
    const approved = checkApproval(approval);
    if (!approved.ok) throw new ValidationError([approved.error]);
    let after!: CommendationRoundRecord;
    // The corrected fields with their audit entry.
    await this.db.transaction('rw', this.rounds, this.db.audit, async () => {
      const before = await this.liveRound(id);
      if (before.status !== '批准') throw new ValidationError(['只有已批准的表彰才有文号']);
      after = { ...before, ...approved.value, updatedAt: nowIso() };
      await this.rounds.put(after);
      await recordAudit(this.db, { action: 'update', entity: 'commendations', entityId: id, before, after });
    });
    return after;
  }

  async removeRound(id: string): Promise<void> {
    await this.setRoundDeleted(id, true);
  }

  async restoreRound(id: string): Promise<void> {
    await this.setRoundDeleted(id, false);
  }

  private async setRoundDeleted(id: string, deleted: boolean): Promise<void> {
    // The flag and its audit entry; the nominees stay and reappear with the round.
    await this.db.transaction('rw', this.rounds, this.db.audit, async () => {
      const before = await this.rounds.get(id);
      if (!before) throw new ValidationError(['表彰不存在']);
      if (Boolean(before.deleted) === deleted) return;
      const time = nowIso();
      const after: CommendationRoundRecord = { ...before, deleted: deleted ? 1 : 0, deletedAt: deleted ? time : undefined, updatedAt: time };
      await this.rounds.put(after);
      await recordAudit(this.db, { action: deleted ? 'delete' : 'restore', entity: 'commendations', entityId: id, before, after });
    });
  }

  /**
   * Adds nominees to a round, all or none: each is validated first (messages numbered by
   * position when there are several), then, inside the transaction, the round must accept
   * additions, every named record must exist, and nobody may be named twice for one title.
   */
  async addNominees(roundId: string, inputs: Omit<NomineeInput, 'roundId'>[], batchId?: string): Promise<Nominee[]> {
    const errors: string[] = [];
    const cleaned = inputs.map((input, i) => {
      const r = nomineeSchema.safeParse({ ...input, roundId });
      if (!r.success) errors.push(...r.error.issues.map((e) => (inputs.length > 1 ? `第${i + 1}项：${e.message}` : e.message)));
      return r.success ? r.data : undefined;
    });
    if (errors.length) throw new ValidationError(errors);
    const time = nowIso();
    const records: Nominee[] = cleaned.map((c) => {
      const n: Nominee = { ...c!, id: newId(), createdAt: time, updatedAt: time, deleted: 0 };
      if (!n.deed) delete n.deed;
      if (batchId) n.importBatchId = batchId;
      return n;
    });
    // The nominees and their audit entries; reads the round and the records they name.
    await this.db.transaction('rw', [this.rounds, this.db.nominees, this.db.audit, ...this.refTables()], async () => {
      const round = await this.liveRound(roundId);
      const allowed = nomineeChangeAllowed(round.status, 'add');
      if (!allowed.ok) throw new ValidationError([allowed.error]);
      const problems: string[] = [];
      const existing = await this.listNominees(roundId);
      const taken = new Set(existing.map((n) => `${n.title}|${n.kind}|${n.refId}`));
      for (const n of records) {
        if (!round.titles.includes(n.title)) problems.push(`「${n.displayName}」：本次表彰没有「${n.title}」称号`);
        const key = `${n.title}|${n.kind}|${n.refId}`;
        if (taken.has(key)) problems.push(`「${n.displayName}」已在「${n.title}」名单中`);
        taken.add(key);
      }
      problems.push(...(await honourProblems(this.db, records)));
      if (problems.length) throw new ValidationError(problems);
      await this.db.nominees.bulkAdd(records);
      for (const n of records) await recordAudit(this.db, { action: 'create', entity: 'nominees', entityId: n.id, after: n, batchId });
    });
    return records;
  }

  /** Edits the printed name, the deed text or the title of a nominee. */
  async updateNominee(id: string, patch: Partial<Pick<Nominee, 'displayName' | 'deed' | 'title'>>): Promise<Nominee> {
    let after!: Nominee;
    // Read-modify-write with its audit entry; reads the round's status.
    await this.db.transaction('rw', [this.rounds, this.db.nominees, this.db.audit, ...this.refTables()], async () => {
      const before = await this.db.nominees.get(id);
      if (!before || before.deleted) throw new ValidationError(['推荐对象不存在或已移除']);
      const round = await this.liveRound(before.roundId);
      const allowed = nomineeChangeAllowed(round.status, 'edit');
      if (!allowed.ok) throw new ValidationError([allowed.error]);
      const { id: _i, createdAt: _c, updatedAt: _u, deleted: _d, deletedAt: _da, ...draft } = before;
      const clean = parseOr(nomineeSchema, { ...draft, ...patch });
      if (!round.titles.includes(clean.title)) throw new ValidationError([`本次表彰没有「${clean.title}」称号`]);
      if (clean.title !== before.title) {
        const problems = await honourProblems(this.db, [{ ...before, title: clean.title }]);
        if (problems.length) throw new ValidationError(problems);
      }
      after = { ...before, ...clean, updatedAt: nowIso() };
      if (!after.deed) delete after.deed;
      await this.db.nominees.put(after);
      await recordAudit(this.db, { action: 'update', entity: 'nominees', entityId: id, before, after });
    });
    return after;
  }

  async removeNominee(id: string): Promise<void> {
    await this.setNomineeDeleted(id, true);
  }

  async restoreNominee(id: string): Promise<void> {
    await this.setNomineeDeleted(id, false);
  }

  private async setNomineeDeleted(id: string, deleted: boolean): Promise<void> {
    // The flag and its audit entry; reads the round's status (restoring is an addition).
    await this.db.transaction('rw', this.rounds, this.db.nominees, this.db.audit, async () => {
      const before = await this.db.nominees.get(id);
      if (!before) throw new ValidationError(['推荐对象不存在']);
      if (Boolean(before.deleted) === deleted) return;
      const round = await this.liveRound(before.roundId);
      const allowed = nomineeChangeAllowed(round.status, deleted ? 'remove' : 'add');
      if (!allowed.ok) throw new ValidationError([allowed.error]);
      if (!deleted) {
        const twin = await this.db.nominees
          .where('roundId')
          .equals(before.roundId)
          .filter((n) => !n.deleted && n.title === before.title && n.kind === before.kind && n.refId === before.refId)
          .count();
        if (twin > 0) throw new ValidationError([`「${before.displayName}」已在「${before.title}」名单中`]);
      }
      const time = nowIso();
      const after: Nominee = { ...before, deleted: deleted ? 1 : 0, deletedAt: deleted ? time : undefined, updatedAt: time };
      await this.db.nominees.put(after);
      await recordAudit(this.db, { action: deleted ? 'delete' : 'restore', entity: 'nominees', entityId: id, before, after });
    });
  }
}

/**
 * Import hook (import-batches.ts TABLE_HOOKS), run inside the import's transaction: nominees
 * may be added to a round only while it is 推荐, edited or removed (by undoing an import) only
 * until it is 批准, and an added nominee must pass the honour rule — the same rules as the
 * repository's — except that the nominees of a round the same import batch recorded (an
 * honours list of decided rounds) may be added to it although it is 批准.
 */
export const NOMINEE_HOOK_TABLES = ['commendations', 'enterprises', 'villages', 'pairings', 'persons', 'townships', 'settings'];

export async function guardNomineeChanges(db: AppDatabase, changes: readonly { before?: Nominee; after?: Nominee }[]): Promise<void> {
  const problems = new Set<string>();
  const rounds = new Map<string, CommendationRoundRecord | undefined>();
  for (const { before, after } of changes) {
    const n = after ?? before;
    if (!n) continue;
    if (!rounds.has(n.roundId)) rounds.set(n.roundId, await db.commendations.get(n.roundId));
    const round = rounds.get(n.roundId);
    // A round recorded from an honours list (already decided, 批准) comes with its nominees in
    // one batch, and an undo of that batch takes them away together.
    const sameBatch = Boolean(round?.importBatchId && round.importBatchId === n.importBatchId);
    if (!sameBatch && (!round || round.deleted)) {
      problems.add(`「${n.displayName}」所属的表彰不存在或已删除`);
      continue;
    }
    const live = (x?: Nominee) => Boolean(x && !x.deleted);
    const change = !live(before) ? (live(after) ? 'add' : null) : live(after) ? 'edit' : 'remove';
    if (!change) continue;
    const allowed = sameBatch || !round ? { ok: true as const } : nomineeChangeAllowed(round.status, change);
    if (!allowed.ok) problems.add(`${roundLabel(round!)}：${allowed.error}`);
    // The honour rule, as at every other door (the preview checked it already; the registry may have changed since).
    if (after && (change === 'add' || (change === 'edit' && (before?.title !== after.title || before.refId !== after.refId)))) {
      for (const p of await honourProblems(db, [after])) problems.add(p);
    }
  }
  if (problems.size) throw new ValidationError([...problems]);
}
