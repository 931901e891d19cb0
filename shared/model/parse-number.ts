// Figures as people write them in spreadsheets: `1,200`, `１２００`, `45万元`, `50人`. The
// expected unit of the column (from the ledger catalog) decides which units are accepted and
// how they convert; anything approximate (`约50`, `50左右`, `50多`, `若干`) is refused, because
// a statistic summed from guesses cannot be defended in a report.
//
// Empty input is not an error here: it returns { ok: true, value: null }, and the caller
// decides whether the field is required. The type makes every caller handle it.
import { normalizeForParsing } from './normalize';
import type { Result } from './result';
import { fail, ok } from './result';

export type ParseNumberOptions = {
  /** The column's unit, e.g. 人, 万元, 元/年, 亩, %. Bare numbers are taken in this unit. */
  unit?: string;
  integer?: boolean;
  min?: number;
  max?: number;
};

// Magnitude words that may precede a unit (2.6万亩, 4.5亿元). Longest first.
const MULTIPLIERS: ReadonlyArray<readonly [string, number]> = [
  ['十万', 5],
  ['百万', 6],
  ['千万', 7],
  ['亿', 8],
  ['万', 4],
  ['千', 3],
];

// Units that count the same thing under another name (5100多名 workers are 人).
const SYNONYMS: Record<string, readonly string[]> = { 人: ['名'] };

// Sign, digits with optional correctly grouped thousands separators, fraction, exponent.
// Whatever follows is the unit.
const NUMBER = /^([+-])?(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?/;

// Words that make a figure approximate; a suffix containing one is not a unit.
const APPROXIMATE = /[约多余左右若干大概近超过以上下内外]/;

/** A unit split into its magnitude word and the rest: 万元 → [4, '元'], 人 → [0, '人']. */
const splitUnit = (unit: string): [number, string] => {
  for (const [word, exp] of MULTIPLIERS) {
    if (unit.startsWith(word)) return [exp, unit.slice(word.length)];
  }
  return [0, unit];
};

const sameBase = (written: string, expected: string): boolean =>
  written === expected ||
  (SYNONYMS[expected]?.includes(written) ?? false) ||
  // 元 is accepted in a 元/年 column: the header already says per year.
  (expected.includes('/') && written === expected.slice(0, expected.indexOf('/')));

const kindOf = (opts: ParseNumberOptions): string => {
  if (opts.integer) return opts.min === 0 ? '非负整数' : opts.min === 1 ? '正整数' : '整数';
  return opts.min === 0 ? '非负数' : '数字';
};

const shorten = (s: string): string => (s.length > 20 ? `${s.slice(0, 20)}…` : s);

const checkRange = (value: number, shown: string, opts: ParseNumberOptions): Result<number | null> => {
  const kind = kindOf(opts);
  if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) return fail(`数值过大：「${shorten(shown)}」`);
  if (opts.integer && !Number.isInteger(value)) return fail(`应为${kind}，实际为「${shown}」`);
  if (opts.min !== undefined && value < opts.min) {
    return fail(opts.min === 0 || (opts.integer && opts.min === 1) ? `应为${kind}，实际为「${shown}」` : `应不小于${opts.min}，实际为「${shown}」`);
  }
  if (opts.max !== undefined && value > opts.max) return fail(`应不大于${opts.max}，实际为「${shown}」`);
  // -0 would print as 0 but compare oddly in Object.is and sort keys.
  return ok(value === 0 ? 0 : value);
};

/** Parses one figure; see the module comment for the accepted forms. */
export const parseNumber = (raw: unknown, opts: ParseNumberOptions = {}): Result<number | null> => {
  if (typeof raw === 'number') {
    if (Number.isNaN(raw)) return fail(`应为${kindOf(opts)}`);
    return checkRange(raw, String(raw), opts);
  }
  if (typeof raw === 'bigint') return checkRange(Number(raw), String(raw), opts);
  if (raw === null || raw === undefined) return ok(null);
  if (typeof raw !== 'string') return fail(`应为${kindOf(opts)}`);

  const text = normalizeForParsing(raw);
  if (text === '') return ok(null);
  const notNumber = fail<number | null>(`应为${kindOf(opts)}，实际为「${shorten(text)}」`);

  // Spaces are allowed only between the number and its unit: 1 200 may be one number or two.
  const m = NUMBER.exec(text);
  if (!m) return notNumber;
  const [whole, sign = '', intPart, frac = '', exp = '0'] = m;
  if (intPart === '' && frac === '') return notNumber;
  // A written exponent beyond ±999 is no figure anyone means; it would also overflow the
  // string arithmetic below into NaN.
  if (exp.replace(/^[+-]/, '').length > 3) return notNumber;
  const suffix = text.slice(whole.length).replace(/\s+/g, '');

  let shift = 0;
  if (suffix !== '') {
    const expected = opts.unit ?? '';
    if (suffix === expected) {
      // The column's own unit: nothing to convert.
    } else if (expected === '%' || suffix.includes('%')) {
      return opts.unit ? fail(`单位应为「${opts.unit}」，实际为「${suffix}」`) : notNumber;
    } else {
      const [writtenExp, writtenBase] = splitUnit(suffix);
      const [expectedExp, expectedBase] = splitUnit(expected);
      if (writtenBase === '' || sameBase(writtenBase, expectedBase)) {
        shift = writtenExp - expectedExp;
      } else if (opts.unit && !APPROXIMATE.test(suffix) && /^[\p{Script=Han}a-zA-Z/]{1,6}$/u.test(suffix)) {
        return fail(`单位应为「${opts.unit}」，实际为「${suffix}」`);
      } else {
        return notNumber;
      }
    }
  }
  // Scaling by a power of ten through the exponent keeps the decimal digits exact:
  // 1.1万 is 11000, not 11000.000000000002.
  const value = Number(`${sign}${intPart.replaceAll(',', '') || '0'}.${frac || '0'}e${Number(exp) + shift}`);
  return checkRange(value, text, opts);
};
