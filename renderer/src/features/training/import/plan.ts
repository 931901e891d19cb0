// A class-list workbook → what the import would write. Each sheet has a role: 培训班 (one row a
// class) or 学员 (one row a trainee; a sheet without a 期次 column is one class, named by the
// sheet). The class rows are previewed first; the trainee rows then name those classes (or
// stored ones) and persons of the registry. One commit plan writes the persons created for
// unknown names, the classes and the trainees together, as one import batch.
import { detectLayout, type SheetLayout } from '@shared/io/header';
import { autoMapping, extractRows, type ParsedRow } from '@shared/io/extract';
import type { ImportField } from '@shared/io/fields';
import { CLASS_FIELDS, TRAINEE_FIELDS } from '@shared/io/targets/training-fields';
import type { WorkbookData } from '@shared/io/types';
import { normalizeText } from '@shared/model/normalize';
import { classLabel, formatSession } from '@shared/model/schemas/training';
import type { Trainee, TrainingClass } from '@shared/model/types';
import type { AppDatabase } from '../../../db/database';
import type { CommitPlan, RecordWrite } from '../../../db/repositories/import-batches';
import { buildPreview, loadSavedMapping, type PlannedRow, type Preview, type RefCandidate, type RefChoice, type SheetPlan } from '../../import';
import { idKey, indexRegistry, type RegistryIndex } from './registry-match';
import { classTarget, traineeTarget, type PersonDetails } from './targets';

export type SheetRole = 'classes' | 'trainees';
export type ClassListSheet = SheetPlan & { role: SheetRole | null };

export const ROLE_FIELDS: Record<SheetRole, readonly ImportField[]> = { classes: CLASS_FIELDS, trainees: TRAINEE_FIELDS };
export const ROLE_KEYS: Record<SheetRole, string> = { classes: classTarget.key, trainees: 'training-trainees' };

export type ClassListContext = {
  classes: TrainingClass[];
  trainees: Trainee[];
  registry: RegistryIndex;
};

export async function loadClassListContext(db: AppDatabase): Promise<ClassListContext> {
  const live = <T>(name: string) => db.table<T, string>(name).where('deleted').equals(0).toArray();
  const [classes, trainees, townships, villages, enterprises, persons] = await Promise.all([
    live<TrainingClass>('trainings'),
    live<Trainee>('trainees'),
    db.townships.where('deleted').equals(0).toArray(),
    db.villages.where('deleted').equals(0).toArray(),
    db.enterprises.where('deleted').equals(0).toArray(),
    db.persons.where('deleted').equals(0).toArray(),
  ]);
  return { classes, trainees, registry: indexRegistry(townships, villages, enterprises, persons) };
}

const matches = (layout: SheetLayout | null, field: string) => Boolean(layout?.columns.some((c) => c.field === field));

/** A sheet laid out for a role: its header found against that role's fields, a remembered mapping if any. */
export async function sheetForRole(db: AppDatabase, plan: Omit<ClassListSheet, 'role' | 'layout' | 'mapping' | 'source' | 'include'>, role: SheetRole | null): Promise<ClassListSheet> {
  const layout = role ? detectLayout(plan.sheet, ROLE_FIELDS[role]) : null;
  const saved = role && layout ? await loadSavedMapping(db, ROLE_KEYS[role], layout, new Set(ROLE_FIELDS[role].map((f) => f.key))) : null;
  return {
    ...plan,
    role,
    layout,
    include: role !== null && layout !== null && !plan.sheet.hidden,
    mapping: saved?.mapping ?? (layout ? autoMapping(layout) : new Map()),
    source: saved ? { kind: 'saved', savedAt: saved.savedAt } : { kind: 'auto' },
  };
}

