import dayjs from 'dayjs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DatePrecision } from '@shared/model/parse-date';
import {
  daysInMonth,
  formatDateCn,
  formatDateTable,
  formatMonth,
  isRealDate,
  parseDate,
  parseMonth,
} from '@shared/model/parse-date';

const day = (iso: string) => ({ ok: true, value: { iso, precision: 'day' } });
const month = (iso: string) => ({ ok: true, value: { iso, precision: 'month' } });
const year = (iso: string) => ({ ok: true, value: { iso, precision: 'year' } });

const errorOf = (raw: unknown, opts = {}): string => {
  const r = parseDate(raw, opts);
  if (r.ok) throw new Error(`expected ${JSON.stringify(raw)} to be rejected, got ${JSON.stringify(r.value)}`);
  return r.error;
};

describe('parseDate: text', () => {
  it.each([
    ['2008-12-03', day('2008-12-03')],
    ['2008/12/3', day('2008-12-03')],
    ['2008.12.3', day('2008-12-03')],
    ['2008-1-5', day('2008-01-05')],
    ['2008年12月3日', day('2008-12-03')],
    ['2008年12月03日', day('2008-12-03')],
    ['2008年12月3号', day('2008-12-03')],
    ['2008 年 12 月 3 日', day('2008-12-03')],
    ['20081203', day('2008-12-03')],
    ['２００８－１２－０３', day('2008-12-03')],
    ['２００８年１２月３日', day('2008-12-03')],
    ['２００８．１２．３', day('2008-12-03')],
    ['2008/12/3 0:00', day('2008-12-03')],
    ['2008-12-03 14:30:00', day('2008-12-03')],
    ['2008-12-03T00:00:00.000Z', day('2008-12-03')],
    [' 2008-12-03\u200b ', day('2008-12-03')],
    ['2008.12', month('2008-12-01')],
    ['2008-12', month('2008-12-01')],
    ['2008/1', month('2008-01-01')],
    ['2008.1', month('2008-01-01')],
    ['2008年12月', month('2008-12-01')],
    ['2008年12月份', month('2008-12-01')],
    ['2008年', year('2008-01-01')],
    ['2008年度', year('2008-01-01')],
    ['2008', year('2008-01-01')],
    ['2000-02-29', day('2000-02-29')],
  ])('%j', (raw, expected) => {
    expect(parseDate(raw)).toEqual(expected);
  });

  it('returns null for empty input, so that the caller decides whether it is required', () => {
    for (const blank of ['', '  ', '\u3000', null, undefined]) expect(parseDate(blank)).toEqual({ ok: true, value: null });
  });

  it('rejects impossible dates', () => {
    expect(errorOf('2008-02-30')).toBe('日期「2008-02-30」不存在');
    expect(errorOf('2009-02-29')).toContain('不存在');
    expect(errorOf('1900-02-29')).toContain('不存在');
    expect(errorOf('2008-13-01')).toContain('不存在');
    expect(errorOf('2008-00-10')).toContain('不存在');
    expect(errorOf('2008年13月')).toContain('不存在');
    expect(errorOf('20080230')).toContain('不存在');
    expect(errorOf('2008.4.31')).toContain('不存在');
  });

  it('rejects years outside 1900–2100', () => {
    expect(errorOf('1899-12-31')).toContain('年份超出范围');
    expect(errorOf('2101-01-01')).toContain('年份超出范围');
  });

  it('rejects text it cannot read unambiguously', () => {
    for (const bad of ['12/3/2008', '08-12-03', '2008-12/3', '2008年底', '去年', '2008-12-03-04', '39785', '200812', '二〇〇八年']) {
      expect(errorOf(bad), bad).toMatch(/^无法识别的日期「.+」，请按/);
    }
  });
});

