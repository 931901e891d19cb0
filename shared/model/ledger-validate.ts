// Validation of a ledger entry's figures, generated from the catalog: each field's kind,
// unit, min/max, required flag and options, then the type's cross-field checks. One function
// serves the entry form (typed values), the quick grid (pasted text) and the import
// (spreadsheet cells), so the three can never disagree about what a valid figure is.
import type { FigureValue } from './types';
import type { LedgerField, LedgerType } from './ledger-catalog';
import { normalizeForParsing, normalizeText } from './normalize';
import { parseDate } from './parse-date';
import { parseNumber } from './parse-number';
import { fail, ok, type Result } from './result';

export type FigureIssue = { field: string; label: string; message: string };

/** Turns what a user typed for a person (a name) into a person id; absent → the value is taken as an id. */
export type FigureResolvers = { person?: (raw: string) => Result<string> };

export const MAX_FIGURE_TEXT = 200;

/** 情况说明 of an entry, in characters. */
export const MAX_DESCRIPTION = 1000;

const TRUE_WORDS = new Set(['是', '有', 'Y', 'YES', 'TRUE', '1', '√', '✓', '订单式']);
const FALSE_WORDS = new Set(['否', '无', '不是', 'N', 'NO', 'FALSE', '0', '×', '✗']);

function parseBool(raw: unknown): Result<boolean | null> {
  if (typeof raw === 'boolean') return ok(raw);
  const text = normalizeForParsing(raw).toUpperCase();
  if (text === '') return ok(null);
  if (TRUE_WORDS.has(text)) return ok(true);
  if (FALSE_WORDS.has(text)) return ok(false);
  return fail(`应填“是”或“否”，实际为「${text}」`);
}

function parseOption(field: LedgerField, raw: unknown): Result<string | null> {
  const options = field.options ?? [];
  let text = typeof raw === 'number' ? String(raw) : normalizeText(raw);
  if (text === '') return ok(null);
  if (options.includes(text)) return ok(text);
  // 「3星」 for 3, 「村->企」 / 「村-企」 for 村→企: the forms people type for these options.
  text = normalizeForParsing(text).replace(/星$/, '').replace(/[-—]+>?/g, '→');
  const found = options.find((o) => normalizeForParsing(o) === text);
  return found ? ok(found) : fail(`应为 ${options.join('、')} 之一，实际为「${normalizeText(raw)}」`);
}

/** Parses one figure by its field's kind; empty input gives null (required is checked apart). */
export function parseFigure(field: LedgerField, raw: unknown, resolvers: FigureResolvers = {}): Result<FigureValue> {
  switch (field.kind) {
    case 'int':
    case 'decimal':
      return parseNumber(raw, { unit: field.unit, integer: field.kind === 'int', min: field.min, max: field.max });
    case 'text': {
      const text = normalizeText(raw);
      if (text.length > MAX_FIGURE_TEXT) return fail(`不能超过${MAX_FIGURE_TEXT}个字`);
      return ok(text === '' ? null : text);
    }
    case 'enum':
      return parseOption(field, raw);
    case 'bool':
      return parseBool(raw);
    case 'date': {
      const d = parseDate(raw);
      if (!d.ok) return d;
      if (d.value?.precision === 'year') return fail('应填写到月份或日期，如 2008-03 或 2008-03-15');
      return ok(d.value ? d.value.iso : null);
    }
    case 'person': {
      const text = normalizeText(raw);
      if (text === '') return ok(null);
      return resolvers.person ? resolvers.person(text) : ok(text);
    }
  }
}

export type FiguresResult = { figures: Record<string, FigureValue>; errors: FigureIssue[] };

/**
 * Every figure of one entry, parsed and checked. `raw` is keyed by field key; keys the type
 * does not know are dropped. Cross-field checks run only when every field parsed.
 */
export function validateFigures(type: LedgerType, raw: Record<string, unknown>, resolvers: FigureResolvers = {}): FiguresResult {
  const figures: Record<string, FigureValue> = {};
  const errors: FigureIssue[] = [];
  for (const field of type.fields) {
    const value = Object.hasOwn(raw, field.key) ? raw[field.key] : undefined;
    const parsed = parseFigure(field, value, resolvers);
    if (!parsed.ok) {
      // A resolver's message names the person already; the others are about the value.
      errors.push({ field: field.key, label: field.label, message: field.kind === 'person' ? parsed.error : `「${field.label}」${parsed.error}` });
      continue;
    }
    if (parsed.value === null && field.required) {
      errors.push({ field: field.key, label: field.label, message: `请填写「${field.label}」` });
      continue;
    }
    figures[field.key] = parsed.value;
  }
  if (errors.length === 0) {
    for (const check of type.checks ?? []) {
      const message = check(figures);
      if (message) errors.push({ field: '', label: type.name, message });
    }
  }
  return { figures, errors };
}