/** Every sheet with the role its header suggests: a 姓名 column makes it a sheet of trainees. */
export async function planWorkbook(db: AppDatabase, fileId: string, workbook: WorkbookData): Promise<ClassListSheet[]> {
  const plans: ClassListSheet[] = [];
  for (const [i, sheet] of workbook.sheets.entries()) {
    if (sheet.rows.length === 0) continue;
    const base = { key: `${fileId}:${i}`, fileId, fileName: workbook.fileName, sheet, sheetLabel: workbook.format === 'csv' ? undefined : sheet.name, date1904: workbook.date1904 };
    const classes = detectLayout(sheet, CLASS_FIELDS);
    const role: SheetRole | null = matches(detectLayout(sheet, TRAINEE_FIELDS), 'name') ? 'trainees' : matches(classes, 'name') || matches(classes, 'startDate') ? 'classes' : null;
    plans.push(await sheetForRole(db, base, role));
  }
  return plans;
}

const rowsOf = (sheets: readonly ClassListSheet[], role: SheetRole): ParsedRow[] =>
  sheets
    .filter((p) => p.role === role && p.include && p.layout)
    .flatMap((p) => extractRows(p.sheet, p.layout!, p.mapping, ROLE_FIELDS[role], { file: p.fileName, sheetLabel: p.sheetLabel, date1904: p.date1904 }).rows);

/** A 期次 as candidates spell it: 「第3期」 for 3, 三, 第三期. */
const sessionText = (v: unknown) => (typeof v === 'string' && v ? formatSession(v) : v);

export type ClassListPreview = {
  classes: Preview;
  trainees: Preview;
  /** The id each new class will have (stable while the same file is previewed). */
  classIdOf: (row: PlannedRow) => string;
  /** What an unknown name may be mapped to, by reference field. */
  pickCandidates: ReadonlyMap<string, readonly RefCandidate[]>;
};

function classSpellings(c: { id: string; name: string; session?: string; startDate: string }, hint: string): RefCandidate[] {
  const names = new Set([c.name, classLabel(c), ...(c.session ? [c.session] : [])]);
  return [...names].map((name) => ({ id: c.id, name, hint }));
}

export function buildClassListPreview(
  sheets: readonly ClassListSheet[],
  context: ClassListContext,
  choices: ReadonlyMap<string, RefChoice>,
  ids: Map<string, string>,
  updateExisting: boolean,
): ClassListPreview {
  const fileName = sheets[0]?.fileName ?? '';
  const classes = buildPreview(classTarget, { files: [{ fileName, rows: rowsOf(sheets, 'classes') }] }, { existing: context.classes, candidates: new Map() }, new Map(), { updateExisting });
  const classIdOf = (row: PlannedRow) => {
    if (row.existing) return String(row.existing.id);
    const key = `${row.sheet ?? ''}|${row.row}`;
    if (!ids.has(key)) ids.set(key, crypto.randomUUID());
    return ids.get(key)!;
  };

  // The file's classes first; a stored class only under a spelling none of them uses.
  const inFile = [...classes.creates, ...classes.updates, ...classes.unchanged].map((r) => ({ ...(r.draft as TrainingClass), id: classIdOf(r) }));
  const fileCandidates = inFile.flatMap((c) => classSpellings(c, `${c.startDate} · 本次导入`));
  const taken = new Set(fileCandidates.map((c) => c.name));
  const fileIds = new Set(inFile.map((c) => c.id));
  const stored = context.classes.filter((c) => !fileIds.has(c.id));
  const classCandidates = [...fileCandidates, ...stored.flatMap((c) => classSpellings(c, c.startDate)).filter((c) => !taken.has(c.name))];

  // Each trainee row gets its class (the sheet's name when it has no 期次 column) and its person key.
  const details = new Map<string, PersonDetails>();
  const keyOfIdNumber = new Map<string, string>();
  const rows = rowsOf(sheets, 'trainees').map((row) => {
    const values = { ...row.values };
    const columns = { ...row.columns };
    if (!row.columns.session && row.sheet) values.session = row.sheet;
    values.session = sessionText(values.session);
    const name = typeof values.name === 'string' ? values.name : '';
    const unit = typeof values.orgName === 'string' ? values.orgName : '';
    if (name && unit) {
      const idNumber = typeof values.idNumber === 'string' ? values.idNumber : undefined;
      const township = typeof values.township === 'string' ? values.township : undefined;
      let key: string;
      if (idNumber && context.registry.personByIdNumber(idNumber)) key = idKey(idNumber);
      else {
        // Rows with one ID number are one person, however their unit is spelt.
        key = (idNumber && keyOfIdNumber.get(idNumber)) || context.registry.personKey(name, context.registry.org(unit, township)?.name ?? normalizeText(unit));
        if (idNumber) keyOfIdNumber.set(idNumber, key);
      }
      values.personKey = key;
      if (!details.has(key)) details.set(key, { name, unit, township, gender: values.gender, idNumber, phone: values.phone, post: values.post });
      if (row.columns.name) columns.personKey = row.columns.name;
    }
    return { ...row, values, columns };
  });
  const target = traineeTarget({ registry: context.registry, classCandidates, details });
  const candidates = new Map<string, readonly RefCandidate[]>([
    ['session', classCandidates],
    ['personKey', context.registry.matchCandidates],
  ]);
  const trainees = buildPreview(target, { files: [{ fileName, rows }] }, { existing: context.trainees, candidates }, choices, { updateExisting });
  const classPicks = [...new Map(classCandidates.map((c) => [c.id, { ...c, name: classLabel([...inFile, ...stored].find((k) => k.id === c.id)!) }])).values()];
  return { classes, trainees, classIdOf, pickCandidates: new Map([['session', classPicks], ['personKey', context.registry.pickCandidates]]) };
}

