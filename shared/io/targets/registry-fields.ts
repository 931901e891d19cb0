// The import columns of the registry (信息库): 乡镇, 村, 企业, 人员. Labels come from the
// registry's own label list, so an import template, an export and a form head a column alike;
// synonyms are the other headers offices use for the same column.
import { ENTERPRISE_PARTY_ORG_TYPES, GENDERS, OWNERSHIPS, POLITICAL_STATUSES, TOWNSHIP_KINDS, VILLAGE_PARTY_ORG_TYPES } from '@shared/model/enums';
import { ENTERPRISE_LABELS, PERSON_LABELS, TOWNSHIP_LABELS, VILLAGE_LABELS } from '@shared/model/schemas/labels';
import type { ImportField } from '../fields';

const PHONE_SYNONYMS = ['电话', '手机', '手机号', '手机号码', '联系方式', '电话号码'];

export const TOWNSHIP_FIELDS: readonly ImportField[] = [
  { key: 'name', label: '乡镇名称', kind: 'text', required: true, synonyms: [TOWNSHIP_LABELS.name.label, '乡镇', '乡（镇）', '乡镇（开发区）', '乡镇（街道）', '单位'] },
  { key: 'kind', label: TOWNSHIP_LABELS.kind.label, kind: 'enum', options: TOWNSHIP_KINDS, synonyms: ['乡镇类型'], help: '空白时按名称判断（某某镇为镇，某某乡为乡）' },
  { key: 'order', label: TOWNSHIP_LABELS.order.label, kind: 'int', min: 0, synonyms: ['排序号', '顺序'], help: '空白时排在最后' },
  { key: 'leaderName', label: TOWNSHIP_LABELS.leaderName.label, kind: 'text', synonyms: ['挂钩县领导', '联系领导', '挂钩领导姓名'] },
  { key: 'leaderPost', label: TOWNSHIP_LABELS.leaderPost.label, kind: 'text', synonyms: ['挂钩领导职务', '领导职位'] },
];

export const VILLAGE_FIELDS: readonly ImportField[] = [
  { key: 'townshipName', label: VILLAGE_LABELS.townshipId.label, kind: 'text', required: true, synonyms: ['乡镇', '乡（镇）', '乡镇名称', '所在乡镇', '乡镇（街道）', '所属乡镇（街道）'], help: '须为信息库中已有的乡镇；没有的可在预览时新建或对应到已有乡镇' },
  { key: 'name', label: VILLAGE_LABELS.name.label, kind: 'text', required: true, synonyms: ['村', '村名称', '行政村', '行政村名称', '村委会', '村（居）名称', '村（社区）名称'] },
  { key: 'areaCode', label: VILLAGE_LABELS.areaCode.label, kind: 'code', synonyms: ['行政区划代码', '统计用区划代码', '区划编码', '村代码'], help: '12位数字' },
  { key: 'households', label: VILLAGE_LABELS.households.label, unit: '户', kind: 'int', min: 0, synonyms: ['总户数'] },
  { key: 'population', label: VILLAGE_LABELS.population.label, unit: '人', kind: 'int', min: 0, synonyms: ['总人口', '人口数', '户籍人口'] },
  { key: 'surplusLabour', label: VILLAGE_LABELS.surplusLabour.label, unit: '人', kind: 'int', min: 0, synonyms: ['富余劳动力数', '剩余劳动力'] },
  { key: 'landlessFarmers', label: VILLAGE_LABELS.landlessFarmers.label, unit: '人', kind: 'int', min: 0, synonyms: ['失地农民数'] },
  { key: 'industries', label: VILLAGE_LABELS.industries.label, kind: 'list', synonyms: ['主要产业', '支柱产业', '特色产业'], dictionary: 'industries' },
  { key: 'collectiveIncome', label: VILLAGE_LABELS.collectiveIncome.label, unit: '万元', kind: 'decimal', min: 0, synonyms: ['村集体经济收入', '集体收入', '村财收入', '集体经济收入'] },
  { key: 'partyOrg.name', label: VILLAGE_LABELS['partyOrg.name'].label, kind: 'text', synonyms: ['党组织名称'] },
  {
    key: 'partyOrg.type',
    label: VILLAGE_LABELS['partyOrg.type'].label,
    kind: 'enum',
    options: VILLAGE_PARTY_ORG_TYPES,
    optionAliases: { 党支部: ['支部'], 党总支: ['总支', '党总支部'] },
    synonyms: ['党组织类型', '党组织设置', '组织类型'],
  },
  { key: 'partyOrg.secretary', label: VILLAGE_LABELS['partyOrg.secretary'].label, kind: 'text', synonyms: ['党组织书记', '村支书', '村党支部书记', '村党总支书记'] },
  { key: 'partyOrg.members', label: VILLAGE_LABELS['partyOrg.members'].label, unit: '人', kind: 'int', min: 0, synonyms: ['党员人数', '党员'] },
  { key: 'contactName', label: VILLAGE_LABELS.contactName.label, kind: 'text' },
  { key: 'contactPhone', label: VILLAGE_LABELS.contactPhone.label, kind: 'phone', synonyms: PHONE_SYNONYMS },
];