describe('parseDate: Excel serials and cell values', () => {
  it('reads 1900-system serials, including date-time fractions', () => {
    expect(parseDate(39785)).toEqual(day('2008-12-03'));
    expect(parseDate(39785.75)).toEqual(day('2008-12-03'));
    expect(parseDate(39785.99999999999)).toEqual(day('2008-12-04'));
    expect(parseDate(44927)).toEqual(day('2023-01-01'));
    expect(parseDate(61)).toEqual(day('1900-03-01'));
    expect(parseDate(73415)).toEqual(day('2100-12-31'));
  });

  it('rejects serials before 1900-03-01 (Excel counts a 1900-02-29 that never was)', () => {
    expect(errorOf(60)).toContain('早于1900年3月1日');
    expect(errorOf(59)).toContain('早于1900年3月1日');
    expect(errorOf(1)).toContain('早于1900年3月1日');
    expect(errorOf(0)).toContain('不是有效的 Excel 日期序号');
    expect(errorOf(-5)).toContain('不是有效的 Excel 日期序号');
    expect(errorOf(73416)).toContain('年份超出范围');
  });

  it('reads 1904-system serials when the workbook says so', () => {
    expect(parseDate(38323, { date1904: true })).toEqual(day('2008-12-03'));
    expect(parseDate(0, { date1904: true })).toEqual(day('1904-01-01'));
    expect(parseDate(38323)).toEqual(day('2004-12-02'));
    expect(errorOf(-1, { date1904: true })).toContain('不是有效的 Excel 日期序号');
  });

  it('reads years, months and yyyymmdd typed into number cells', () => {
    expect(parseDate(2008)).toEqual(year('2008-01-01'));
    expect(parseDate(2008.12)).toEqual(month('2008-12-01'));
    expect(parseDate(2008.05)).toEqual(month('2008-05-01'));
    expect(parseDate(2008.5)).toEqual(month('2008-05-01'));
    expect(parseDate(20081203)).toEqual(day('2008-12-03'));
    expect(errorOf(2008.1)).toContain('有歧义');
    expect(errorOf(2008.13)).toContain('不存在');
    expect(errorOf(20080230)).toContain('不存在');
    expect(errorOf(Number.NaN)).toContain('不是有效日期');
  });

  it('reads Date objects from ExcelJS as UTC dates', () => {
    expect(parseDate(new Date(Date.UTC(2008, 11, 3)))).toEqual(day('2008-12-03'));
    expect(parseDate(new Date(Date.UTC(2008, 11, 3, 23, 59)))).toEqual(day('2008-12-03'));
    expect(errorOf(new Date(Number.NaN))).toBe('日期无效');
    expect(errorOf(new Date(Date.UTC(1900, 1, 28)))).toContain('早于1900年3月1日');
  });

  it('reads dayjs values from date pickers as the local day picked', () => {
    expect(parseDate(dayjs('2008-12-03T00:30:00'))).toEqual(day('2008-12-03'));
    expect(parseDate(dayjs('2008-12-03T23:30:00'))).toEqual(day('2008-12-03'));
    expect(errorOf(dayjs('not a date'))).toBe('日期无效');
  });

  it('refuses other values', () => {
    expect(errorOf(true)).toContain('无法识别的日期');
    expect(errorOf({})).toContain('无法识别的日期');
  });
});

