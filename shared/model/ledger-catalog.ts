// The ledger-type catalog (成效台账). Types are data, not code branches: entry forms, import
// columns and templates, validation, aggregates and statistics are all generated from this
// list, so adding a ledger type means adding one entry here.
import type { CooperationArea } from './enums';

export type LedgerFieldKind =
  /** whole number ≥ min */
  | 'int'
  /** decimal number ≥ min */
  | 'decimal'
  | 'text'
  /** one of `options` */
  | 'enum'
  | 'bool'
  /** a person id (picker over 人员) */
  | 'person'
  | 'date';

/** How a field adds up in aggregates and statistics. */
export type LedgerAggregation =
  /** numeric sum */
  | 'sum'
  /** count of entries per option value (enum) */
  | 'countByOption'
  /** count of entries where the value is true (bool) */
  | 'countTrue'
  /** not summed (names, descriptions, dates, persons) */
  | 'none';

export type LedgerField = {
  key: string;
  label: string;
  unit?: string;
  kind: LedgerFieldKind;
  required: boolean;
  options?: readonly string[];
  min?: number;
  max?: number;
  aggregate: LedgerAggregation;
  /** Other header texts an import may use for this column. */
  synonyms?: readonly string[];
  /** Shown under the field in forms and in the template's 填表说明. */
  help?: string;
  /**
   * A count of the persons the entry lists (LedgerEntry.personIds): when it lists any, the
   * figure is their number (filled in when blank, refused when it differs).
   */
  countsPersons?: boolean;
  /**
   * Key of an enum field of the same type: the figure is also summed per option of it, under
   * `splitSumKey(key, by, option)` (e.g. 派出党务干部 per 方向), so statistics can tell who sent.
   */
  sumBy?: string;
  /** A date that ends the entry's span (e.g. 结业日期): not before the entry's own date. */
  endsEntry?: boolean;
};

export type LedgerType = {
  key: string;
  name: string;
  /** The cooperation area (联建内容) the type records. */
  area: CooperationArea;
  fields: readonly LedgerField[];
  /** Cross-field checks, e.g. 其中 ≤ 总数. Each returns a Chinese message or null. */
  checks?: readonly ((figures: Record<string, unknown>) => string | null)[];
  /**
   * Set when the type's facts are records of their own (产业共建 → 产业基地): the type has no
   * ledger entries — forms, the quick grid and the ledger import leave it out and the ledger
   * refuses it — and its figures are read from those records (statistics, tallies, 对账).
   */
  recordedIn?: string;
};

const int = (key: string, label: string, unit: string, extra: Partial<LedgerField> = {}): LedgerField => ({
  key,
  label,
  unit,
  kind: 'int',
  required: false,
  min: 0,
  aggregate: 'sum',
  ...extra,
});

const decimal = (key: string, label: string, unit: string, extra: Partial<LedgerField> = {}): LedgerField => ({
  key,
  label,
  unit,
  kind: 'decimal',
  required: false,
  min: 0,
  aggregate: 'sum',
  ...extra,
});

const choice = (key: string, label: string, options: readonly string[], extra: Partial<LedgerField> = {}): LedgerField => ({
  key,
  label,
  kind: 'enum',
  required: false,
  options,
  aggregate: 'countByOption',
  ...extra,
});

const text = (key: string, label: string, extra: Partial<LedgerField> = {}): LedgerField => ({
  key,
  label,
  kind: 'text',
  required: false,
  aggregate: 'none',
  ...extra,
});

/** 「其中」 figures may not exceed the total they are part of. */
const partOf = (totalKey: string, totalLabel: string, partKey: string, partLabel: string) => (f: Record<string, unknown>) => {
  const total = f[totalKey];
  const part = f[partKey];
  return typeof total === 'number' && typeof part === 'number' && part > total
    ? `「${partLabel}」（${part}）不能大于「${totalLabel}」（${total}）`
    : null;
};

/** 学习交流 directions: 企→村 is an enterprise's cadres learning from its village (the seed's 「企业派出党务干部到联建村学习取经」). */
export const EXCHANGE_DIRECTIONS = ['企→村', '村→企', '互访'] as const;

export const CROSS_APPOINTMENT_OUTCOMES = ['企业中层管理人员', '农村经济发展带头人', '当选村党组织书记', '其他'] as const;

