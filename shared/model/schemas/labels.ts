// Chinese labels (and units) of the registry fields, by field path ('partyOrg.secretary'). One
// list serves the forms, the change log (变更记录), exports and the import column headers.
export type FieldLabel = { label: string; unit?: string };

/** 「户数（户）」: the label with its unit in full-width brackets, as headers print it. */
export const labelWithUnit = (f: FieldLabel): string => (f.unit ? `${f.label}（${f.unit}）` : f.label);

export const VILLAGE_LABELS = {
  townshipId: { label: '所属乡镇' },
  name: { label: '村名' },
  areaCode: { label: '区划代码' },
  households: { label: '户数', unit: '户' },
  population: { label: '人口', unit: '人' },
  surplusLabour: { label: '富余劳动力', unit: '人' },
  landlessFarmers: { label: '失地农民', unit: '人' },
  industries: { label: '主导产业' },
  collectiveIncome: { label: '村集体收入', unit: '万元' },
  'partyOrg.name': { label: '村党组织名称' },
  'partyOrg.type': { label: '村党组织类型' },
  'partyOrg.secretary': { label: '村党组织书记' },
  'partyOrg.members': { label: '党员数', unit: '人' },
  contactName: { label: '联系人' },
  contactPhone: { label: '联系电话' },
} as const satisfies Record<string, FieldLabel>;

export const ENTERPRISE_LABELS = {
  townshipId: { label: '所属乡镇（开发区）' },
  name: { label: '企业名称' },
  uscc: { label: '统一社会信用代码' },
  industry: { label: '行业' },
  ownership: { label: '经济类型' },
  aboveScale: { label: '规模以上' },
  employees: { label: '从业人员', unit: '人' },
  outputValue: { label: '年产值', unit: '万元' },
  foundedYear: { label: '成立年份' },
  'partyOrg.name': { label: '企业党组织名称' },
  'partyOrg.type': { label: '党组织类型' },
  'partyOrg.establishedDate': { label: '党组织建立日期' },
  'partyOrg.secretary': { label: '党组织书记' },
  'partyOrg.members': { label: '党员数', unit: '人' },
  contactName: { label: '联系人' },
  contactPhone: { label: '联系电话' },
} as const satisfies Record<string, FieldLabel>;

export const PERSON_LABELS = {
  name: { label: '姓名' },
  gender: { label: '性别' },
  idNumber: { label: '身份证号' },
  phone: { label: '联系电话' },
  politicalStatus: { label: '政治面貌' },
  orgKind: { label: '所在单位类型' },
  orgId: { label: '所在单位' },
  post: { label: '职务' },
} as const satisfies Record<string, FieldLabel>;

export const TOWNSHIP_LABELS = {
  name: { label: '名称' },
  kind: { label: '类型' },
  order: { label: '排序' },
  leaderName: { label: '挂钩领导' },
  leaderPost: { label: '领导职务' },
} as const satisfies Record<string, FieldLabel>;

/** Labels per registry table, for the change log. */
export const REGISTRY_LABELS: Record<string, Record<string, FieldLabel>> = {
  townships: TOWNSHIP_LABELS,
  villages: VILLAGE_LABELS,
  enterprises: ENTERPRISE_LABELS,
  persons: PERSON_LABELS,
};
