// The columns of an existing pairing list (联建名单) as offices keep it: 编号, 企业名称, 村 (as
// 「乡镇+村名」 in one cell or with a 乡镇 column), 联建时间, 联建方式, 联建内容, 联络员.
import { COOPERATION_AREAS, PAIRING_FORMATIONS } from '@shared/model/enums';
import type { ImportField } from '../fields';

export const PAIRING_LIST_FIELDS: readonly ImportField[] = [
  { key: 'code', label: '编号', kind: 'text', synonyms: ['联建编号', '联建号', '档案编号'], help: '保留原编号；空白的按联建时间的年份自动编号（如 LJ2008-001）' },
  { key: 'enterpriseName', label: '企业名称', kind: 'text', required: true, synonyms: ['企业', '联建企业', '非公企业', '企业（单位）名称', '单位名称', '公司名称'], help: '须为信息库中已有的企业，没有的可在预览时对应到已有企业' },
  { key: 'township', label: '乡镇', kind: 'text', synonyms: ['所在乡镇', '所属乡镇', '乡（镇）', '乡镇（开发区）', '村所在乡镇'], help: '村名在两个乡镇都有时必填；也可在「村」列写成「乡镇+村名」，如 河田镇红星村' },
  { key: 'village', label: '村', kind: 'text', required: true, synonyms: ['村名', '联建村', '行政村', '村委会', '村名称', '村（居）'] },
  { key: 'date', label: '联建时间', kind: 'date', required: true, synonyms: ['联建日期', '结对时间', '建立时间', '联建年月'], help: '如 2007-03-15 或 2007年3月；按此日期登记为已批准' },
  {
    key: 'formation',
    label: '联建方式',
    kind: 'enum',
    options: PAIRING_FORMATIONS,
    optionAliases: { 双向选择: ['双向', '自主联建', '自愿联建', '自主'], 组织推荐: ['推荐', '组织安排', '组织牵线', '组织协调'] },
    synonyms: ['结对方式', '联建形式'],
    help: '空白的按「双向选择」',
  },
  { key: 'areas', label: '联建内容', kind: 'list', synonyms: ['联建项目', '合作内容', '帮扶内容', '联建领域'], help: `可填：${COOPERATION_AREAS.join('、')}`, dictionary: 'cooperationAreas' },
  { key: 'liaison', label: '联络员', kind: 'text', synonyms: ['联系人', '联络人'], help: '可写两人「企业：姓名 电话、村：姓名 电话」；人员库中有的人按所在单位分到企业或村' },
  { key: 'enterpriseLiaison', label: '企业联络员', kind: 'text', synonyms: ['企业联系人'] },
  { key: 'villageLiaison', label: '村联络员', kind: 'text', synonyms: ['村联系人'] },
];
