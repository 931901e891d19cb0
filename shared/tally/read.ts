// A returned tally file → rows of figures per pairing, with every problem named by file,
// sheet, row and column. The app's own templates are recognized by their hidden sheet and
// read exactly by it (rows → pairings, columns → figures; blank counts as 0, as their
// 填表说明 says); any other layout comes with the layout and mapping of the import
// pipeline's mapping step, and blank counts as 0 only when the user confirmed it.
import type { ErrorRow } from '../io/error-workbook';
import { extractRows, type ColumnMapping } from '../io/extract';
import type { DetectedColumn, SheetLayout } from '../io/header';
import type { FillDown } from '../io/fill-down';
import type { ImportIssue } from '../io/issues';
import type { SheetData, WorkbookData } from '../io/types';
import { columnNumber } from '../io/cell-ref';
import { cellText } from '../io/convert';
import { LEDGER_TYPES } from '../model/ledger-catalog';
import { tallyFigures, type LedgerFigure } from '../reports/statistics/ledger-figures';
import { tallyImportFields } from './fields';
import { matchPairing, type PairingCandidate } from './match-pairings';
import { META_SHEET, parseMeta, type MetaResult, type TallyMeta } from './meta';
import type { TallyFigures } from './report';
import { FIRST_DATA_ROW, FIXED_COLUMNS } from './template';

export type TallyRow = { row: number; pairingId: string; figures: TallyFigures };

export type TallyParse = {
  file: string;
  sheet: string;
  layout: SheetLayout;
  rows: TallyRow[];
  /** Every problem; a row with one is not imported. */
  issues: ImportIssue[];
  /** The rows not imported, for the error workbook. */
  rejected: ErrorRow[];
  /** Figure cells left blank (counted as 0 when `blankMeansZero`, else stored as not reported). */
  blankCells: number;
  blankMeansZero: boolean;
  /** Pairings of the scope the file does not report. */
  missing: PairingCandidate[];
  /** Merged cells whose value was filled into the rows below (an enterprise merged over its villages). */
  filled: FillDown[];
};

/** The hidden sheet of an app-made template, if the workbook has one. */
export function findOwnMeta(workbook: WorkbookData): MetaResult | null {
  const sheet = workbook.sheets.find((s) => s.name === META_SHEET);
  return sheet ? parseMeta(sheet.rows.map((r) => r.cells)) : null;
}

const FIXED_FIELDS = ['code', 'enterpriseName', 'villageName'] as const;
/** The columns that name a row's pairing, in the order messages about the pairing point at them. */
const PAIR_FIELDS = ['code', 'pair', 'enterpriseName', 'villageName'];

/** The layout an own template has by construction, headers taken from the file for messages. */
export function ownLayout(sheet: SheetData, meta: TallyMeta): { layout: SheetLayout; mapping: ColumnMapping } {
  const headerRow = sheet.rows.find((r) => r.r === FIRST_DATA_ROW - 1)?.cells ?? [];
  const column = (letter: string, field: string, fallback: string): DetectedColumn => {
    const index = columnNumber(letter) - 1;
    // Headers are printed in lines (「其中\n技术工人\n（人）」); messages name them on one.
    const header = cellText(headerRow[index] ?? null).replace(/\s*\n\s*/g, '') || fallback;
    return { index, letter, header, key: header, field, unit: null, unitShift: 0, status: 'matched' };
  };
  const columns = [
    ...FIXED_FIELDS.map((field, i) => column(String.fromCharCode(66 + i), field, FIXED_COLUMNS[i + 1])),
    ...meta.columns.map((c) => column(c.column, c.figureId, c.figureId)),
  ];
  const layout: SheetLayout = { sheet: sheet.name, headerRow: FIRST_DATA_ROW - 2, headerRows: 2, dataStartRow: FIRST_DATA_ROW, columns, signature: `cq-tally-v${meta.version}` };
  return { layout, mapping: new Map(columns.map((c) => [c.index, c.field])) };
}

type ReadContext = {
  file: string;
  candidates: readonly PairingCandidate[];
  blankMeansZero: boolean;
  figures?: readonly LedgerFigure[];
  /** Sheet label in messages; undefined for CSV. */
  sheetLabel?: string;
  date1904: boolean;
};

