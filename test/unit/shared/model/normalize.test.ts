import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBlank, normalizeHeader, normalizeText, splitHeaderUnit, stripControlChars } from '@shared/model/normalize';

describe('normalizeText', () => {
  it.each([
    ['  红星村  ', '红星村'],
    ['红星\u200b村\u200c\u200d\u2060\ufeff', '红星村'],
    ['\u00a0红星村\u3000', '红星村'],
    ['红星村  第一   党支部', '红星村 第一 党支部'],
    ['红星村\t\u3000\u00a0党支部', '红星村 党支部'],
    ['１２３ＡＢＣａｂｃ', '123ABCabc'],
    ['（人）', '（人）'],
    ['河田镇（新）：第一，第二；好！吗？', '河田镇（新）：第一，第二；好！吗？'],
    ['ＡＢ（１２）', 'AB（12）'],
    ['a\u0000b\u0007c\u007fd\u009fe', 'abcde'],
    ['第一行\r\n第二行', '第一行\n第二行'],
    ['第一行  \n  第二行', '第一行\n第二行'],
    ['第一段\n\n\n\n第二段', '第一段\n\n第二段'],
    ['a\u2028b', 'a\nb'],
    ['e\u200b\u0301', 'é'],
    ['\u202e危险\u202c', '危险'],
    ['😀 emoji', '😀 emoji'],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeText(raw)).toBe(expected);
  });

  it('turns primitives into text and everything else into the empty string', () => {
    expect(normalizeText(12.5)).toBe('12.5');
    expect(normalizeText(true)).toBe('true');
    expect(normalizeText(10n)).toBe('10');
    expect(normalizeText(Number.NaN)).toBe('');
    expect(normalizeText(null)).toBe('');
    expect(normalizeText(undefined)).toBe('');
    expect(normalizeText({ richText: [] })).toBe('');
  });

  it('is idempotent on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent on strings made of the troublesome characters', () => {
    const tricky = fc.constantFrom(
      'a', 'e', '村', ' ', '\u3000', '\u00a0', '\t', '\n', '\r', '\v', '\u2028', '\u200b', '\u200d', '\ufeff',
      '\u0301', '\u0308', '\u00a8', '\u1100', '\u1161', '\u0000', '\u0085', '\ud800', 'Ａ', '１', '㈱', 'ﬁ',
    );
    fc.assert(
      fc.property(fc.array(tricky, { maxLength: 30 }), (chars) => {
        const once = normalizeText(chars.join(''));
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves no edge whitespace, zero-width or control characters and no double spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const out = normalizeText(s);
        expect(out).toBe(out.trim());
        expect(out).not.toMatch(/[\u200b-\u200d\u2060\ufeff]|  |\p{Cs}/u);
        expect(out).not.toMatch(/(?![\n])\p{Cc}/u);
        expect(out.replace(/[（）：；，！？]/g, '')).toBe(out.replace(/[（）：；，！？]/g, '').normalize('NFKC'));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('stripControlChars and isBlank', () => {
  it('strips controls that are invalid in xlsx XML, keeps tab and line breaks', () => {
    expect(stripControlChars('a\u0000b\u0008c\u000bd\u001fe\u007f\u0085f')).toBe('abcdef');
    expect(stripControlChars('a\tb\nc\rd')).toBe('a\tb\nc\rd');
    expect(stripControlChars('x\ud800y\udc00z\uffff')).toBe('xyz');
    expect(stripControlChars('😀')).toBe('😀');
    expect(stripControlChars(' 红星村 ')).toBe(' 红星村 ');
  });

  it('treats invisible-only input as blank', () => {
    for (const blank of [null, undefined, '', ' ', '\u3000\u00a0', '\u200b\ufeff', '\n\t']) expect(isBlank(blank)).toBe(true);
    for (const filled of ['0', 0, '红', ' a ']) expect(isBlank(filled)).toBe(false);
  });
});

describe('normalizeHeader and splitHeaderUnit', () => {
  it.each([
    ['富余劳动力（人）', '富余劳动力(人)'],
    [' 富余 劳动力 （ 人 ） ', '富余劳动力(人)'],
    ['富余劳动力【人】', '富余劳动力(人)'],
    ['富余劳动力［人］', '富余劳动力(人)'],
    ['村集体收入〔万元〕', '村集体收入(万元)'],
    ['*企业名称', '企业名称'],
    ['＊企业名称', '企业名称'],
    ['企业\u200b名称', '企业名称'],
    ['企业名称\n（全称）', '企业名称(全称)'],
  ])('normalizeHeader(%j) → %j', (raw, expected) => {
    expect(normalizeHeader(raw)).toBe(expected);
  });

  it.each([
    ['富余劳动力（人）', { name: '富余劳动力', unit: '人' }],
    ['村集体收入 (万元)', { name: '村集体收入', unit: '万元' }],
    ['户均增收（元/年）', { name: '户均增收', unit: '元/年' }],
    ['其中(技术工人)(人)', { name: '其中(技术工人)', unit: '人' }],
    ['企业名称', { name: '企业名称', unit: null }],
    ['(人)', { name: '(人)', unit: null }],
    ['名称()', { name: '名称()', unit: null }],
  ])('splitHeaderUnit(%j)', (raw, expected) => {
    expect(splitHeaderUnit(raw)).toEqual(expected);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => {
        const once = normalizeHeader(s);
        expect(normalizeHeader(once)).toBe(once);
        expect(once).not.toMatch(/\s/);
      }),
      { numRuns: 1000 },
    );
  });
});
