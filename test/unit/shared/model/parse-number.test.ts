import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParseNumberOptions } from '@shared/model/parse-number';
import { parseNumber } from '@shared/model/parse-number';
import { formatWan } from '@shared/model/money';

const value = (v: number | null) => ({ ok: true, value: v });

const errorOf = (raw: unknown, opts: ParseNumberOptions = {}): string => {
  const r = parseNumber(raw, opts);
  if (r.ok) throw new Error(`expected ${JSON.stringify(raw)} to be rejected, got ${r.value}`);
  return r.error;
};

describe('parseNumber: accepted forms', () => {
  it.each<[unknown, ParseNumberOptions, number]>([
    [50, {}, 50],
    [12.5, {}, 12.5],
    ['50', {}, 50],
    [' 50 ', {}, 50],
    ['1,200', {}, 1200],
    ['1,234,567.25', {}, 1234567.25],
    ['１２００', {}, 1200],
    ['１，２００', {}, 1200],
    ['１２．５', {}, 12.5],
    ['-3.5', {}, -3.5],
    ['－3.5', {}, -3.5],
    ['+7', {}, 7],
    ['.5', {}, 0.5],
    ['1e3', {}, 1000],
    ['1.5E-3', {}, 0.0015],
    ['50人', { unit: '人' }, 50],
    ['50 人', { unit: '人' }, 50],
    ['5100名', { unit: '人' }, 5100],
    ['4万人', { unit: '人' }, 40000],
    ['4万', { unit: '人' }, 40000],
    ['2.6万亩', { unit: '亩' }, 26000],
    ['45万元', { unit: '万元' }, 45],
    ['45万', { unit: '万元' }, 45],
    ['45', { unit: '万元' }, 45],
    ['450000元', { unit: '万元' }, 45],
    ['450,000元', { unit: '万元' }, 45],
    ['12345元', { unit: '万元' }, 1.2345],
    ['4.5亿元', { unit: '万元' }, 45000],
    ['4.5亿', { unit: '万元' }, 45000],
    ['1.1万元', { unit: '元' }, 11000],
    ['200元', { unit: '元/年' }, 200],
    ['200元/年', { unit: '元/年' }, 200],
    ['2万元/年', { unit: '元/年' }, 20000],
    ['45万元/年', { unit: '万元/年' }, 45],
    ['12.5%', { unit: '%' }, 12.5],
    ['１２．５％', { unit: '%' }, 12.5],
    ['12.5', { unit: '%' }, 12.5],
    ['34起', { unit: '起', integer: true, min: 0 }, 34],
    ['1.0', { integer: true }, 1],
    ['-0', {}, 0],
  ])('%j with %j → %d', (raw, opts, expected) => {
    expect(parseNumber(raw, opts)).toEqual(value(expected));
  });

  it('returns null for empty input, so that the caller decides whether it is required', () => {
    for (const blank of ['', '   ', '\u3000', '\u200b', null, undefined]) {
      expect(parseNumber(blank, { integer: true, min: 0 })).toEqual(value(null));
    }
  });
});