export const ENTERPRISE_FIELDS: readonly ImportField[] = [
  { key: 'name', label: ENTERPRISE_LABELS.name.label, kind: 'text', required: true, synonyms: ['单位名称', '企业（单位）名称', '公司名称', '企业'] },
  { key: 'uscc', label: ENTERPRISE_LABELS.uscc.label, kind: 'uscc', synonyms: ['信用代码', '社会信用代码', '统一信用代码'], help: '有代码的企业以代码识别已有记录' },
  {
    key: 'townshipName',
    label: ENTERPRISE_LABELS.townshipId.label,
    kind: 'text',
    required: true,
    synonyms: ['所属乡镇', '乡镇', '所在乡镇', '乡镇（开发区）', '所在地'],
    help: '须为信息库中已有的乡镇或开发区；没有的可在预览时新建或对应到已有乡镇',
  },
  { key: 'industry', label: ENTERPRISE_LABELS.industry.label, kind: 'text', synonyms: ['所属行业', '行业类别', '主营行业'], dictionary: 'industries' },
  {
    key: 'ownership',
    label: ENTERPRISE_LABELS.ownership.label,
    kind: 'enum',
    options: OWNERSHIPS,
    optionAliases: { 私营: ['民营', '私营企业', '民营企业'], 个体: ['个体户', '个体工商户'], 外资: ['外商投资', '外商独资', '中外合资'], 港澳台资: ['港资', '台资', '港澳台'] },
    synonyms: ['企业类型', '所有制', '经济性质', '所有制形式', '企业性质'],
  },
  { key: 'aboveScale', label: ENTERPRISE_LABELS.aboveScale.label, kind: 'bool', synonyms: ['是否规上', '规上企业', '是否规模以上', '规模以上企业', '是否规模以上企业'], help: '空白视为「否」' },
  { key: 'employees', label: ENTERPRISE_LABELS.employees.label, unit: '人', kind: 'int', min: 0, synonyms: ['职工人数', '从业人数', '员工人数', '职工数', '从业人员数'] },
  { key: 'outputValue', label: ENTERPRISE_LABELS.outputValue.label, unit: '万元', kind: 'decimal', min: 0, synonyms: ['产值', '工业总产值', '年度产值'] },
  { key: 'foundedYear', label: ENTERPRISE_LABELS.foundedYear.label, kind: 'year', synonyms: ['成立时间', '成立日期', '创办时间', '注册时间'] },
  {
    key: 'partyOrg.type',
    label: ENTERPRISE_LABELS['partyOrg.type'].label,
    kind: 'enum',
    options: ENTERPRISE_PARTY_ORG_TYPES,
    optionAliases: { 党支部: ['支部'], 党总支: ['总支'], 联合党支部: ['联合支部'], 未建立: ['无', '未建', '没有', '未成立'] },
    synonyms: ['党组织设置', '党组织形式'],
    help: '空白视为「未建立」',
  },
  { key: 'partyOrg.name', label: ENTERPRISE_LABELS['partyOrg.name'].label, kind: 'text', synonyms: ['党组织名称'] },
  { key: 'partyOrg.establishedDate', label: ENTERPRISE_LABELS['partyOrg.establishedDate'].label, kind: 'date', synonyms: ['党组织建立时间', '党组织成立时间', '党组织成立日期', '建立时间', '建立日期'] },
  { key: 'partyOrg.secretary', label: ENTERPRISE_LABELS['partyOrg.secretary'].label, kind: 'text', synonyms: ['书记', '支部书记', '党支部书记', '党委书记'] },
  { key: 'partyOrg.members', label: ENTERPRISE_LABELS['partyOrg.members'].label, unit: '人', kind: 'int', min: 0, synonyms: ['党员人数', '党员'] },
  { key: 'contactName', label: ENTERPRISE_LABELS.contactName.label, kind: 'text' },
  { key: 'contactPhone', label: ENTERPRISE_LABELS.contactPhone.label, kind: 'phone', synonyms: PHONE_SYNONYMS },
];

export const PERSON_FIELDS: readonly ImportField[] = [
  { key: 'name', label: PERSON_LABELS.name.label, kind: 'text', required: true, synonyms: ['名字'] },
  { key: 'gender', label: PERSON_LABELS.gender.label, kind: 'enum', options: GENDERS, optionAliases: { 男: ['男性'], 女: ['女性'] } },
  { key: 'idNumber', label: PERSON_LABELS.idNumber.label, kind: 'idcard', synonyms: ['身份证号码', '公民身份号码', '身份证'], help: '有身份证号的人员以身份证号识别已有记录' },
  { key: 'phone', label: PERSON_LABELS.phone.label, kind: 'phone', synonyms: PHONE_SYNONYMS },
  {
    key: 'politicalStatus',
    label: PERSON_LABELS.politicalStatus.label,
    kind: 'enum',
    options: POLITICAL_STATUSES,
    optionAliases: { 中共党员: ['党员', '共产党员', '中共正式党员', '正式党员'], 预备党员: ['中共预备党员'] },
  },
  { key: 'orgName', label: PERSON_LABELS.orgId.label, kind: 'text', synonyms: ['工作单位', '单位', '所在企业', '所在村', '单位名称'], help: '信息库中已有的企业或村的名称' },
  { key: 'orgTownship', label: '所在乡镇', kind: 'text', synonyms: ['所属乡镇', '乡镇'], help: '村名在多个乡镇重复时用来区分' },
  { key: 'post', label: PERSON_LABELS.post.label, kind: 'text', synonyms: ['职位', '担任职务', '现任职务'] },
];
