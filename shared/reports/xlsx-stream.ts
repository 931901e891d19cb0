// Tables with merged group headers → one .xlsx, written as SpreadsheetML straight into a
// streaming zip (fflate). The sibling of xlsx-table.ts for reports: same table model, same
// cell rules (its cellValue, checkTable, widths and sheet names), plus group headers over the
// column headers, several sheets, frozen first columns and a note row. It exists because
// the browser edition only has ExcelJS's in-memory workbook, which needs ~4× the time and
// ~6× the memory of the streaming writer (Node only); this one runs anywhere with memory
// bounded by the compressed output.
//
// Text is always written as an inline string, so nothing exported is ever a formula.
import { Zip, ZipDeflate, strToU8 } from 'fflate';
import type { Result } from '../model/result';
import { fail, ok } from '../model/result';
import { stripControlChars } from '../model/normalize';
import { cellValue, checkTable, columnWidths, sheetName, textWidth, type TableCell, type TableColumn, type TableColumnKind, type TableModel } from './xlsx-table';
import { STYLES_XML, styleIndex } from './xlsx-stream-styles';
import { breakLabel } from './title-lines';

export type HeaderGroup = { label: string; span: number };

export type SheetModel = TableModel & {
  /** Group headers over the column headers, in column order; a span-1 group with an empty label lets its column header fill both rows. */
  groups?: readonly HeaderGroup[];
  /** Columns kept in view when scrolling right (e.g. the township). */
  freezeColumns?: number;
  /** A line under the table: sources, notes, 填表说明. */
  footnote?: string;
  /** Default: landscape when wider than a portrait A4 page. */
  landscape?: boolean;
};

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const PORTRAIT_MAX_WIDTH = 100;
const CHUNK = 1 << 16;

