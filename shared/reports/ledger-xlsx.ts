// The ledger as .xlsx: one sheet per type, its columns generated from the catalog (units in
// the header, numbers as numbers, dates as dates) and a totals row from the aggregate rules.
import ExcelJS from 'exceljs';
import type { LedgerField, LedgerType } from '../model/ledger-catalog';
import type { LedgerEntry } from '../model/types';
import { sumFigures } from '../model/ledger-totals';
import { formatDateTable } from '../model/parse-date';
import { fail, ok, type Result } from '../model/result';
import { checkTable, writeTableSheet, type TableCell, type TableColumn, type TableColumnKind, type TableModel } from './xlsx-table';

export type LedgerRowNames = {
  pairingCode: (id: string | undefined) => string;
  enterpriseName: (pairingId: string | undefined) => string;
  villageName: (pairingId: string | undefined) => string;
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
      names.pairingCode(e.pairingId),
      names.enterpriseName(e.pairingId),
      names.villageName(e.pairingId),
      names.townshipName(e.townshipId),
      ...type.fields.map((f) => figureCell(f, e.figures[f.key], names)),
      e.description ?? '',
      e.attachmentIds.length || null,
    ]),
    totals: [`合计（${entries.length}条）`, null, null, null, null, ...type.fields.map((f) => (f.aggregate === 'sum' ? (sums[f.key] ?? 0) : null)), null, null],
  };
}

/** Every type that has entries, in catalog order, as sheets of one workbook. */
export async function buildLedgerWorkbook(catalog: readonly LedgerType[], entries: readonly LedgerEntry[], names: LedgerRowNames, subtitle: string): Promise<Result<Uint8Array>> {
  const tables = catalog
    .map((t) => ({ t, list: entries.filter((e) => e.type === t.key) }))
    .filter(({ list }) => list.length > 0)
    .map(({ t, list }) => ledgerTypeTable(t, list, names, subtitle));
  if (tables.length === 0) return fail('没有可导出的台账记录');
  for (const table of tables) {
    const checked = checkTable(table);
    if (!checked.ok) return fail(`「${table.sheetName}」：${checked.error}`);
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '村企联建';
  workbook.created = new Date();
  for (const table of tables) writeTableSheet(workbook, table);
  return ok(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
}
