// The sheets of the files read so far, each with its detected layout and column mapping, and
// the rows they give once mapped.
import { detectLayout, type SheetLayout } from '@shared/io/header';
import { autoMapping, extractRows, missingRequired, type ParsedRow, type SkippedRow } from '@shared/io/extract';
import type { ImportField } from '@shared/io/fields';
import type { FillDown } from '@shared/io/fill-down';
import type { SheetData, WorkbookData } from '@shared/io/types';
import type { AppDatabase } from '../../../db/database';
import { loadSavedMapping, type Mapping, type MappingSource } from '../mappings';
import type { ImportTarget } from '../target';

export type SheetPlan = {
  /** `${fileId}:${sheetIndex}` */
  key: string;
  fileId: string;
  fileName: string;
  sheet: SheetData;
  /** How messages name the sheet (undefined for CSV). */
  sheetLabel?: string;
  date1904: boolean;
  layout: SheetLayout | null;
  include: boolean;
  mapping: Mapping;
  /** Where the mapping came from: the headers, an earlier import of the layout, another file of the batch, or the user. */
  source: MappingSource;
};

/**
 * Plans for every sheet of a workbook. A sheet is included when its header names every
 * required field (a pairings workbook's 产业基地 sheet for the bases, not its 联建名单 sheet,
 * which only shares a 联建编号 column); when no sheet does, the one naming the most fields is
 * included, for the user to map the rest by hand.
 */
export async function planSheets(db: AppDatabase, target: ImportTarget, fileId: string, workbook: WorkbookData): Promise<SheetPlan[]> {
  const fieldKeys = new Set(target.fields.map((f) => f.key));
  const plans: SheetPlan[] = [];
  for (const [i, sheet] of workbook.sheets.entries()) {
    if (sheet.rows.length === 0) continue;
    const layout = detectLayout(sheet, target.fields);
    const saved = layout ? await loadSavedMapping(db, target.key, layout, fieldKeys) : null;
    plans.push({
      key: `${fileId}:${i}`,
      fileId,
      fileName: workbook.fileName,
      sheet,
      sheetLabel: workbook.format === 'csv' ? undefined : sheet.name,
      date1904: workbook.date1904,
      layout,
      include: layout !== null && !sheet.hidden,
      mapping: saved?.mapping ?? (layout ? autoMapping(layout) : new Map()),
      source: saved ? { kind: 'saved', savedAt: saved.savedAt } : { kind: 'auto' },
    });
  }
  const complete = plans.filter((p) => p.include && missingRequired(target.fields, p.mapping).length === 0);
  if (complete.length > 0) for (const p of plans) p.include = complete.includes(p);
  else {
    const best = plans.filter((p) => p.include).sort((a, b) => matched(b) - matched(a))[0];
    for (const p of plans) p.include = p === best;
  }
  return plans;
}

const matched = (p: SheetPlan) => [...p.mapping.values()].filter(Boolean).length;

export const missingFields = (plan: SheetPlan, fields: readonly ImportField[]): ImportField[] => missingRequired(fields, plan.mapping);

/** Labels of the fields more than one column is mapped to (each field takes one column). */
export function duplicateFields(plan: SheetPlan, fields: readonly ImportField[]): string[] {
  const count = new Map<string, number>();
  for (const f of plan.mapping.values()) if (f) count.set(f, (count.get(f) ?? 0) + 1);
  return fields.filter((f) => (count.get(f.key) ?? 0) > 1).map((f) => f.label);
}

/** Merged cells filled down in one sheet (sheet undefined for CSV). */
export type SheetFills = { sheet?: string; fills: FillDown[] };

export type ExtractedFile = { fileId: string; fileName: string; rows: ParsedRow[]; skipped: SkippedRow[]; filled: SheetFills[] };

/** Rows of the included sheets, grouped by file in the order the files were added. */
export function extractAll(plans: readonly SheetPlan[], fileOrder: readonly string[], fields: readonly ImportField[]): ExtractedFile[] {
  return fileOrder
    .map((fileId) => {
      const mine = plans.filter((p) => p.fileId === fileId && p.include && p.layout);
      const out: ExtractedFile = { fileId, fileName: mine[0]?.fileName ?? '', rows: [], skipped: [], filled: [] };
      for (const p of mine) {
        const r = extractRows(p.sheet, p.layout!, p.mapping, fields, { file: p.fileName, sheetLabel: p.sheetLabel, date1904: p.date1904 });
        out.rows = out.rows.concat(r.rows);
        out.skipped = out.skipped.concat(r.skipped);
        if (r.filled.length) out.filled.push({ sheet: p.sheetLabel, fills: r.filled });
      }
      return out;
    })
    .filter((f) => f.fileName !== '');
}
