// What an .xlsx / .xlsm holds besides plain cells, found while checkZip streams its parts, so the
// user is told before importing: macros (never run), links to other workbooks and WEBSERVICE()
// formulas (their cached results are imported, not recomputed), and cells that refer to a
// shared-strings part the file does not have (a damaged file, refused with that reason rather
// than read as blank cells).
import { ReadError } from './issues';
import type { ZipEntry } from './zip-guard';

const CELL_OR_FORMULA = /<c\s[^>]*?\br="([A-Z]{1,3}\d{1,7})"[^>]*>|<f(?:\s[^>]*)?>([^<]*)<\/f>/g;
const SHARED_STRING_CELL = /<c\s[^>]*?\bt="s"/;
/** An opened formula whose text runs to the end of the chunk: kept for the next one. */
export const OPEN_FORMULA = /<f(?:\s[^>]*)?>[^<]*$/;
const EXTERNAL = /\[\d+\]/;
const WEB = /\b(?:_xlfn\.)?(WEBSERVICE|FILTERXML)\s*\(/i;
/** Cells named per sheet and kind before the rest are only counted. */
const NAMED = 5;

type Cells = { refs: string[]; count: number };
const add = (cells: Cells, ref: string) => {
  cells.count++;
  if (cells.refs.length < NAMED) cells.refs.push(ref);
};

/** Scans one sheet part's text, chunk by chunk (each chunk ends on a complete tag). */
export class SheetScan {
  usesSharedStrings = false;
  readonly external: Cells = { refs: [], count: 0 };
  readonly web: Cells = { refs: [], count: 0 };
  private lastRef = '';

  scan(text: string): void {
    if (!this.usesSharedStrings && SHARED_STRING_CELL.test(text)) this.usesSharedStrings = true;
    if (!text.includes('<f')) {
      const m = /.*<c\s[^>]*?\br="([A-Z]{1,3}\d{1,7})"/s.exec(text);
      if (m) this.lastRef = m[1];
      return;
    }
    for (const m of text.matchAll(CELL_OR_FORMULA)) {
      if (m[1] !== undefined) {
        this.lastRef = m[1];
        continue;
      }
      const formula = m[2] ?? '';
      if (WEB.test(formula)) add(this.web, this.lastRef);
      else if (EXTERNAL.test(formula)) add(this.external, this.lastRef);
    }
  }
}

const cellsText = (c: Cells) => `${c.refs.join('、')}${c.count > c.refs.length ? ` 等 ${c.count} 个单元格` : ''}`;

/**
 * The warnings for a workbook, or a ReadError when its cells refer to shared strings it lacks.
 * `sheetName` turns a part name into the sheet's name.
 */
export function workbookNotes(entries: readonly ZipEntry[], scans: ReadonlyMap<string, SheetScan>, sheetName: (part: string) => string): string[] {
  const names = entries.map((e) => e.name.toLowerCase());
  const lacking = [...scans].filter(([, s]) => s.usesSharedStrings).map(([part]) => sheetName(part));
  if (lacking.length && !names.some((n) => /^xl\/sharedstrings\d*\.xml$/.test(n))) {
    throw new ReadError(
      `文件已损坏：工作表「${lacking.join('」「')}」中的文字存放在共享字符串部件（xl/sharedStrings.xml）中，而文件里缺少这个部件，文字无法读取。请在 Excel/WPS 中打开后重新保存，或请报送单位重新发送该文件`,
    );
  }
  const warnings: string[] = [];
  if (names.some((n) => /^xl\/vbaproject\.bin$/.test(n))) warnings.push('文件含有宏（VBA 代码）：宏不会运行，只导入单元格中保存的数据');
  const linked = names.some((n) => n.startsWith('xl/externallinks/'));
  for (const [part, s] of scans) {
    const sheet = sheetName(part);
    if (s.external.count) warnings.push(`工作表「${sheet}」的 ${cellsText(s.external)} 是引用其他工作簿的公式：导入的是文件保存时的计算结果（未重新计算），请核对`);
    if (s.web.count) warnings.push(`工作表「${sheet}」的 ${cellsText(s.web)} 是 WEBSERVICE() 等从网络取数的公式：导入的是文件保存时的计算结果（未联网更新），请核对`);
  }
  if (linked && !warnings.some((w) => w.includes('引用其他工作簿'))) warnings.push('工作簿链接了其他文件（外部链接）：引用这些文件的单元格按文件保存时的计算结果导入，请核对');
  return warnings;
}
