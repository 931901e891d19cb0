// Dates as they arrive from spreadsheets and forms: Excel serial numbers (1900 and 1904
// date systems), Date objects from ExcelJS, dayjs values from the date pickers, and text in
// the forms Chinese offices write (2008-12-03, 2008/12/3, 2008.12, 2008年12月, 20081203…).
// A date is stored as an ISO string YYYY-MM-DD plus how precise it was: 2008年12月 is
// month precision and stored as 2008-12-01, so it can be sorted and compared with days.
//
// Calendar arithmetic is done on UTC dates throughout: a local-time Date shifts by a day
// near midnight in some zones, which is the classic off-by-one in spreadsheet imports.
//
// Empty input returns { ok: true, value: null }, as parseNumber does: whether a date is
// required is the caller's decision.
import dayjs from 'dayjs';
import { normalizeForParsing } from './normalize';
import type { Result } from './result';
import { fail, ok } from './result';

export type DatePrecision = 'day' | 'month' | 'year';
export type ParsedDate = { iso: string; precision: DatePrecision };
export type ParseDateOptions = {
  /** The workbook uses the 1904 date system (Excel for Mac, some old files). */
  date1904?: boolean;
};

/** Years outside this range are typing mistakes in this program's data (founded in 2006). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const DAY_MS = 86_400_000;
/** Excel's largest serial, 9999-12-31. */
const MAX_SERIAL = 2_958_465;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

export const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export const daysInMonth = (y: number, m: number): number =>
  m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

/** Whether y-m-d exists in the Gregorian calendar (month 1–12). */
export const isRealDate = (y: number, m: number, d: number): boolean =>
  Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

const HINT = '请按 2008-12-03、2008/12/3、2008年12月 等格式填写';

const fromParts = (y: number, m: number, d: number, precision: DatePrecision, shown: string): Result<ParsedDate> => {
  if (y < MIN_YEAR || y > MAX_YEAR) return fail(`日期「${shown}」的年份超出范围（${MIN_YEAR}–${MAX_YEAR}年）`);
  if (!isRealDate(y, m, d)) return fail(`日期「${shown}」不存在`);
  return ok({ iso: `${pad(y, 4)}-${pad(m)}-${pad(d)}`, precision });
};

const fromUtcMs = (ms: number, shown: string): Result<ParsedDate> => {
  const t = new Date(ms);
  return fromParts(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), 'day', shown);
};

const fromSerial = (serial: number, date1904: boolean): Result<ParsedDate> => {
  const shown = String(serial);
  // Rounded to the millisecond first: 39785.99999999 is midnight of day 39786, not 23:59.
  const whole = Math.floor(Math.round(serial * DAY_MS) / DAY_MS);
  if (whole > MAX_SERIAL) return fail(`「${shown}」不是有效的 Excel 日期序号`);
  if (date1904) {
    if (whole < 0) return fail(`「${shown}」不是有效的 Excel 日期序号`);
    return fromUtcMs(EPOCH_1904 + whole * DAY_MS, shown);
  }
  if (whole < 1) return fail(`「${shown}」不是有效的 Excel 日期序号`);
  // Excel counts a 1900-02-29 that never existed (serial 60), so serials up to 60 are one
  // day off and 60 is no day at all. Such dates do not occur in this program's data.
  if (whole < 61) return fail(`Excel 日期序号「${shown}」早于1900年3月1日，无法可靠换算，请填写为文本日期`);
  return fromUtcMs(EPOCH_1900 + whole * DAY_MS, shown);
};

const fromNumber = (n: number, opts: ParseDateOptions): Result<ParsedDate> => {
  if (!Number.isFinite(n)) return fail(`「${n}」不是有效日期`);
  const shown = String(n);
  const int = Math.trunc(n);
  // A number cell holding 2008 means the year: serial 2008 would be 1905-06-30.
  if (Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR) return fromParts(n, 1, 1, 'year', shown);
  // 2008.12 typed into a number cell is a month. 2008.1 is 2008.1 or 2008.10 retyped by
  // Excel, which dropped the zero; refuse rather than guess.
  if (int >= MIN_YEAR && int <= MAX_YEAR) {
    const frac = shown.slice(shown.indexOf('.') + 1);
    if (frac === '1') return fail(`「${shown}」有歧义（1月还是10月？），请填写为 ${int}-01 或 ${int}-10`);
    if (/^\d{1,2}$/.test(frac)) return fromParts(int, Number(frac), 1, 'month', shown);
    return fail(`无法识别的日期「${shown}」，${HINT}`);
  }
  // 20081203 typed into a number cell: far beyond any serial, and an unambiguous date.
  if (Number.isInteger(n) && n >= MIN_YEAR * 10000 + 101 && n <= MAX_YEAR * 10000 + 1231) {
    return fromParts(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100, 'day', shown);
  }
  return fromSerial(n, opts.date1904 ?? false);
};

const fromDate = (t: Date): Result<ParsedDate> => {
  if (Number.isNaN(t.getTime())) return fail('日期无效');
  // ExcelJS gives dates at UTC midnight; the serials behind dates before 1900-03-01 are off by a day.
  if (t.getTime() < Date.UTC(1900, 2, 1)) return fail('日期早于1900年3月1日，无法可靠换算，请填写为文本日期');
  return fromUtcMs(t.getTime(), t.toISOString().slice(0, 10));
};

