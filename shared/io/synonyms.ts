// The one table of header phrasings that mean the same column in every list an office sends:
// each group is a set of header names (units split off, normalized as headers are) that are
// interchangeable, and a field answering to any of them answers to all. Units that mean the same
// (人 and 名) are here too. A header that means different things in different lists (单位名称:
// the enterprise in an enterprise list, the employer in a person list) is not a phrasing: it stays
// a synonym of its field in that target.
//
// To teach the importers a new phrasing, add it to its group here; test/unit/shared/io/
// synonyms.test.ts checks the table against every target and the tally reader.
import { splitHeaderUnit } from '@shared/model/normalize';

export const HEADER_SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // 劳务输送
  ['输送人数', '输送劳动力', '输送人员', '劳务输送人数', '输送劳务人员', '输送劳动力人数'],
  ['其中技术工人', '技术工人', '其中技工', '技工', '技术工人数', '输送技术工人'],
  ['其中失地农民', '失地农民', '失地农民数'],
  ['其中留守妇女', '留守妇女', '留守妇女数'],
  // 技能培训
  ['期数', '培训期数', '办班期数', '举办期数', '培训班期数'],
  ['培训人次', '培训人数', '参训人次', '参训人数'],
  ['培训后上岗', '上岗人数', '培训后上岗人数', '培训后就业'],
  // 产业共建
  ['面积', '基地面积', '产业基地面积', '共建基地面积', '基地规模'],
  ['带动农户', '带动农户数', '带动户数', '辐射带动农户'],
  ['户均增收', '农户户均增收', '户均增收额'],
  ['企业增效', '企业增收', '企业新增效益'],
  // 矛盾化解、治安联防、学习交流、公益帮扶
  ['化解纠纷', '化解矛盾纠纷', '调处纠纷', '化解矛盾', '调处矛盾纠纷'],
  ['联防队', '治安联防队', '联防队伍'],
  ['队员', '联防队员', '队员人数'],
  ['巡逻', '巡逻次数', '开展巡逻'],
  ['派出党务干部', '党务干部', '派出干部', '选派党务干部'],
  ['交流次数', '交流', '互访次数'],
  ['受益群众', '受益人数', '受益群众人数'],
  // 信息库
  ['统一社会信用代码', '信用代码', '社会信用代码', '统一信用代码', '统一社会信用代码证号'],
  ['身份证号', '身份证号码', '公民身份号码', '公民身份证号', '身份证'],
  ['从业人员', '职工人数', '从业人数', '员工人数', '职工数', '从业人员数', '用工人数'],
  ['户数', '总户数', '农户数'],
  ['人口', '总人口', '人口数', '户籍人口'],
  ['富余劳动力', '富余劳动力数', '剩余劳动力'],
  ['村集体收入', '村集体经济收入', '集体经济收入', '村级集体经济收入'],
  ['联系电话', '电话', '手机', '手机号', '手机号码', '联系方式', '电话号码'],
  ['联建编号', '联建号', '联建档案编号', '联建点编号'],
];

/** Units written in headers that mean the same (人 and 名): the first of each group is the one fields use. */
export const UNIT_SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['人', '名', '人数'],
  ['户', '户数'],
  ['个', '家'],
  ['亩', '亩数'],
  ['次', '次数'],
  ['起', '件'],
];

const byName = (groups: readonly (readonly string[])[], normalize: (s: string) => string) => {
  const map = new Map<string, readonly string[]>();
  for (const group of groups) {
    const names = group.map(normalize);
    for (const n of names) map.set(n, names);
  }
  return map;
};

const HEADERS = byName(HEADER_SYNONYM_GROUPS, (n) => splitHeaderUnit(n).name);
const UNITS = byName(UNIT_SYNONYM_GROUPS, (u) => u);

/** The other names of a header name (normalized, unit split off), itself excluded; [] when it has none. */
export const headerSynonyms = (name: string): readonly string[] => (HEADERS.get(name) ?? []).filter((n) => n !== name);

/** Whether two written units mean the same. */
export const sameUnit = (a: string, b: string): boolean => a === b || (UNITS.get(a)?.includes(b) ?? false);
