// The import columns of one ledger type, generated from the catalog: which pairing (联建编号),
// when (日期, a day or only a month), the type's figures with their units, options and
// synonyms, and a description. A new catalog entry gets its import template from here.
import type { LedgerField, LedgerType } from '@shared/model/ledger-catalog';
import type { ImportField, ImportFieldKind } from '../fields';

const KIND: Record<LedgerField['kind'], ImportFieldKind> = { int: 'int', decimal: 'decimal', text: 'text', enum: 'enum', bool: 'bool', person: 'text', date: 'date' };

export const figureKey = (fieldKey: string) => `figures.${fieldKey}`;

export function ledgerImportFields(type: LedgerType): ImportField[] {
  return [
    { key: 'pairingCode', label: '联建编号', kind: 'text', required: true, synonyms: ['编号', '联建号', '联建档案编号'], help: '联建档案中的编号，如 LJ2008-001' },
    { key: 'date', label: '日期', kind: 'text', required: true, synonyms: ['时间', '登记日期', '活动日期', '月份', '年月'], help: '如 2008-03-15；只知道月份的写 2008-03 或 2008年3月' },
    ...type.fields.map(
      (f): ImportField => ({
        key: figureKey(f.key),
        label: f.label,
        unit: f.unit,
        kind: KIND[f.kind],
        required: f.required,
        options: f.options,
        min: f.min,
        max: f.max,
        synonyms: f.synonyms,
        help: f.kind === 'person' ? '填姓名，须为人员库中的人员（联建双方的优先）' : f.help,
      }),
    ),
    { key: 'description', label: '情况说明', kind: 'text', synonyms: ['备注', '说明', '活动情况', '主要内容'] },
  ];
}
