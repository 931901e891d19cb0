// 骨干培训班 store: classes and their trainees. Every change and its audit entry commit in one
// transaction; input is validated before it starts (shared/model/schemas/training.ts), checks
// that read the store (the same class twice, a person twice in one class, the person still
// there) run inside it so a refusal writes nothing.
import type { Table } from 'dexie';
import { classKey, classKeyText, classLabel, trainingClassSchema, traineeSchema, type TrainingClassInput } from '@shared/model/schemas/training';
import type { Person, Trainee, TrainingClass } from '@shared/model/types';
import type { AppDatabase } from '../database';
import { newId, nowIso, recordAudit } from '../audit';
import { ValidationError } from './entity-repository';

type Parser<T> = { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } } };

function parseOr<T>(schema: Parser<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new ValidationError(r.error.issues.map((i) => i.message));
  return r.data;
}

/** Drops keys whose value is undefined, so stored records hold only what was given. */
function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

export type TraineePatch = Partial<Pick<Trainee, 'orgName' | 'post' | 'remark'>>;

/** The part of a person a trainee record keeps: the organization and post held now. */
export function traineeSnapshot(p: Person, orgName: string | undefined): Pick<Trainee, 'name' | 'orgKind' | 'orgId' | 'orgName' | 'post'> {
  return compact({ name: p.name, orgKind: p.orgId ? p.orgKind : 'none', orgId: p.orgId, orgName, post: p.post });
}

export class TrainingRepository {
  constructor(readonly db: AppDatabase) {}

  private get classes(): Table<TrainingClass, string> {
    return this.db.trainings;
  }

  listClasses(): Promise<TrainingClass[]> {
    return this.classes.where('deleted').equals(0).toArray();
  }

  /** Live trainees of a class, in roster order. */
  async listTrainees(classId: string): Promise<Trainee[]> {
    const list = await this.db.trainees.where('classId').equals(classId).filter((t) => !t.deleted).toArray();
    return list.sort((a, b) => a.seq - b.seq);
  }

  /** Live trainee records of a person (the classes may be deleted: callers filter). */
  traineesOfPerson(personId: string): Promise<Trainee[]> {
    return this.db.trainees.where('personId').equals(personId).filter((t) => !t.deleted).toArray();
  }

  private async liveClass(id: string): Promise<TrainingClass> {
    const c = await this.classes.get(id);
    if (!c || c.deleted) throw new ValidationError(['培训班不存在或已删除']);
    return c;
  }

  /** Inside a transaction over trainings: no other live class is the same class (year + 期次, or name + date). */
  private async checkUnique(record: TrainingClass): Promise<void> {
    const key = classKey(record);
    if (!key) return;
    const year = record.startDate.slice(0, 4);
    const twin = await this.classes
      .where('startDate')
      .between(`${year}-01-01`, `${year}-12-31`, true, true)
      .filter((c) => !c.deleted && c.id !== record.id && classKey(c) === key)
      .first();
    if (twin) throw new ValidationError([`已有${classKeyText(record)}的培训班「${classLabel(twin)}」`]);
  }

  async createClass(input: TrainingClassInput): Promise<TrainingClass> {
    const clean = compact(parseOr(trainingClassSchema, input));
    const time = nowIso();
    const record: TrainingClass = { ...clean, id: newId(), createdAt: time, updatedAt: time, deleted: 0 };
    // The class and its audit entry; reads the other classes of the year for duplicates.
    await this.db.transaction('rw', this.classes, this.db.audit, async () => {
      await this.checkUnique(record);
      await this.classes.add(record);
      await recordAudit(this.db, { action: 'create', entity: 'trainings', entityId: record.id, after: record });
    });
    return record;
  }

  async updateClass(id: string, input: TrainingClassInput): Promise<TrainingClass> {
    const clean = compact(parseOr(trainingClassSchema, input));
    let after!: TrainingClass;
    // Read-modify-write with its audit entry; reads the other classes of the year for duplicates.
    await this.db.transaction('rw', this.classes, this.db.audit, async () => {
      const before = await this.liveClass(id);
      after = { ...clean, id, createdAt: before.createdAt, updatedAt: nowIso(), deleted: 0 };
      if (before.importBatchId) after.importBatchId = before.importBatchId;
      await this.checkUnique(after);
      await this.classes.put(after);
      await recordAudit(this.db, { action: 'update', entity: 'trainings', entityId: id, before, after });
    });
    return after;
  }

  removeClass(id: string): Promise<void> {
    return this.setClassDeleted(id, true);
  }

  restoreClass(id: string): Promise<void> {
    return this.setClassDeleted(id, false);
  }