/** Runs the catalog's cross-field checks (其中 ≤ 总数) on one row's figures of each type. */
function checkRow(figures: TallyFigures): { figureIds: string[]; message: string }[] {
  const out: { figureIds: string[]; message: string }[] = [];
  for (const type of LEDGER_TYPES) {
    if (!type.checks?.length) continue;
    const values: Record<string, unknown> = {};
    for (const field of type.fields) values[field.key] = figures[`${type.key}.${field.key}`] ?? undefined;
    for (const check of type.checks) {
      const message = check(values);
      if (!message) continue;
      // The column of the figure the message is about, else of another figure of the type.
      const part = type.fields.find((f) => message.startsWith(`「${f.label}」`));
      out.push({ figureIds: [...(part ? [part] : []), ...type.fields].map((f) => `${type.key}.${f.key}`), message });
    }
  }
  return out;
}

export function readTallySheet(sheet: SheetData, layout: SheetLayout, mapping: ColumnMapping, ctx: ReadContext): TallyParse {
  const figures = ctx.figures ?? tallyFigures();
  const fields = tallyImportFields(figures);
  const mappedFigures = figures.filter((f) => [...mapping.values()].includes(f.id));
  const { rows: parsed, filled } = extractRows(sheet, layout, mapping, fields, { file: ctx.file, sheetLabel: ctx.sheetLabel, date1904: ctx.date1904 });
  const result: TallyParse = { file: ctx.file, sheet: sheet.name, layout, rows: [], issues: [], rejected: [], blankCells: 0, blankMeansZero: ctx.blankMeansZero, missing: [], filled };
  const seen = new Map<string, number>();
  const columnOf = (field: string) => layout.columns.find((c) => mapping.get(c.index) === field);
  const firstMapped = layout.columns.find((c) => mapping.get(c.index));
  for (const p of parsed) {
    const issues: ImportIssue[] = [...p.issues];
    // Every message names a column: the first of `fields` the sheet has, else the first mapped one.
    const place = (...fields: string[]) => {
      const c = fields.map((f) => p.columns[f] ?? columnOf(f)).find(Boolean) ?? firstMapped;
      return { file: ctx.file, sheet: ctx.sheetLabel, row: p.row, column: c?.letter, header: c?.header };
    };
    const match = matchPairing(ctx.candidates, p.values);
    if (!match.ok) issues.push({ ...place(match.column, ...PAIR_FIELDS), message: match.message });
    else if (seen.has(match.pairingId)) issues.push({ ...place(...PAIR_FIELDS), message: `与第${seen.get(match.pairingId)}行是同一个联建点，重复填报` });
    const values: TallyFigures = {};
    for (const f of mappedFigures) {
      const v = p.values[f.id];
      if (v === null || v === undefined) {
        result.blankCells += 1;
        values[f.id] = ctx.blankMeansZero ? (f.input === 'yesno' ? false : 0) : null;
      } else {
        values[f.id] = v as number | boolean;
      }
    }
    if (p.issues.length === 0) for (const c of checkRow(values)) issues.push({ ...place(...c.figureIds), message: c.message });
    if (issues.length) {
      result.issues.push(...issues);
      const bad = new Set(issues.map((i) => (i.column ? columnNumber(i.column) - 1 : -1)).filter((i) => i >= 0));
      result.rejected.push({ row: p.row, cells: p.cells, badColumns: [...bad], reasons: issues.map((i) => `${i.header ? `「${i.header}」` : ''}${i.message}`) });
      continue;
    }
    if (match.ok) {
      seen.set(match.pairingId, p.row);
      result.rows.push({ row: p.row, pairingId: match.pairingId, figures: values });
    }
  }
  const reported = new Set(result.rows.map((r) => r.pairingId));
  const rejectedIds = new Set(seen.keys());
  result.missing = ctx.candidates.filter((c) => !reported.has(c.id) && !rejectedIds.has(c.id));
  return result;
}

/** An app-made template, read by its hidden sheet. */
export function readOwnTally(workbook: WorkbookData, meta: TallyMeta, candidates: readonly PairingCandidate[], figures?: readonly LedgerFigure[]): TallyParse | { error: string } {
  const sheet = workbook.sheets.find((s) => s.name === meta.dataSheet);
  if (!sheet) return { error: `找不到工作表「${meta.dataSheet}」，请不要修改模板的工作表名称` };
  const known = new Set((figures ?? tallyFigures()).map((f) => f.id));
  const unknown = meta.columns.filter((c) => !known.has(c.figureId));
  if (unknown.length) return { error: `模板中有本系统不认识的指标（${unknown.map((c) => c.figureId).join('、')}），请重新下载模板` };
  const { layout, mapping } = ownLayout(sheet, meta);
  return readTallySheet(sheet, layout, mapping, { file: workbook.fileName, candidates, blankMeansZero: meta.blankMeansZero, figures, sheetLabel: sheet.name, date1904: workbook.date1904 });
}