export const LEDGER_TYPES: readonly LedgerType[] = [
  {
    key: 'labour',
    name: '劳务输送',
    area: '劳务输送',
    fields: [
      int('sent', '输送人数', '人', { required: true, synonyms: ['输送劳动力', '输送人员'] }),
      int('skilled', '其中技术工人', '人', { synonyms: ['技术工人', '输送技术工人'] }),
      int('landless', '其中失地农民', '人', { synonyms: ['失地农民'] }),
      int('leftBehindWomen', '其中留守妇女', '人', { synonyms: ['留守妇女'] }),
    ],
    checks: [
      partOf('sent', '输送人数', 'skilled', '其中技术工人'),
      partOf('sent', '输送人数', 'landless', '其中失地农民'),
      partOf('sent', '输送人数', 'leftBehindWomen', '其中留守妇女'),
    ],
  },
  {
    key: 'training',
    name: '技能培训',
    area: '技能培训',
    fields: [
      int('sessions', '期数', '期', { required: true, synonyms: ['培训期数'] }),
      int('trainees', '培训人次', '人次', { required: true, synonyms: ['培训人数'] }),
      int('employedAfter', '培训后上岗', '人', { synonyms: ['上岗人数', '上岗录用', '录用人数'] }),
      text('base', '培训基地', { help: '技能培训基地的名称（「培训交流 · 技能培训基地」中登记的基地）' }),
      { key: 'orderBased', label: '订单式', kind: 'bool', required: false, aggregate: 'countTrue', synonyms: ['是否订单式'] },
      { key: 'endDate', label: '结业日期', kind: 'date', required: false, aggregate: 'none', synonyms: ['结束日期', '培训结束'], endsEntry: true },
      text('content', '培训工种', { synonyms: ['培训内容', '培训专业', '培训项目'] }),
    ],
    checks: [partOf('trainees', '培训人次', 'employedAfter', '培训后上岗')],
  },
  {
    key: 'funds',
    name: '资金扶持',
    area: '资金扶持',
    fields: [
      decimal('amount', '金额', '万元', { required: true, synonyms: ['扶持资金', '资金'] }),
      choice('purpose', '用途', ['产业发展', '公益事业', '基础设施', '帮扶困难群众'], { synonyms: ['资金用途'] }),
    ],
  },
  {
    key: 'industry',
    name: '产业共建',
    area: '产业帮扶',
    recordedIn: '产业基地',
    fields: [
      text('product', '产品', { required: true, synonyms: ['产业项目', '基地名称'] }),
      int('bases', '基地数', '个', { synonyms: ['产业基地', '产业基地数', '基地个数'] }),
      decimal('area', '面积', '亩', { synonyms: ['基地面积'] }),
      int('households', '带动农户', '户'),
      decimal('incomePerHousehold', '户均增收', '元/年', { aggregate: 'none' }),
      decimal('enterpriseGain', '企业增效', '万元/年'),
    ],
  },
  {
    key: 'crossAppointment',
    name: '交叉任职',
    area: '交叉任职',
    fields: [
      { key: 'person', label: '人员', kind: 'person', required: true, aggregate: 'none', synonyms: ['姓名'] },
      choice('direction', '方向', ['村→企', '企→村'], { required: true, synonyms: ['任职方向'] }),
      text('post', '职务', { synonyms: ['任职职务'] }),
      { key: 'start', label: '任职开始', kind: 'date', required: false, aggregate: 'none', synonyms: ['开始时间'] },
      { key: 'end', label: '任职结束', kind: 'date', required: false, aggregate: 'none', synonyms: ['结束时间'] },
      choice('outcome', '成效', CROSS_APPOINTMENT_OUTCOMES, { synonyms: ['任职成效', '去向'] }),
    ],
  },
  {
    key: 'dispute',
    name: '矛盾化解',
    area: '矛盾化解',
    fields: [
      int('resolved', '化解纠纷', '起', { required: true, synonyms: ['化解矛盾纠纷', '纠纷'] }),
      choice('category', '类别', ['占用土地', '环境卫生', '社会治安', '劳资', '其他'], { synonyms: ['纠纷类别'] }),
    ],
  },
  {
    key: 'security',
    name: '治安联防',
    area: '治安联防',
    fields: [
      int('teams', '联防队', '支', { required: true, synonyms: ['治安联防队'] }),
      int('members', '队员', '人', { synonyms: ['联防队员'] }),
      int('patrols', '巡逻', '次', { synonyms: ['巡逻次数'] }),
    ],
  },
  {
    key: 'exchange',
    name: '学习交流',
    area: '学习交流',
    fields: [
      int('cadres', '派出党务干部', '人', { required: true, synonyms: ['党务干部', '派出干部'], countsPersons: true, sumBy: 'direction' }),
      int('visits', '交流次数', '次'),
      choice('direction', '方向', EXCHANGE_DIRECTIONS, { synonyms: ['交流方向'] }),
      text('place', '交流地点', { synonyms: ['地点', '学习地点'] }),
    ],
  },
  {
    key: 'welfare',
    name: '公益帮扶',
    area: '公益事业',
    fields: [
      decimal('amount', '金额', '万元', { required: true, synonyms: ['帮扶金额'] }),
      int('beneficiaries', '受益群众', '人', { synonyms: ['受益人数'] }),
    ],
  },
  {
    key: 'starRating',
    name: '党员星级',
    area: '学习交流',
    fields: [
      { key: 'person', label: '党员', kind: 'person', required: true, aggregate: 'none', synonyms: ['姓名', '人员'] },
      int('year', '年度', '年', { required: true, min: 1990, max: 2100, aggregate: 'none' }),
      choice('stars', '星级', ['1', '2', '3', '4', '5'], { required: true, help: '1–5 星' }),
    ],
  },
];

/** The types entered as ledger entries (forms, quick grid, ledger import). */
export const LEDGER_ENTRY_TYPES: readonly LedgerType[] = LEDGER_TYPES.filter((t) => !t.recordedIn);

const byKey = new Map(LEDGER_TYPES.map((t) => [t.key, t]));

export function ledgerType(key: string, catalog: readonly LedgerType[] = LEDGER_TYPES): LedgerType {
  const found = catalog === LEDGER_TYPES ? byKey.get(key) : catalog.find((t) => t.key === key);
  if (!found) throw new Error(`未知的台账类型：${key}`);
  return found;
}

export function findLedgerTypeByName(name: string, catalog: readonly LedgerType[] = LEDGER_TYPES): LedgerType | undefined {
  return catalog.find((t) => t.name === name || t.key === name);
}

/** Label with its unit, as shown in table headers and import templates: 「输送人数（人）」. */
export function fieldHeader(field: LedgerField): string {
  return field.unit ? `${field.label}（${field.unit}）` : field.label;
}