const escapeXml = (s: string): string => s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function inlineString(ref: string, style: number, text: string): string {
  const preserve = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t${preserve}>${escapeXml(text)}</t></is></c>`;
}

function bodyCell(ref: string, kind: TableColumnKind, raw: TableCell, bold: boolean): string {
  const out = cellValue(kind, raw);
  const v = out.value;
  if (v === null || v === undefined) return `<c r="${ref}" s="${styleIndex(kind, bold, null)}"/>`;
  if (typeof v === 'number') return `<c r="${ref}" s="${styleIndex(kind, bold, out.numFmt ?? null)}"><v>${v}</v></c>`;
  if (v instanceof Date) return `<c r="${ref}" s="${styleIndex('date', bold, out.numFmt ?? null)}"><v>${(v.getTime() - EXCEL_EPOCH_MS) / 86_400_000}</v></c>`;
  return inlineString(ref, styleIndex(kind === 'date' ? 'text' : kind, bold, out.numFmt ?? null), String(v));
}

/** Row height (points) for header text wrapped into columns of these widths. */
function headerHeight(texts: readonly string[], widths: readonly number[]): number {
  const linesOf = (t: string, w: number) => t.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / Math.max(1, w - 1))), 0);
  const lines = Math.max(1, ...texts.map((t, i) => linesOf(t, widths[i])));
  return Math.min(160, 8 + lines * 15);
}

/**
 * A header broken into lines that fit the column, between words (Excel would break anywhere
 * and leave 「其中技 / 术工人」 or a lone last character).
 */
function balancedLines(text: string, width: number): string {
  return breakLabel(text, Math.floor((width - 1) / 2)).join('\n');
}

/** A column header with its unit on a line of its own, as statistical tables print it. */
const stackedHeader = (c: TableColumn, width: number): string =>
  stripControlChars(c.unit ? `${balancedLines(c.header, width)}\n(${c.unit})` : balancedLines(c.header, width));

function groupSpans(model: SheetModel): { label: string; from: number; to: number }[] {
  const spans: { label: string; from: number; to: number }[] = [];
  let at = 0;
  for (const g of model.groups ?? []) {
    spans.push({ label: g.label, from: at, to: at + g.span - 1 });
    at += g.span;
  }
  return spans;
}

type Writer = { push(xml: string): void; close(): void };

/** Rows above the data: title, subtitle, group headers, column headers. */
export function headerRowCount(model: SheetModel): number {
  return 1 + (model.subtitle ? 1 : 0) + (model.groups?.length ? 2 : 1);
}

function sheetXml(model: SheetModel, tabSelected: boolean, write: Writer): void {
  const widths = columnWidths(model);
  const n = model.columns.length;
  const last = columnLetter(n - 1);
  const landscape = model.landscape ?? widths.reduce((a, b) => a + b, 0) > PORTRAIT_MAX_WIDTH;
  const merges: string[] = [`A1:${last}1`];
  const rows: string[] = [];
  let r = 1;
  rows.push(`<row r="1" ht="32" customHeight="1">${inlineString('A1', styleIndex('title', false, null), stripControlChars(model.title))}</row>`);
  if (model.subtitle) {
    r += 1;
    merges.push(`A${r}:${last}${r}`);
    rows.push(`<row r="${r}" ht="20" customHeight="1">${inlineString(`A${r}`, styleIndex('subtitle', false, null), stripControlChars(model.subtitle))}</row>`);
  }
  const headers = model.columns.map((c, i) => stackedHeader(c, widths[i]));
  const header = styleIndex('header', true, null);
  const spans = groupSpans(model);
  if (spans.length) {
    const g = r + 1;
    const h = r + 2;
    const groupCells: string[] = [];
    const headerCells: string[] = [];
    for (const span of spans) {
      const whole = span.from === span.to && !span.label;
      for (let c = span.from; c <= span.to; c++) {
        const col = columnLetter(c);
        groupCells.push(c === span.from ? inlineString(`${col}${g}`, header, whole ? headers[c] : stripControlChars(span.label)) : `<c r="${col}${g}" s="${header}"/>`);
        headerCells.push(whole ? `<c r="${col}${h}" s="${header}"/>` : inlineString(`${col}${h}`, header, headers[c]));
      }
      if (whole) merges.push(`${columnLetter(span.from)}${g}:${columnLetter(span.from)}${h}`);
      else if (span.to > span.from) merges.push(`${columnLetter(span.from)}${g}:${columnLetter(span.to)}${g}`);
    }
    const spanWidths = spans.map((s) => widths.slice(s.from, s.to + 1).reduce((a, b) => a + b, 0));
    rows.push(`<row r="${g}" ht="${headerHeight(spans.map((s) => s.label), spanWidths)}" customHeight="1">${groupCells.join('')}</row>`);
    rows.push(`<row r="${h}" ht="${headerHeight(headers, widths)}" customHeight="1">${headerCells.join('')}</row>`);
    r = h;
  } else {
    r += 1;
    rows.push(`<row r="${r}" ht="${headerHeight(headers, widths)}" customHeight="1">${headers.map((t, c) => inlineString(`${columnLetter(c)}${r}`, header, t)).join('')}</row>`);
  }
  const headerRows = r;
  const totalRows = headerRows + model.rows.length + (model.totals ? 1 : 0) + (model.footnote ? 1 : 0);
  if (model.footnote) merges.push(`A${totalRows}:${last}${totalRows}`);

  const freezeX = model.freezeColumns ?? 0;
  const topLeft = `${columnLetter(freezeX)}${headerRows + 1}`;
  const pane = freezeX
    ? `<pane xSplit="${freezeX}" ySplit="${headerRows}" topLeftCell="${topLeft}" activePane="bottomRight" state="frozen"/><selection pane="bottomRight" activeCell="${topLeft}" sqref="${topLeft}"/>`
    : `<pane ySplit="${headerRows}" topLeftCell="${topLeft}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${topLeft}" sqref="${topLeft}"/>`;
  write.push(
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` +
      `<dimension ref="A1:${last}${totalRows}"/><sheetViews><sheetView${tabSelected ? ' tabSelected="1"' : ''} workbookViewId="0">${pane}</sheetView></sheetViews>` +
      `<sheetFormatPr defaultRowHeight="15"/><cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols><sheetData>${rows.join('')}`,
  );

  let buffer = '';
  const kinds = model.columns.map((c) => c.kind);
  const bodyRow = (cells: readonly TableCell[], rowNumber: number, bold: boolean) => {
    let xml = `<row r="${rowNumber}">`;
    for (let c = 0; c < n; c++) xml += bodyCell(`${columnLetter(c)}${rowNumber}`, kinds[c], cells[c], bold);
    buffer += `${xml}</row>`;
    if (buffer.length > CHUNK) {
      write.push(buffer);
      buffer = '';
    }
  };
  let rowNumber = headerRows;
  for (const cells of model.rows) bodyRow(cells, ++rowNumber, false);
  if (model.totals) bodyRow(model.totals, ++rowNumber, true);
  if (model.footnote) {
    rowNumber += 1;
    buffer += `<row r="${rowNumber}" ht="${headerHeight([model.footnote], [widths.reduce((a, b) => a + b, 0)])}" customHeight="1">${inlineString(`A${rowNumber}`, styleIndex('note', false, null), stripControlChars(model.footnote))}</row>`;
  }
  write.push(
    `${buffer}</sheetData><mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` +
      `<printOptions horizontalCentered="1"/><pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>` +
      `<pageSetup paperSize="9" orientation="${landscape ? 'landscape' : 'portrait'}" fitToWidth="1" fitToHeight="0"/>` +
      `<headerFooter><oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter></worksheet>`,
  );
  write.close();
}

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

