// The import columns of a township's monthly sheet (月报表): which pairing and month (filled
// in by the app's template, so a row left as it came is a pairing that did not report), the
// report's own fields, and the figures of every ledger type a report can carry — headed in
// the template by the type's name over the figure's name (劳务输送 / 输送人数（人）), which
// the header matcher joins into the field's label (劳务输送输送人数).
import { REPORT_LEDGER_TYPES } from '@shared/model/monthly-report';
import { REPORT_FIELD_LABELS, REPORT_TEXT_LIMITS } from '@shared/model/schemas/monthly-report';
import type { LedgerField } from '@shared/model/ledger-catalog';
import type { ImportField, ImportFieldKind } from '../fields';

const KIND: Record<LedgerField['kind'], ImportFieldKind> = { int: 'int', decimal: 'decimal', text: 'text', enum: 'enum', bool: 'bool', person: 'text', date: 'date' };

export const reportFigureKey = (typeKey: string, fieldKey: string): string => `figures.${typeKey}.${fieldKey}`;

/** Leading columns of the template, in order (the app fills them in). */
export const REPORT_PREFILLED_FIELDS: readonly ImportField[] = [
  { key: 'pairingCode', label: '联建编号', kind: 'text', required: true, prefilled: true, synonyms: ['编号', '联建号', '联建档案编号'], help: '联建档案中的编号，如 LJ2008-001' },
  { key: 'enterpriseName', label: '企业名称', kind: 'text', prefilled: true, synonyms: ['企业', '联建企业'], help: '与联建编号核对，不一致的行不导入' },
  { key: 'villageName', label: '村名称', kind: 'text', prefilled: true, synonyms: ['村', '村名', '联建村'], help: '与联建编号核对，不一致的行不导入' },
  { key: 'month', label: REPORT_FIELD_LABELS.month, kind: 'text', required: true, prefilled: true, synonyms: ['月报月份', '报告月份', '年月'], help: '如 2008-12 或 2008年12月' },
];

/** The report's own columns, as the township fills them. */
export const REPORT_CONTENT_FIELDS: readonly ImportField[] = [
  { key: 'active', label: REPORT_FIELD_LABELS.active, kind: 'bool', synonyms: ['开展活动', '本月是否开展活动', '是否开展联建活动'], help: '开展了联建活动填「是」，没有开展填「否」；整行不填表示未报' },
  { key: 'summary', label: REPORT_FIELD_LABELS.summary, kind: 'text', synonyms: ['主要活动', '活动内容', '开展活动情况', '工作情况', '联建活动情况'], help: `开展了活动必须填写，不超过${REPORT_TEXT_LIMITS.summary}字` },
  { key: 'problems', label: REPORT_FIELD_LABELS.problems, kind: 'text', synonyms: ['问题', '困难和问题', '存在的问题'], help: `不超过${REPORT_TEXT_LIMITS.problems}字` },
  { key: 'nextPlan', label: REPORT_FIELD_LABELS.nextPlan, kind: 'text', synonyms: ['下月工作计划', '下步计划', '下月打算'], help: `不超过${REPORT_TEXT_LIMITS.nextPlan}字` },
  { key: 'reporter', label: REPORT_FIELD_LABELS.reporter, kind: 'text', synonyms: ['填表人', '报送人'] },
  { key: 'submittedDate', label: REPORT_FIELD_LABELS.submittedDate, kind: 'date', synonyms: ['填报日期', '报送时间', '填报时间'], help: '不填的，按导入当天计' },
];

/** Figure columns: every field of every type a report can carry, labelled 「类型名+项目名」. */
export const REPORT_FIGURE_FIELDS: readonly ImportField[] = REPORT_LEDGER_TYPES.flatMap((type) =>
  type.fields.map(
    (f): ImportField => ({
      key: reportFigureKey(type.key, f.key),
      label: `${type.name}${f.label}`,
      unit: f.unit,
      kind: KIND[f.kind],
      options: f.options,
      min: f.min,
      max: f.max,
      synonyms: (f.synonyms ?? []).map((s) => `${type.name}${s}`),
      help: [f.required ? `填写了「${type.name}」的其他栏目时必填` : '', f.help ?? ''].filter(Boolean).join('；') || undefined,
    }),
  ),
);

export const MONTHLY_REPORT_FIELDS: readonly ImportField[] = [...REPORT_PREFILLED_FIELDS, ...REPORT_CONTENT_FIELDS, ...REPORT_FIGURE_FIELDS];
