import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPlain, formatWan, roundOfficial } from '@shared/model/money';

describe('formatWan', () => {
  it.each([
    [0, '0'],
    [45, '45'],
    [45.5, '45.5'],
    [45.25, '45.25'],
    [45.1234, '45.12'],
    [1.005, '1.01'],
    [0.1 + 0.2, '0.3'],
    [612.5, '612.5'],
    [7572, '7,572'],
    [1234567.891, '1,234,567.89'],
    [999.999, '1,000'],
    [-1234.5, '-1,234.5'],
    [-0.001, '0'],
    [-0, '0'],
    [0.004, '0'],
    [0.005, '0.01'],
    [1e-7, '0'],
    [123456789012, '123,456,789,012'],
  ])('formatWan(%d) → %j', (n, expected) => {
    expect(formatWan(n)).toBe(expected);
  });

  it('appends the unit on request and gives nothing for non-numbers', () => {
    expect(formatWan(600.5, { unit: true })).toBe('600.5万元');
    expect(formatWan(Number.NaN)).toBe('');
    expect(formatWan(Number.POSITIVE_INFINITY)).toBe('');
  });

  it('agrees with Intl on every amount of whole cents', () => {
    const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, useGrouping: true });
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (cents) => {
        expect(formatWan(cents / 100)).toBe(intl.format(cents / 100).replace(/^-0$/, '0'));
      }),
      { numRuns: 2000 },
    );
  });

  it('formatPlain drops separators and trailing zeros', () => {
    expect(formatPlain(7572.3)).toBe('7572.3');
    expect(formatPlain(45.10)).toBe('45.1');
    expect(formatPlain(2.675)).toBe('2.68');
  });
});

describe('roundOfficial', () => {
  it.each<[number, string, Parameters<typeof roundOfficial>[2], string]>([
    // The seed article's figures, and the forms issue 16 asks for.
    [727, '家', undefined, '727家'],
    [39, '家', undefined, '39家'],
    [234, '人', undefined, '234人'],
    [41236, '人', undefined, '4万多人'],
    [40618, '人', undefined, '4万多人'],
    [5137, '名', undefined, '5100多名'],
    [5123, '名', undefined, '5100多名'],
    [612.5, '万元', undefined, '600多万元'],
    [26000, '亩', undefined, '2.6万亩'],
    [7572.3, '万元', { digits: 4 }, '7572多万元'],
    [243, '名', { exactBelow: 100 }, '240多名'],
    [1234, '片', undefined, '1200多片'],
    // Exact at two digits: no 多, and a decimal of the scale is kept.
    [40000, '人', undefined, '4万人'],
    [45000, '人', undefined, '4.5万人'],
    [5100, '名', undefined, '5100名'],
    [600, '万元', undefined, '600万元'],
    [45, '万元', undefined, '45万元'],
    // 多 never follows a decimal: cut off below the scale's unit, floored to whole 万 / 亿.
    [45321, '人', undefined, '4万多人'],
    [26500, '亩', undefined, '2万多亩'],
    [43999, '人', { digits: 1 }, '4万多人'],
    [123456, '人', undefined, '12万多人'],
    [99999, '人', undefined, '9万多人'],
    [123456789, '人', undefined, '1亿多人'],
    [12345, '万元', undefined, '1亿多元'],
    [12345, '万元', { digits: 2 }, '1亿多元'],
    [15000, '万元', { digits: 2 }, '1.5亿元'],
    [150000, '元', undefined, '10万多元'],
    [150000, '元', { digits: 2 }, '15万元'],
    [1234567, '元', { digits: 3 }, '123万多元'],
    [1550, '元/年', undefined, '1000多元/年'],
    // The exact-below boundaries and the change of scale.
    [999, '人', undefined, '999人'],
    [999.5, '人', undefined, '999.5人'],
    [1000, '人', undefined, '1000人'],
    [1001, '人', undefined, '1000多人'],
    [1099, '人', undefined, '1000多人'],
    [1100, '人', undefined, '1100人'],
    [9999, '人', undefined, '9900多人'],
    [10000, '人', undefined, '1万人'],
    [10001, '人', undefined, '1万多人'],
    [100000, '人', undefined, '10万人'],
    [99.5, '万元', undefined, '99.5万元'],
    [100, '万元', undefined, '100万元'],
    [100.5, '万元', undefined, '100多万元'],
    [9999.9, '万元', undefined, '9000多万元'],
    [10000, '万元', undefined, '1亿元'],
    [0, '人', undefined, '0人'],
    [-5, '人', undefined, '-5人'],
    [12.345, '万元', undefined, '12.35万元'],
  ])('roundOfficial(%d, %j, %j) → %j', (n, unit, opts, expected) => {
    expect(roundOfficial(n, unit, opts)).toBe(expected);
  });

  it('gives nothing for non-numbers', () => {
    expect(roundOfficial(Number.NaN, '人')).toBe('');
  });

  it('never states more than the true value, says 多 exactly when it states less, and never puts 多 after a decimal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 1e10 }), fc.integer({ min: 1, max: 4 }), (n, digits) => {
        const text = roundOfficial(n, '人', { digits });
        const m = /^([\d.]+)(亿|万)?(多)?人$/.exec(text);
        expect(m, text).not.toBeNull();
        const scale = m![2] === '亿' ? 1e8 : m![2] === '万' ? 1e4 : 1;
        const stated = Math.round(Number(m![1]) * scale);
        expect(stated).toBeLessThanOrEqual(n);
        expect(m![3] === '多').toBe(stated < n);
        if (m![3]) expect(m![1], text).not.toContain('.');
        // Floored at `digits` significant digits, or at a whole count of the scale: the next step up would overshoot.
        const step = Math.max(10 ** (String(n).length - Math.min(digits, String(n).length)), m![3] ? scale : 1);
        expect(n - stated).toBeLessThan(step);
      }),
      { numRuns: 2000 },
    );
  });
});
