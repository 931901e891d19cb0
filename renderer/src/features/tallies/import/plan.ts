// One returned file on its way in: what it is (an app template, recognized by its hidden
// sheet, or a township's own layout), which township and year it reports, how its columns
// map, and the parsed result — recomputed whenever the user changes any of these.
import type { WorkbookData } from '@shared/io/types';
import { autoMapping } from '@shared/io/extract';
import { detectLayout, type SheetLayout } from '@shared/io/header';
import { normalizeText } from '@shared/model/normalize';
import { cellText } from '@shared/io/convert';
import type { TallyMeta, TallyScope } from '@shared/tally/meta';
import { tallyImportFields } from '@shared/tally/fields';
import { findOwnMeta, readOwnTally, readTallySheet, type TallyParse } from '@shared/tally/read';
import type { MappingSource } from '../../import';
import { scopePairings, type TallyData } from '../data';

export type Mapping = Map<number, string | null>;

export type FilePlan = {
  id: string;
  fileName: string;
  fileHash: string;
  workbook: WorkbookData;
  /** Set for the app's own templates. */
  meta?: TallyMeta;
  year: number;
  scope?: TallyScope;
  /** Own layouts: the sheet read, its header and the column mapping. */
  sheetName?: string;
  layout?: SheetLayout;
  mapping?: Mapping;
  /** Where the mapping came from (told on the file's card). */
  mappingSource?: MappingSource;
  blankMeansZero: boolean;
  /** Why the file cannot be read as a tally at all. */
  error?: string;
  parse?: TallyParse;
};

const FIELDS = tallyImportFields();
const FIGURE_KEYS = new Set(FIELDS.filter((f) => f.key.includes('.')).map((f) => f.key));

/** The sheets of an own layout that look like a tally (a header naming some figure), best first. */
export function tallySheets(workbook: WorkbookData): { name: string; layout: SheetLayout }[] {
  return workbook.sheets
    .filter((s) => !s.hidden && s.rows.length > 0)
    .map((s) => ({ name: s.name, layout: detectLayout(s, FIELDS) }))
    .filter((x): x is { name: string; layout: SheetLayout } => x.layout !== null && x.layout.columns.some((c) => c.field && FIGURE_KEYS.has(c.field)))
    .sort((a, b) => b.layout.columns.filter((c) => c.field).length - a.layout.columns.filter((c) => c.field).length);
}

/** A township named in the file name or the sheet's first rows (河田镇2008年…), if exactly one is. */
export function guessTownship(workbook: WorkbookData, data: TallyData): TallyScope | undefined {
  const texts = [workbook.fileName, ...workbook.sheets.flatMap((s) => s.rows.slice(0, 3).flatMap((r) => r.cells.map((c) => cellText(c))))].map((t) => normalizeText(t)).join(' ');
  const hits = data.townships.filter((t) => texts.includes(t.name));
  return hits.length === 1 ? { kind: 'township', id: hits[0].id, name: hits[0].name } : undefined;
}

export function initialPlan(id: string, fileName: string, fileHash: string, workbook: WorkbookData, data: TallyData, year: number): FilePlan {
  const plan: FilePlan = { id, fileName, fileHash, workbook, year, blankMeansZero: false };
  const own = findOwnMeta(workbook);
  if (own && !own.ok) return { ...plan, error: own.error };
  if (own?.ok) return { ...plan, meta: own.meta, year: own.meta.year, scope: own.meta.scope, blankMeansZero: own.meta.blankMeansZero };
  const sheets = tallySheets(workbook);
  if (sheets.length === 0) return { ...plan, error: '没有找到年终统计的表头（如「输送人数」「资金扶持/金额」等），不是年终统计表，或请先整理表头' };
  return { ...plan, scope: guessTownship(workbook, data), sheetName: sheets[0].name, layout: sheets[0].layout, mapping: autoMapping(sheets[0].layout) };
}

/** The plan with its parse brought up to date. */
export function parsePlan(plan: FilePlan, data: TallyData): FilePlan {
  if (plan.error || !plan.scope) return { ...plan, parse: undefined };
  const candidates = scopePairings(data, plan.scope, plan.year);
  if (plan.meta) {
    const parse = readOwnTally(plan.workbook, plan.meta, candidates);
    return 'error' in parse ? { ...plan, error: parse.error, parse: undefined } : { ...plan, parse };
  }
  const sheet = plan.workbook.sheets.find((s) => s.name === plan.sheetName);
  if (!sheet || !plan.layout || !plan.mapping) return { ...plan, parse: undefined };
  const sheetLabel = plan.workbook.format === 'csv' ? undefined : sheet.name;
  return { ...plan, parse: readTallySheet(sheet, plan.layout, plan.mapping, { file: plan.fileName, candidates, blankMeansZero: plan.blankMeansZero, sheetLabel, date1904: plan.workbook.date1904 }) };
}

export { FIELDS as TALLY_FIELDS };