function packageParts(names: readonly string[], headerRows: readonly number[]): Record<string, string> {
  const sheets = names.map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const titles = names.map((name, i) => `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(quoteSheet(name))}!$1:$${headerRows[i]}</definedName>`).join('');
  const overrides = names
    .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
    .join('');
  return {
    '[Content_Types].xml':
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}` +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
    '_rels/.rels': `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="${REL_NS}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    'docProps/app.xml': `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>村企联建</Application></Properties>`,
    'xl/workbook.xml': `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets}</sheets><definedNames>${titles}</definedNames></workbook>`,
    'xl/_rels/workbook.xml.rels':
      `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}` +
      `<Relationship Id="rId${names.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': STYLES_XML,
  };
}

function uniqueNames(models: readonly SheetModel[]): string[] {
  const used = new Set<string>();
  return models.map((m) => {
    const base = sheetName(m.sheetName ?? m.title);
    let name = base;
    for (let k = 2; used.has(name); k++) name = `${base.slice(0, 28)}(${k})`;
    used.add(name);
    return name;
  });
}

/** The sheets as .xlsx bytes, or a Chinese message saying why they cannot be exported. */
export function buildXlsxSheets(models: readonly SheetModel[]): Result<Uint8Array> {
  if (models.length === 0) return fail('没有可导出的表格');
  for (const m of models) {
    const checked = checkTable(m);
    if (!checked.ok) return checked;
    const spanned = (m.groups ?? []).reduce((s, g) => s + g.span, 0);
    if (m.groups && spanned !== m.columns.length) return fail(`「${m.title}」的分组表头覆盖${spanned}列，与表格的${m.columns.length}列不符`);
  }
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) failure = err;
    else chunks.push(data);
  });
  const file = (path: string): Writer => {
    const entry = new ZipDeflate(path, { level: 6 });
    zip.add(entry);
    return { push: (xml) => entry.push(strToU8(xml)), close: () => entry.push(new Uint8Array(0), true) };
  };
  const names = uniqueNames(models);
  for (const [path, xml] of Object.entries(packageParts(names, models.map(headerRowCount)))) {
    const w = file(path);
    w.push(xml);
    w.close();
  }
  models.forEach((m, i) => sheetXml(m, i === 0, file(`xl/worksheets/sheet${i + 1}.xml`)));
  zip.end();
  if (failure) return fail(`生成 Excel 文件失败：${(failure as Error).message}`);
  const size = chunks.reduce((s, c) => s + c.length, 0);
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return ok(bytes);
}
