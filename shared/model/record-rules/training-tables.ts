// Rules of 骨干培训班 and their trainees: the class form's and the roster's own schemas
// (shared/model/schemas/training.ts), the class and person a trainee names, the unit held
// then, and the repository's rule that a person attends a class only once.
import { traineeSchema, trainingClassSchema } from '../schemas/training';
import { trainingShape, traineeShape } from './shapes';
import type { Row, TableRule } from './types';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export const trainingRule: TableRule = {
  timestamps: 'base',
  shape: trainingShape,
  content: trainingClassSchema,
  name: (r) => str(r.name),
  labels: {
    session: { label: '期次' },
    name: { label: '培训班名称' },
    startDate: { label: '开班日期' },
    endDate: { label: '结业日期' },
    place: { label: '培训地点' },
    organizer: { label: '主办单位' },
    content: { label: '培训内容' },
    hours: { label: '学时' },
    unlistedCount: { label: '名单外学员' },
    remark: { label: '备注' },
  },
};

export const traineeRule: TableRule = {
  timestamps: 'base',
  shape: traineeShape,
  content: traineeSchema,
  refs: [
    { field: 'classId', label: '培训班', to: 'trainings' },
    { field: 'personId', label: '学员', to: 'persons' },
    { field: 'orgId', label: '学员所在单位', to: (r: Row) => (r.orgKind === 'enterprise' ? 'enterprises' : r.orgKind === 'village' ? 'villages' : undefined) },
  ],
  unique: [{ label: '培训班和学员（同一人在一个培训班只能登记一次）', field: 'personId', key: (r) => (str(r.classId) && str(r.personId) ? `${str(r.classId)}|${str(r.personId)}` : null) }],
  name: (r) => str(r.name),
  labels: { classId: { label: '培训班' }, personId: { label: '学员' }, name: { label: '姓名' }, orgKind: { label: '单位类型' }, orgId: { label: '单位' }, orgName: { label: '单位' }, post: { label: '职务' }, seq: { label: '序号' }, remark: { label: '备注' } },
};
