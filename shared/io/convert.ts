// One cell → the value a field stores, with the model's parsers. Every failure is a Chinese
// message about the value alone; the caller adds file, sheet, row and column.
import { validateIdCard } from '@shared/model/idcard';
import { normalizeForParsing, normalizeHeader, normalizeText } from '@shared/model/normalize';
import { parseDate } from '@shared/model/parse-date';
import { parseNumber } from '@shared/model/parse-number';
import { validatePhone } from '@shared/model/phone';
import { fail, ok, type Result } from '@shared/model/result';
import { validateUscc } from '@shared/model/uscc';
import type { ImportField } from './fields';
import { shiftDecimal } from './units';
import { isCellError, type CellValue } from './types';

export type ConvertContext = {
  date1904: boolean;
  /** The unit the column's header states (overrides the field's for bare numbers). */
  columnUnit?: string | null;
  /** Power of ten from the column's unit to the field's. */
  unitShift?: number;
};

const TRUE_WORDS = new Set(['是', '有', '√', '✓', '✔', 'Y', 'YES', 'TRUE', '1', '对', '规上', '规模以上']);
const FALSE_WORDS = new Set(['否', '无', '×', '✗', '✘', 'N', 'NO', 'FALSE', '0', '不是', '规下', '规模以下']);

const pad = (n: number) => String(n).padStart(2, '0');
const dateText = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const shorten = (s: string) => (s.length > 20 ? `${s.slice(0, 20)}…` : s);

/** A cell as the text a person sees in it. */
export function cellText(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (v instanceof Date) return dateText(v);
  return v.error;
}

function number(v: CellValue, field: ImportField, ctx: ConvertContext): Result<number | null> {
  if (v instanceof Date) return fail(`应为数字，实际为日期「${dateText(v)}」`);
  if (typeof v === 'boolean') return fail(`应为数字，实际为「${v ? 'TRUE' : 'FALSE'}」`);
  const unit = ctx.columnUnit ?? field.unit;
  const shift = ctx.unitShift ?? 0;
  const integer = field.kind === 'int' && shift === 0;
  const r = parseNumber(v, { unit, integer, min: field.min, max: shift === 0 ? field.max : undefined });
  if (!r.ok || r.value === null || shift === 0) return r;
  const value = shiftDecimal(r.value, shift);
  if (field.kind === 'int' && !Number.isInteger(value)) return fail(`换算为${field.unit}后不是整数：「${cellText(v)}」`);
  if (field.max !== undefined && value > field.max) return fail(`应不大于${field.max}${field.unit ?? ''}，实际为「${cellText(v)}」`);
  return ok(value);
}

function year(v: CellValue): Result<number | null> {
  if (v instanceof Date) return ok(v.getUTCFullYear());
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2100) return ok(v);
  const r = parseDate(typeof v === 'number' ? String(v) : v);
  if (!r.ok) return fail(`应为四位年份，实际为「${shorten(cellText(v))}」`);
  return ok(r.value ? Number(r.value.iso.slice(0, 4)) : null);
}

/** Option spellings (normalized) → option, built once per field. */
const optionMaps = new WeakMap<ImportField, Map<string, string>>();

function optionMap(field: ImportField): Map<string, string> {
  let map = optionMaps.get(field);
  if (!map) {
    map = new Map();
    for (const option of field.options ?? []) {
      map.set(normalizeHeader(option), option);
      for (const alias of field.optionAliases?.[option] ?? []) if (!map.has(normalizeHeader(alias))) map.set(normalizeHeader(alias), option);
    }
    optionMaps.set(field, map);
  }
  return map;
}

function choice(v: CellValue, field: ImportField): Result<string | null> {
  const text = normalizeText(cellText(v));
  if (text === '') return ok(null);
  const option = optionMap(field).get(normalizeHeader(text));
  return option ? ok(option) : fail(`应为 ${(field.options ?? []).join('、')} 之一，实际为「${shorten(text)}」`);
}

function bool(v: CellValue): Result<boolean | null> {
  if (typeof v === 'boolean') return ok(v);
  const text = normalizeForParsing(cellText(v)).toUpperCase();
  if (text === '') return ok(null);
  if (TRUE_WORDS.has(text)) return ok(true);
  if (FALSE_WORDS.has(text)) return ok(false);
  return fail(`应填「是」或「否」，实际为「${shorten(text)}」`);
}

/** An integer number cell holding a code or phone number, as its digits (exact below 2^53). */
function digitsOf(v: number): string | null {
  return Number.isSafeInteger(v) && v >= 0 ? String(v) : null;
}

export function convertCell(v: CellValue, field: ImportField, ctx: ConvertContext): Result<unknown> {
  if (isCellError(v)) return fail(`单元格为错误值「${v.error}」，请改正公式或填写数值`);
  if (v === null || (typeof v === 'string' && normalizeText(v) === '')) return ok(null);
  switch (field.kind) {
    case 'text':
      return ok(normalizeText(cellText(v)));
    case 'code': {
      if (typeof v === 'number') {
        const digits = digitsOf(v);
        return digits ? ok(digits) : fail(`${field.label}须以文本格式填写`);
      }
      return ok(normalizeForParsing(cellText(v)).replace(/\s+/g, ''));
    }
    case 'int':
    case 'decimal':
      return number(v, field, ctx);
    case 'year':
      return year(v);
    case 'date': {
      const r = parseDate(v, { date1904: ctx.date1904 });
      return r.ok ? ok(r.value?.iso ?? null) : r;
    }
    case 'enum':
      return choice(v, field);
    case 'bool':
      return bool(v);
    case 'list':
      return ok(
        normalizeText(cellText(v))
          .split(/[、,，;；/|\n]+/)
          .map((s) => s.trim())
          .filter(Boolean),
      );
    case 'uscc':
      return validateUscc(typeof v === 'number' ? v : cellText(v));
    case 'idcard':
      return validateIdCard(typeof v === 'number' ? v : cellText(v));
    case 'phone': {
      if (typeof v === 'number') {
        const digits = digitsOf(v);
        return digits ? validatePhone(digits, field.label) : fail(`${field.label}须以文本格式填写`);
      }
      return validatePhone(cellText(v), field.label);
    }
  }
}
