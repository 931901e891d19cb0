// The ledger as .xlsx: one sheet per type, its columns generated from the catalog (units in
// the header, numbers as numbers, dates as dates) and a totals row from the aggregate rules.
// Written by the streaming SpreadsheetML writer, so 100k rows export in the browser too.
import type { LedgerField, LedgerType } from '../model/ledger-catalog';
import type { LedgerEntry } from '../model/types';
import { sumFigures } from '../model/ledger-totals';
import { formatDateTable } from '../model/parse-date';
import { fail, type Result } from '../model/result';
import { type TableCell, type TableColumn, type TableColumnKind, type TableModel } from './xlsx-table';
import { buildXlsxSheets } from './xlsx-stream';

/** Names of an entry's pairing and sides (for an organization's own entry: that organization). */
export type LedgerRowNames = {
  pairingCode: (e: LedgerEntry) => string;
  enterpriseName: (e: LedgerEntry) => string;
  villageName: (e: LedgerEntry) => string;
  townshipName: (id: string) => string;
  personName: (id: string) => string;
};

const KIND: Record<LedgerField['kind'], TableColumnKind> = { int: 'integer', decimal: 'number', text: 'text', enum: 'text', bool: 'boolean', person: 'text', date: 'date' };

function figureCell(field: LedgerField, value: unknown, names: LedgerRowNames): TableCell {
  if (value === null || value === undefined) return null;
  if (field.kind === 'person') return names.personName(String(value));
  return value as TableCell;
}

/** One sheet's table for the entries of one type. */
export function ledgerTypeTable(type: LedgerType, entries: readonly LedgerEntry[], names: LedgerRowNames, subtitle: string): TableModel {
  const fixed: TableColumn[] = [
    { header: '日期', kind: 'date', width: 12 },
    { header: '联建编号', kind: 'text' },
    { header: '企业', kind: 'text' },
    { header: '村', kind: 'text' },
    { header: '挂钩乡镇', kind: 'text' },
  ];
  const figureColumns: TableColumn[] = type.fields.map((f) => ({ header: f.label, unit: f.unit, kind: KIND[f.kind] }));
  const sums = sumFigures(type, entries);
  return {
    title: `成效台账：${type.name}`,
    subtitle,
    sheetName: type.name,
    columns: [...fixed, ...figureColumns, { header: '情况说明', kind: 'text' }, { header: '附件', unit: '个', kind: 'integer' }],
    rows: entries.map((e) => [
      formatDateTable(e.date, e.precision),
      names.pairingCode(e),
      names.enterpriseName(e),
      names.villageName(e),
      names.townshipName(e.townshipId),
      ...type.fields.map((f) => figureCell(f, e.figures[f.key], names)),
      e.description ?? '',
      e.attachmentIds.length || null,
    ]),
    totals: [`合计（${entries.length}条）`, null, null, null, null, ...type.fields.map((f) => (f.aggregate === 'sum' ? (sums[f.key] ?? 0) : null)), null, null],
  };
}

/** Every type that has entries, in catalog order, as sheets of one workbook. */
export function buildLedgerWorkbook(catalog: readonly LedgerType[], entries: readonly LedgerEntry[], names: LedgerRowNames, subtitle: string): Result<Uint8Array> {
  const byType = new Map<string, LedgerEntry[]>();
  for (const e of entries) {
    const list = byType.get(e.type);
    if (list) list.push(e);
    else byType.set(e.type, [e]);
  }
  const tables = catalog.filter((t) => byType.has(t.key)).map((t) => ({ ...ledgerTypeTable(t, byType.get(t.key)!, names, subtitle), freezeColumns: 1 }));
  if (tables.length === 0) return fail('没有可导出的台账记录');
  return buildXlsxSheets(tables);
}