describe('parseNumber: rejected forms', () => {
  it('refuses approximate figures with the text quoted', () => {
    expect(errorOf('约50')).toBe('应为数字，实际为「约50」');
    expect(errorOf('50左右')).toBe('应为数字，实际为「50左右」');
    expect(errorOf('若干')).toBe('应为数字，实际为「若干」');
    expect(errorOf('50多')).toBe('应为数字，实际为「50多」');
    expect(errorOf('50多人', { unit: '人' })).toBe('应为数字，实际为「50多人」');
    expect(errorOf('240余名', { unit: '人' })).toContain('实际为「240余名」');
    expect(errorOf('约50', { integer: true, min: 0 })).toBe('应为非负整数，实际为「约50」');
    expect(errorOf('约50', { integer: true, min: 1 })).toBe('应为正整数，实际为「约50」');
    expect(errorOf('约50', { min: 0 })).toBe('应为非负数，实际为「约50」');
  });

  it('refuses text that is not one number', () => {
    for (const bad of ['1,2', '12,00', '1,2000', '1.2.3', '-', '.', '无', '—', '5-10', '1 200', '(5)', '>50', '5e', 'NaN', 'Infinity']) {
      expect(errorOf(bad), bad).toMatch(/^(应为数字，实际为「|单位应为)/);
    }
  });

  it('names the expected unit when another one is written', () => {
    expect(errorOf('50人', { unit: '万元' })).toBe('单位应为「万元」，实际为「人」');
    expect(errorOf('45万元', { unit: '人' })).toBe('单位应为「人」，实际为「万元」');
    expect(errorOf('30人', { unit: '人次' })).toBe('单位应为「人次」，实际为「人」');
    expect(errorOf('12%', { unit: '人' })).toBe('单位应为「人」，实际为「%」');
    expect(errorOf('12人', { unit: '%' })).toBe('单位应为「%」，实际为「人」');
  });

  it('refuses units and percentages where the column has none', () => {
    expect(errorOf('50人')).toBe('应为数字，实际为「50人」');
    expect(errorOf('12%')).toBe('应为数字，实际为「12%」');
  });

  it('enforces integer, min and max', () => {
    expect(errorOf('2.5', { integer: true, min: 0 })).toBe('应为非负整数，实际为「2.5」');
    expect(errorOf(2.5, { integer: true })).toBe('应为整数，实际为「2.5」');
    expect(errorOf('-5', { integer: true, min: 0 })).toBe('应为非负整数，实际为「-5」');
    expect(errorOf('0', { integer: true, min: 1 })).toBe('应为正整数，实际为「0」');
    expect(errorOf('-0.5', { min: 0 })).toBe('应为非负数，实际为「-0.5」');
    expect(errorOf('0', { integer: true, min: 1, max: 5 })).toBe('应为正整数，实际为「0」');
    expect(errorOf('6', { integer: true, min: 1, max: 5 })).toBe('应不大于5，实际为「6」');
    expect(errorOf('2', { min: 3 })).toBe('应不小于3，实际为「2」');
    expect(errorOf('1.23456万元', { unit: '元', integer: true })).toBe('应为整数，实际为「1.23456万元」');
  });

  it('refuses values that are too large or not numbers at all', () => {
    expect(errorOf('1e999')).toContain('数值过大');
    expect(errorOf('1e99999')).toBe('应为数字，实际为「1e99999」');
    expect(errorOf(Number.POSITIVE_INFINITY)).toContain('数值过大');
    expect(errorOf(Number.NaN)).toBe('应为数字');
    expect(errorOf(true)).toBe('应为数字');
    expect(errorOf(new Date())).toBe('应为数字');
  });
});

describe('parseNumber: properties', () => {
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 });

  it('reads back String(n) for any double', () => {
    fc.assert(
      fc.property(finite, (n) => {
        expect(parseNumber(String(n))).toEqual(value(n === 0 ? 0 : n));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back integers written with thousands separators, half- or full-width', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.boolean(), (n, wide) => {
        let text = n.toLocaleString('en-US');
        if (wide) text = text.replace(/[0-9,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
        expect(parseNumber(text, { integer: true })).toEqual(value(n === 0 ? 0 : n));
      }),
    );
  });

  it('reads back what formatWan writes, in 万元 and converted from 元', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (cents) => {
        const wan = cents / 100;
        expect(parseNumber(formatWan(wan), { unit: '万元' })).toEqual(value(wan === 0 ? 0 : wan));
        expect(parseNumber(formatWan(wan, { unit: true }), { unit: '万元' })).toEqual(value(wan === 0 ? 0 : wan));
        expect(parseNumber(`${formatWan(wan)}万元`, { unit: '元' })).toEqual(value(cents * 100));
      }),
    );
  });

  it('never accepts a figure with an approximation word around it', () => {
    const word = fc.constantFrom('约', '大约', '近', '左右', '多', '余', '以上', '上下', '若干');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), word, fc.boolean(), (n, w, before) => {
        const text = before ? `${w}${n}` : `${n}${w}`;
        expect(parseNumber(text, { unit: '人' }).ok).toBe(false);
      }),
    );
  });
});