export const rejectedCount = (p: ClassListPreview) => p.classes.rejected.length + p.trainees.rejected.length;
export const hasWrites = (p: ClassListPreview) => p.classes.creates.length + p.classes.updates.length + p.trainees.creates.length + p.trainees.updates.length > 0;

/** The writes, in the order they refer to each other: new persons, the classes, the trainees (numbered after each class's roster). */
export function toClassListCommitPlan(preview: ClassListPreview, context: ClassListContext, file: { fileName: string; hash: string }): CommitPlan {
  const writes: RecordWrite[] = [];
  for (const ref of preview.trainees.createdRefs) if (ref.spec.create) writes.push({ action: 'create', table: ref.spec.create.table, batch: 0, id: ref.id, draft: ref.draft });
  for (const row of preview.classes.creates) writes.push({ action: 'create', table: 'trainings', batch: 0, id: preview.classIdOf(row), draft: row.draft });
  for (const row of preview.classes.updates) writes.push({ action: 'update', table: 'trainings', batch: 0, id: String(row.existing!.id), next: row.draft, expectedUpdatedAt: String(row.existing!.updatedAt) });
  const seq = new Map<string, number>();
  for (const t of context.trainees) seq.set(t.classId, Math.max(seq.get(t.classId) ?? 0, t.seq));
  for (const row of preview.trainees.creates) {
    const classId = String(row.draft.classId);
    const next = (seq.get(classId) ?? 0) + 1;
    seq.set(classId, next);
    writes.push({ action: 'create', table: 'trainees', batch: 0, id: crypto.randomUUID(), draft: { ...row.draft, seq: next } });
  }
  for (const row of preview.trainees.updates) writes.push({ action: 'update', table: 'trainees', batch: 0, id: String(row.existing!.id), next: row.draft, expectedUpdatedAt: String(row.existing!.updatedAt) });
  const { classes, trainees } = preview;
  return {
    batches: [
      {
        kind: 'trainings',
        fileName: file.fileName,
        fileHash: file.hash,
        counts: {
          added: classes.creates.length + trainees.creates.length,
          updated: classes.updates.length + trainees.updates.length,
          rejected: classes.rejected.length + trainees.rejected.length,
        },
      },
    ],
    writes,
  };
}
