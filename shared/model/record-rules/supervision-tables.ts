// Rules of 督查整改, 绩效考评, 产业基地, 技能培训基地 and 交流会议: each table's own schema as
// its form and repository use it (shared/model/schemas/inspection, industry-base,
// training-base, meeting; the evaluation scheme's checkScheme), and the records they name.
import { checkScheme } from '../evaluation/scheme';
import { inspectionRoundSchema, rectificationSchema } from '../schemas/inspection';
import { industryBaseSchema } from '../schemas/industry-base';
import { meetingSchema } from '../schemas/meeting';
import { trainingBaseSchema } from '../schemas/training-base';
import { evaluationShape, industryBaseShape, inspectionShape, meetingShape, rectificationShape, trainingBaseShape } from './shapes';
import type { TableRule } from './types';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export const inspectionRule: TableRule = {
  timestamps: 'base',
  shape: inspectionShape,
  content: inspectionRoundSchema,
  refs: [{ field: 'visits[].pairingId', label: '督查的联建', to: 'pairings' }],
  name: (r) => `${String(r.year)}年第${String(r.quarter)}季度督查`,
  labels: { year: { label: '年度' }, quarter: { label: '季度' }, team: { label: '督查组成员' }, startDate: { label: '督查开始日期' }, endDate: { label: '督查结束日期' }, visits: { label: '督查情况' } },
};

export const rectificationRule: TableRule = {
  timestamps: 'base',
  shape: rectificationShape,
  content: rectificationSchema,
  refs: [
    { field: 'inspectionId', label: '所属督查', to: 'inspections' },
    { field: 'pairingId', label: '整改的联建', to: 'pairings' },
    { field: 'townshipId', label: '乡镇', to: 'townships' },
    { field: 'attachmentIds', label: '整改佐证', to: 'attachments' },
  ],
  name: (r) => str(r.problem),
  labels: { problem: { label: '存在问题' }, requirement: { label: '整改要求' }, responsible: { label: '责任单位' }, deadline: { label: '整改期限' }, status: { label: '整改状态' } },
};

export const evaluationRule: TableRule = {
  timestamps: 'base',
  shape: evaluationShape,
  check: (r) => {
    const checked = checkScheme(r.scheme);
    return checked.ok ? [] : checked.errors.map((message) => ({ field: 'scheme', message }));
  },
  name: (r) => `${String(r.year)}年度绩效考评`,
  labels: { year: { label: '年度' }, scheme: { label: '考评方案' } },
};

export const industryBaseRule: TableRule = {
  timestamps: 'base',
  shape: industryBaseShape,
  content: industryBaseSchema,
  refs: [
    { field: 'pairingIds', label: '所属联建', to: 'pairings' },
    { field: 'townshipId', label: '乡镇', to: 'townships' },
  ],
  name: (r) => str(r.name),
  labels: { name: { label: '基地名称' }, pairingIds: { label: '所属联建' }, year: { label: '建立年份' }, area: { label: '面积' }, households: { label: '带动农户' } },
};

export const trainingBaseRule: TableRule = {
  timestamps: 'base',
  shape: trainingBaseShape,
  content: trainingBaseSchema,
  refs: [
    { field: 'villageId', label: '基地所在的村', to: 'villages' },
    { field: 'enterpriseIds', label: '服务企业', to: 'enterprises' },
  ],
  unique: [{ label: '村和基地名称（同一村的基地不能重名）', field: 'name', key: (r) => (str(r.villageId) && str(r.name) ? `${str(r.villageId)}|${str(r.name)}` : null) }],
  name: (r) => str(r.name),
  labels: { name: { label: '基地名称' }, villageId: { label: '所在村' }, enterpriseIds: { label: '服务企业' }, establishedDate: { label: '建立日期' }, contactPhone: { label: '联系电话' } },
};

export const meetingRule: TableRule = {
  timestamps: 'base',
  shape: meetingShape,
  content: meetingSchema,
  refs: [
    { field: 'townshipId', label: '所属乡镇', to: 'townships' },
    { field: 'enterpriseIds', label: '参会企业', to: 'enterprises' },
    { field: 'villageIds', label: '参会村', to: 'villages' },
    { field: 'personIds', label: '参会人员', to: 'persons' },
  ],
  name: (r) => str(r.title),
  labels: { kind: { label: '会议类型' }, title: { label: '会议名称' }, date: { label: '会议日期' }, decisions: { label: '议定事项' } },
};