  private async setClassDeleted(id: string, deleted: boolean): Promise<void> {
    // The flag and its audit entry; the trainees stay and come back with the class.
    await this.db.transaction('rw', this.classes, this.db.audit, async () => {
      const before = await this.classes.get(id);
      if (!before) throw new ValidationError(['培训班不存在']);
      if (Boolean(before.deleted) === deleted) return;
      const time = nowIso();
      const after: TrainingClass = { ...before, deleted: deleted ? 1 : 0, deletedAt: deleted ? time : undefined, updatedAt: time };
      if (!deleted) await this.checkUnique(after);
      await this.classes.put(compact(after));
      await recordAudit(this.db, { action: deleted ? 'delete' : 'restore', entity: 'trainings', entityId: id, before, after });
    });
  }

  /**
   * Enrols persons of the registry in a class, all or none, each with the organization and
   * post they hold now. A person already on the roster, or deleted meanwhile, refuses the lot.
   */
  async addTrainees(classId: string, personIds: readonly string[]): Promise<Trainee[]> {
    if (personIds.length === 0) throw new ValidationError(['请选择要添加的学员']);
    if (new Set(personIds).size !== personIds.length) throw new ValidationError(['同一人员选择了两次']);
    const added: Trainee[] = [];
    // The trainees and their audit entries; reads the class, the roster and the persons with their organizations.
    await this.db.transaction('rw', [this.classes, this.db.trainees, this.db.persons, this.db.villages, this.db.enterprises, this.db.audit], async () => {
      const klass = await this.liveClass(classId);
      const roster = await this.listTrainees(classId);
      const onRoster = new Set(roster.map((t) => t.personId));
      const persons = await this.db.persons.bulkGet([...personIds]);
      const problems: string[] = [];
      const time = nowIso();
      let seq = roster.reduce((m, t) => Math.max(m, t.seq), 0);
      for (const [i, p] of persons.entries()) {
        if (!p || p.deleted) {
          problems.push('所选人员不存在或已删除，请重新选择');
          continue;
        }
        if (onRoster.has(p.id)) {
          problems.push(`「${p.name}」已在「${classLabel(klass)}」的学员名单中`);
          continue;
        }
        const org = p.orgKind === 'village' ? await this.db.villages.get(p.orgId ?? '') : p.orgKind === 'enterprise' ? await this.db.enterprises.get(p.orgId ?? '') : undefined;
        const draft = parseOr(traineeSchema, { classId, personId: personIds[i], seq: (seq += 1), ...traineeSnapshot(p, org?.name) });
        added.push(compact({ ...draft, id: newId(), createdAt: time, updatedAt: time, deleted: 0 as const }));
      }
      if (problems.length) throw new ValidationError(problems);
      await this.db.trainees.bulkAdd(added);
      for (const t of added) await recordAudit(this.db, { action: 'create', entity: 'trainees', entityId: t.id, after: t });
    });
    return added;
  }

  /** Corrects what the roster prints for a trainee: 单位, 职务, 备注. */
  async updateTrainee(id: string, patch: TraineePatch): Promise<Trainee> {
    let after!: Trainee;
    // Read-modify-write with its audit entry.
    await this.db.transaction('rw', this.db.trainees, this.db.audit, async () => {
      const before = await this.db.trainees.get(id);
      if (!before || before.deleted) throw new ValidationError(['学员不存在或已移除']);
      const { id: _i, createdAt: _c, updatedAt: _u, deleted: _d, deletedAt: _da, importBatchId: _b, ...draft } = before;
      const clean = parseOr(traineeSchema, { ...draft, ...patch });
      after = compact({ ...before, orgName: undefined, post: undefined, remark: undefined, ...clean, updatedAt: nowIso() });
      await this.db.trainees.put(after);
      await recordAudit(this.db, { action: 'update', entity: 'trainees', entityId: id, before, after });
    });
    return after;
  }

  removeTrainee(id: string): Promise<void> {
    return this.setTraineeDeleted(id, true);
  }

  restoreTrainee(id: string): Promise<void> {
    return this.setTraineeDeleted(id, false);
  }

  private async setTraineeDeleted(id: string, deleted: boolean): Promise<void> {
    // The flag and its audit entry; putting one back reads the roster (nobody twice).
    await this.db.transaction('rw', this.db.trainees, this.db.audit, async () => {
      const before = await this.db.trainees.get(id);
      if (!before) throw new ValidationError(['学员不存在']);
      if (Boolean(before.deleted) === deleted) return;
      if (!deleted) {
        const twin = await this.db.trainees.where('[classId+personId]').equals([before.classId, before.personId]).filter((t) => !t.deleted).count();
        if (twin > 0) throw new ValidationError([`「${before.name}」已在学员名单中`]);
      }
      const time = nowIso();
      const after = compact({ ...before, deleted: deleted ? 1 : 0, deletedAt: deleted ? time : undefined, updatedAt: time }) as Trainee;
      await this.db.trainees.put(after);
      await recordAudit(this.db, { action: deleted ? 'delete' : 'restore', entity: 'trainees', entityId: id, before, after });
    });
  }
}
