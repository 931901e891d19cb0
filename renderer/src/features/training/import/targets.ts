// The two kinds of rows of a class list, as import targets the generic preview builds on: a
// class row (a 骨干培训班, matched to a stored one by year + 期次 or name + date) and a trainee
// row (a person of the registry in one class). A trainee row names its class by 期次 or name
// (or by its sheet, one sheet a class) and its person by ID number or by name within the unit;
// a person no record has goes to 「未知名称」, where the user creates or maps it — never a guess.
import { CLASS_FIELDS, TRAINEE_FIELDS } from '@shared/io/targets/training-fields';
import { personSchema } from '@shared/model/schemas/person';
import { classKey, classLabel, trainingClassSchema, traineeSchema } from '@shared/model/schemas/training';
import { contentOf, given, overlay, zodOutcome, type DraftRecord, type ImportTarget, type RefCandidate, type ValidationOutcome } from '../../import';
import type { RegistryIndex } from './registry-match';

const CLASS_KEYS = CLASS_FIELDS.map((f) => f.key);

export const classTarget: ImportTarget = {
  key: 'training-classes',
  kind: 'trainings',
  label: '培训班',
  title: '培训班名单',
  table: 'trainings',
  fields: CLASS_FIELDS,
  references: [],
  identities: [{ label: '年度和期次', fields: ['session', 'name'], key: (r) => classKey(r) }],
  toDraft: (row, _refs, existing) => overlay(existing ? contentOf(existing) : {}, row, CLASS_KEYS),
  validate: zodOutcome(trainingClassSchema),
  name: (r) => (typeof r.name === 'string' ? classLabel({ name: r.name, session: typeof r.session === 'string' ? r.session : undefined }) : ''),
  listRoute: '/training/classes',
};

/** What a row says about its person, kept to create the person if the user chooses 新建. */
export type PersonDetails = { name: string; unit: string; township?: string; gender?: unknown; idNumber?: unknown; phone?: unknown; post?: unknown };

export type TraineeTargetContext = {
  registry: RegistryIndex;
  /** Every spelling of every class a row may name: this file's classes and the stored ones. */
  classCandidates: RefCandidate[];
  /** Row details by person key (the first row that gave the key). */
  details: ReadonlyMap<string, PersonDetails>;
};

const checkTrainee = zodOutcome(traineeSchema);
const checkPerson = zodOutcome(personSchema);

function personDraft(ctx: TraineeTargetContext, key: string): DraftRecord {
  const d = ctx.details.get(key);
  if (!d) return { name: key };
  const org = ctx.registry.org(d.unit, d.township);
  const draft: DraftRecord = { name: d.name, gender: d.gender, idNumber: d.idNumber, phone: d.phone, post: d.post, orgKind: org?.kind ?? 'none', orgId: org?.id };
  if (!org) draft.unknownUnit = d.unit;
  return draft;
}

function validatePerson(draft: DraftRecord): ValidationOutcome {
  const { unknownUnit, ...rest } = draft;
  // A new person belongs to a unit of the registry: the trainee's township comes from it.
  if (typeof unknownUnit === 'string') return { ok: false, issues: [{ path: 'orgId', message: `单位「${unknownUnit}」不是信息库中的企业或村（或有同名），请先在信息库中添加该单位，或对应到已有人员` }] };
  return checkPerson(rest);
}

export function traineeTarget(ctx: TraineeTargetContext): ImportTarget {
  const { registry } = ctx;
  return {
    key: 'training-trainees',
    kind: 'trainings',
    label: '学员',
    title: '学员名单',
    table: 'trainees',
    fields: TRAINEE_FIELDS,
    references: [
      { field: 'session', idPath: 'classId', label: '培训班', load: async () => ctx.classCandidates },
      {
        field: 'personKey',
        idPath: 'personId',
        label: '人员',
        load: async () => registry.matchCandidates,
        create: { table: 'persons', draft: (key) => personDraft(ctx, key), validate: validatePerson },
      },
    ],
    identities: [{ label: '培训班和学员', fields: ['name'], key: (r) => (given(r.classId) && given(r.personId) ? `${String(r.classId)}|${String(r.personId)}` : null) }],
    toDraft: (row, refs, existing) => {
      const draft: DraftRecord = existing ? contentOf(existing) : { seq: 0 };
      const person = refs.personKey ? registry.person(refs.personKey.id) : undefined;
      const org = typeof row.orgName === 'string' ? registry.org(row.orgName, typeof row.township === 'string' ? row.township : undefined) : undefined;
      draft.classId = refs.session?.id;
      draft.personId = refs.personKey?.id;
      draft.name = person?.name ?? row.name;
      if (given(row.orgName)) {
        draft.orgName = row.orgName;
        draft.orgKind = org?.kind ?? 'none';
        draft.orgId = org?.id;
      }
      draft.orgKind ??= 'none';
      if (given(row.post)) draft.post = row.post;
      else if (!existing && person?.post) draft.post = person.post;
      if (given(row.remark)) draft.remark = row.remark;
      if (given(row.idNumber)) draft.rowIdNumber = row.idNumber;
      if (person?.idNumber) draft.personIdNumber = person.idNumber;
      return draft;
    },
    validate: (draft) => {
      const { rowIdNumber, personIdNumber, ...rest } = draft;
      if (!given(rest.classId)) return { ok: false, issues: [{ path: 'classId', message: '未填写期次，不知道是哪一期培训班的学员' }] };
      if (given(rowIdNumber) && given(personIdNumber) && rowIdNumber !== personIdNumber) {
        return { ok: false, issues: [{ path: 'idNumber', message: `身份证号与信息库中「${String(rest.name)}」登记的身份证号不一致，请核对` }] };
      }
      return checkTrainee(rest);
    },
    name: (r) => String(r.name ?? ''),
    listRoute: '/training/classes',
  };
}
