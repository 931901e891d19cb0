// Which rows under the header hold data. Office sheets end with a totals row (合计, or
// 河田镇小计 per township), notes (填表人：…  审核人：…  注：…) and sometimes repeat the header
// on each printed page; none of those is a record.
import { normalizeHeader, normalizeText } from '@shared/model/normalize';
import { cellText } from './convert';
import type { SheetLayout } from './header';
import type { CellValue } from './types';

export type RowKind = 'data' | 'blank' | 'totals' | 'notes' | 'header';

const TOTALS = /^[\p{Script=Han}]{0,8}(合计|总计|小计|共计)$|^(合计|总计|小计|共计)(?!\p{Script=Han})/u;
const NOTES =
  /^(填表人|填报人|审核人|审核|制表人|制表|统计人|负责人|单位负责人|分管领导|主要领导|填报单位|填表单位|填报日期|填表日期|报送日期|联系人|联系电话|注|备注|说明|填表说明)\s*[:：]|^注\s*\d*\s*[:：.．、]|^(说明|备注)\s*\d+\s*[.．、]/;

const firstTexts = (cells: readonly CellValue[], n: number): string[] => {
  const out: string[] = [];
  for (const c of cells) {
    const t = normalizeText(cellText(c));
    if (t) out.push(t);
    if (out.length === n) break;
  }
  return out;
};

export function classifyRow(cells: readonly CellValue[], layout: SheetLayout): RowKind {
  const texts = firstTexts(cells, 3);
  if (texts.length === 0) return 'blank';
  if (NOTES.test(texts[0])) return 'notes';
  if (texts.some((t) => t.includes('计') && TOTALS.test(normalizeHeader(t)))) return 'totals';
  // The header repeated (printed pages pasted together): every header cell appears again.
  const headers = layout.columns.filter((c) => !c.group);
  if (headers.length >= 2 && headers.every((c) => normalizeText(cellText(cells[c.index] ?? null)) === c.header)) return 'header';
  return 'data';
}