describe('formatting', () => {
  it('writes dates for tables and documents', () => {
    expect(formatDateTable('2008-12-03')).toBe('2008-12-03');
    expect(formatDateTable('2008-12-01', 'month')).toBe('2008-12');
    expect(formatDateTable({ iso: '2008-01-01', precision: 'year' })).toBe('2008');
    expect(formatDateCn('2008-12-03')).toBe('2008年12月3日');
    expect(formatDateCn('2008-06-28')).toBe('2008年6月28日');
    expect(formatDateCn({ iso: '2008-12-01', precision: 'month' })).toBe('2008年12月');
    expect(formatDateCn({ iso: '2008-09-01', precision: 'month' })).toBe('2008年9月');
    expect(formatDateCn('2008-01-01', 'year')).toBe('2008年');
    expect(formatDateCn('garbage')).toBe('garbage');
  });

  it('writes every day of every month without zero padding (GB/T 9704: 2008年6月28日)', () => {
    for (const year of [2008, 2009]) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= 31; d++) {
          if (d > daysInMonth(year, m)) continue;
          const iso = `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(formatDateCn(iso)).toBe(`${year}年${m}月${d}日`);
          expect(formatDateCn(iso)).not.toMatch(/[年月]0/);
          expect(parseDate(formatDateCn(iso))).toEqual(day(iso));
        }
        expect(formatMonth(`${year}-${String(m).padStart(2, '0')}`)).toBe(`${year}年${m}月`);
      }
    }
  });

  it('parses and formats months', () => {
    expect(parseMonth('2008-12')).toEqual({ ok: true, value: '2008-12' });
    expect(parseMonth('2008年12月')).toEqual({ ok: true, value: '2008-12' });
    expect(parseMonth('2008-12-03')).toEqual({ ok: true, value: '2008-12' });
    expect(parseMonth(39785)).toEqual({ ok: true, value: '2008-12' });
    expect(parseMonth('')).toEqual({ ok: true, value: null });
    expect(parseMonth('2008')).toEqual({ ok: false, error: '应填写到月份，如 2008-12 或 2008年12月' });
    expect(parseMonth('2008-13').ok).toBe(false);
    expect(formatMonth('2008-12')).toBe('2008年12月');
    expect(formatMonth('2008-04')).toBe('2008年4月');
    expect(formatMonth('2008-12', 'table')).toBe('2008-12');
    expect(formatMonth('2008-1')).toBe('2008-1');
  });
});

describe('properties', () => {
  const anyDay = fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true });
  const isoOf = (d: Date) => d.toISOString().slice(0, 10);
  const precision = fc.constantFrom<DatePrecision>('day', 'month', 'year');

  it('parseDate(formatDateTable(d)) round trips at every precision', () => {
    fc.assert(
      fc.property(anyDay, precision, (d, p) => {
        const iso = p === 'day' ? isoOf(d) : p === 'month' ? `${isoOf(d).slice(0, 7)}-01` : `${isoOf(d).slice(0, 4)}-01-01`;
        expect(parseDate(formatDateTable(iso, p))).toEqual({ ok: true, value: { iso, precision: p } });
      }),
    );
  });

  it('parses what formatDateCn writes back to the same day', () => {
    fc.assert(
      fc.property(anyDay, (d) => {
        expect(parseDate(formatDateCn(isoOf(d)))).toEqual(day(isoOf(d)));
      }),
    );
  });

  it('reads a Date object, its 1900 serial and its 1904 serial as the same day', () => {
    fc.assert(
      fc.property(anyDay, (d) => {
        const midnight = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
        const serial1900 = (midnight - Date.UTC(1899, 11, 30)) / 86_400_000;
        const serial1904 = serial1900 - 1462;
        expect(parseDate(d)).toEqual(day(isoOf(d)));
        if (serial1900 > 73_415 || (serial1900 >= 1900 && serial1900 <= 2100)) return;
        expect(parseDate(serial1900)).toEqual(day(isoOf(d)));
        if (serial1904 >= 0 && !(serial1904 >= 1900 && serial1904 <= 2100)) {
          expect(parseDate(serial1904, { date1904: true })).toEqual(day(isoOf(d)));
        }
      }),
    );
  });

  it('isRealDate agrees with the calendar of Date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const t = new Date(Date.UTC(y, m - 1, d));
        const real = t.getUTCMonth() === m - 1 && t.getUTCDate() === d && m >= 1 && m <= 12;
        expect(isRealDate(y, m, d)).toBe(real);
      }),
      { numRuns: 2000 },
    );
  });
});
