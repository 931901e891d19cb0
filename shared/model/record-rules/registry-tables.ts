// Rules of the 信息库 tables: 乡镇, 村, 企业, 人员. The content schemas are the forms' own;
// the natural keys are the ones the repositories refuse duplicates of (and the importer
// recognizes records by).
import { townshipSchema } from '../schemas/township';
import { villageSchema } from '../schemas/village';
import { enterpriseSchema } from '../schemas/enterprise';
import { personSchema } from '../schemas/person';
import { ENTERPRISE_LABELS, PERSON_LABELS, VILLAGE_LABELS } from '../schemas/labels';
import { enterpriseShape, personShape, townshipShape, villageShape } from './shapes';
import type { Row, TableRule } from './types';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const nameOf = (row: Row): string => str(row.name);

export const townshipRule: TableRule = {
  timestamps: 'base',
  shape: townshipShape,
  content: townshipSchema,
  unique: [{ label: '乡镇名称', field: 'name', key: (r) => str(r.name) || null }],
  name: nameOf,
  labels: { name: { label: '乡镇名称' }, kind: { label: '类型' }, order: { label: '排序' }, leaderName: { label: '挂钩领导' }, leaderPost: { label: '挂钩领导职务' } },
};

export const villageRule: TableRule = {
  timestamps: 'base',
  shape: villageShape,
  content: villageSchema,
  refs: [{ field: 'townshipId', label: '所属乡镇', to: 'townships' }],
  unique: [{ label: '所属乡镇和村名', field: 'name', key: (r) => (str(r.townshipId) && str(r.name) ? `${str(r.townshipId)}|${str(r.name)}` : null) }],
  name: nameOf,
  labels: VILLAGE_LABELS,
};

export const enterpriseRule: TableRule = {
  timestamps: 'base',
  shape: enterpriseShape,
  content: enterpriseSchema,
  refs: [{ field: 'townshipId', label: '所属乡镇（开发区）', to: 'townships' }],
  unique: [
    { label: '统一社会信用代码', field: 'uscc', key: (r) => str(r.uscc) || null },
    { label: '所属乡镇和企业名称', field: 'name', key: (r) => (str(r.townshipId) && str(r.name) ? `${str(r.townshipId)}|${str(r.name)}` : null) },
  ],
  name: nameOf,
  labels: ENTERPRISE_LABELS,
};

export const personRule: TableRule = {
  timestamps: 'base',
  shape: personShape,
  content: personSchema,
  refs: [{ field: 'orgId', label: '所在单位', to: (r) => (r.orgKind === 'enterprise' ? 'enterprises' : r.orgKind === 'village' ? 'villages' : undefined) }],
  unique: [{ label: '身份证号', field: 'idNumber', key: (r) => str(r.idNumber) || null }],
  name: nameOf,
  labels: PERSON_LABELS,
};