// Text forms. Separators must agree (2008-12/3 is refused); 年月日 forms may omit 日 or say 号.
const TEXT_FORMS: ReadonlyArray<readonly [RegExp, DatePrecision]> = [
  [/^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/, 'day'],
  [/^(\d{4})([-/.])(\d{1,2})$/, 'month'],
  [/^(\d{4})()年(\d{1,2})月(\d{1,2})[日号]?$/, 'day'],
  [/^(\d{4})()年(\d{1,2})月份?$/, 'month'],
  [/^(\d{4})()(\d{2})(\d{2})$/, 'day'],
  [/^(\d{4})()年度?$/, 'year'],
  [/^(\d{4})()$/, 'year'],
];

// A time after the date (CSV exports write "2008/12/3 0:00"): the date part is what counts.
const TRAILING_TIME = /^(\S+?)(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$/;

const fromText = (raw: string): Result<ParsedDate | null> => {
  const text = normalizeForParsing(raw);
  if (text === '') return ok(null);
  const dateText = (TRAILING_TIME.exec(text)?.[1] ?? text).replace(/\s+/g, '');
  for (const [re, precision] of TEXT_FORMS) {
    const m = re.exec(dateText);
    if (!m) continue;
    return fromParts(Number(m[1]), Number(m[3] ?? 1), Number(m[4] ?? 1), precision, text);
  }
  return fail(`无法识别的日期「${text.length > 20 ? `${text.slice(0, 20)}…` : text}」，${HINT}`);
};

/** Parses one date; see the module comment for the accepted forms. */
export const parseDate = (raw: unknown, opts: ParseDateOptions = {}): Result<ParsedDate | null> => {
  if (raw === null || raw === undefined) return ok(null);
  if (typeof raw === 'number') return fromNumber(raw, opts);
  if (typeof raw === 'string') return fromText(raw);
  if (raw instanceof Date) return fromDate(raw);
  // A date picker's value is the calendar day the user clicked, in local time.
  if (dayjs.isDayjs(raw)) {
    if (!raw.isValid()) return fail('日期无效');
    return fromParts(raw.year(), raw.month() + 1, raw.date(), 'day', raw.format('YYYY-MM-DD'));
  }
  return fail(`无法识别的日期，${HINT}`);
};

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 2008-12-03 / 2008-12 / 2008, as tables show dates. Anything not an ISO date is returned as is. */
export const formatDateTable = (value: string | ParsedDate, precision: DatePrecision = 'day'): string => {
  const [iso, p] = typeof value === 'string' ? [value, precision] : [value.iso, value.precision];
  if (!ISO.test(iso)) return iso;
  return p === 'day' ? iso : p === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
};

/**
 * 2008年12月3日 / 2008年12月 / 2008年: dates as official documents, certificates and print views
 * write them (GB/T 9704-2012 §7.3.5: year in full, month and day never zero-padded). The one
 * function every document uses; anything not an ISO date is returned as is.
 */
export const formatDateCn = (value: string | ParsedDate, precision: DatePrecision = 'day'): string => {
  const [iso, p] = typeof value === 'string' ? [value, precision] : [value.iso, value.precision];
  const m = ISO.exec(iso);
  if (!m) return iso;
  const [y, mo, d] = [m[1], Number(m[2]), Number(m[3])];
  return p === 'day' ? `${y}年${mo}月${d}日` : p === 'month' ? `${y}年${mo}月` : `${y}年`;
};

/**
 * A span of days as documents write it, from formatDateCn's parts: 「2008年3月17日至21日」,
 * 「2008年3月30日至4月2日」, 「2008年12月30日至2009年1月2日」, or the one day.
 */
export const formatDateRangeCn = (start: string, end?: string): string => {
  const a = ISO.exec(start);
  const b = end ? ISO.exec(end) : null;
  if (!a || !b || end === start) return formatDateCn(start);
  const whole = formatDateCn(end!);
  if (a[1] !== b[1]) return `${formatDateCn(start)}至${whole}`;
  // The same year (and month) is not repeated: what follows 「年」 (and 「月」) of the end.
  const rest = a[2] !== b[2] ? whole.slice(whole.indexOf('年') + 1) : whole.slice(whole.indexOf('月') + 1);
  return `${formatDateCn(start)}至${rest}`;
};

/**
 * A month as YYYY-MM (monthly reports, ledger entries by month). A full date gives its
 * month; a bare year is refused because it does not say which month.
 */
export const parseMonth = (raw: unknown, opts: ParseDateOptions = {}): Result<string | null> => {
  const r = parseDate(raw, opts);
  if (!r.ok || r.value === null) return r.ok ? ok(null) : r;
  if (r.value.precision === 'year') return fail(`应填写到月份，如 ${r.value.iso.slice(0, 4)}-12 或 ${r.value.iso.slice(0, 4)}年12月`);
  return ok(r.value.iso.slice(0, 7));
};

/** A YYYY-MM month for display: 'cn' → 2008年12月, 2008年6月 (default; as formatDateCn), 'table' → 2008-12. */
export const formatMonth = (month: string, style: 'cn' | 'table' = 'cn'): string => {
  if (!/^\d{4}-\d{2}$/.test(month)) return month;
  return style === 'cn' ? formatDateCn(`${month}-01`, 'month') : month;
};
