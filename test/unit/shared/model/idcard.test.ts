import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  birthDateFromIdCard,
  genderFromIdCard,
  idCardCheckChar,
  maskIdCard,
  validateIdCard,
} from '@shared/model/idcard';
import { noise, sprinkle, toFullWidth, validIdCard } from './arbitraries';

const EXAMPLE = '11010519491231002X';
// Computed independently (a separate script): leap day 2000, the first day allowed, a woman.
const LEAP_DAY = '110101200002290018';
const FIRST_DAY = '110101190001010014';
const WOMAN_1980 = '350821198001010027';
const TODAY = new Date(2024, 5, 15);

const errorOf = (raw: unknown, today = TODAY): string => {
  const r = validateIdCard(raw, today);
  if (r.ok) throw new Error(`expected ${JSON.stringify(raw)} to be rejected`);
  return r.error;
};

describe('idCardCheckChar', () => {
  it('computes the ISO 7064 MOD 11-2 check character', () => {
    expect(idCardCheckChar('11010519491231002')).toBe('X');
    expect(idCardCheckChar('11010120000229001')).toBe('8');
    expect(idCardCheckChar('35082119800101002')).toBe('7');
  });

  it('throws on anything but 17 digits', () => {
    expect(() => idCardCheckChar('1101051949123100')).toThrow(RangeError);
    expect(() => idCardCheckChar('1101051949123100X')).toThrow(RangeError);
  });
});

describe('validateIdCard: accepted forms', () => {
  it.each([
    [EXAMPLE, EXAMPLE],
    ['11010519491231002x', EXAMPLE],
    ['１１０１０５１９４９１２３１００２Ｘ', EXAMPLE],
    ['１１０１０５１９４９１２３１００２ｘ', EXAMPLE],
    [' 110105 19491231 002X ', EXAMPLE],
    ['11010519491231002X\u200b', EXAMPLE],
    [LEAP_DAY, LEAP_DAY],
    [FIRST_DAY, FIRST_DAY],
    [WOMAN_1980, WOMAN_1980],
  ])('%j → %s', (raw, value) => {
    expect(validateIdCard(raw, TODAY)).toEqual({ ok: true, value });
  });

  it('accepts a birth date equal to today (local calendar day)', () => {
    const first17 = '11010120240615001';
    const id = first17 + idCardCheckChar(first17);
    expect(validateIdCard(id, new Date(2024, 5, 15, 0, 0, 1)).ok).toBe(true);
    expect(validateIdCard(id, new Date(2024, 5, 14, 23, 59, 59)).ok).toBe(false);
  });
});

describe('validateIdCard: rejected forms', () => {
  it('refuses 15-digit old numbers, saying 18 digits are required', () => {
    expect(errorOf('110105491231002')).toContain('应为18位');
    expect(errorOf('110105491231002')).toContain('15位旧号码');
  });

  it('names the actual length', () => {
    expect(errorOf('11010519491231002')).toBe('身份证号应为18位，实际为17位');
    expect(errorOf('11010519491231002XX')).toBe('身份证号应为18位，实际为19位');
  });

  it('names a non-digit and its position', () => {
    expect(errorOf('1101051949123100XX')).toBe('身份证号第17位「X」不是数字');
    expect(errorOf('11010519491231OO2X')).toBe('身份证号第15位「O」不是数字');
    expect(errorOf('11010519491231002Y')).toBe('身份证号第18位应为数字或 X，实际为「Y」');
  });

  it('refuses impossible birth dates', () => {
    const withDate = (ymd: string) => {
      const first17 = `110105${ymd}002`;
      return first17 + idCardCheckChar(first17);
    };
    expect(errorOf(withDate('20080230'))).toBe('身份证号中的出生日期「20080230」不存在');
    expect(errorOf(withDate('19000229'))).toContain('不存在');
    expect(errorOf(withDate('20081301'))).toContain('不存在');
    expect(errorOf(withDate('20080100'))).toContain('不存在');
    expect(errorOf(withDate('18991231'))).toBe('身份证号中的出生日期「1899-12-31」早于1900年');
    expect(errorOf('440524188001010014')).toContain('早于1900年');
    expect(errorOf(withDate('20240616'))).toBe('身份证号中的出生日期「2024-06-16」晚于今天');
  });

  it('gives the expected check character', () => {
    expect(errorOf('110105194912310021')).toBe('身份证号校验位错误，应为X');
    expect(errorOf('350821198001010020')).toBe('身份证号校验位错误，应为7');
  });

  it('refuses blanks, and number cells whose digits Excel has already changed', () => {
    expect(errorOf('')).toBe('未填写身份证号');
    expect(errorOf(undefined)).toBe('未填写身份证号');
    // What ExcelJS hands over for such a cell: the 18 digits no longer survive as a double.
    expect(errorOf(Number('350821198001010027'))).toBe('身份证号须以文本格式填写');
  });
});

describe('maskIdCard, birthDateFromIdCard, genderFromIdCard', () => {
  it('keeps the first 6 and last 2 characters', () => {
    expect(maskIdCard('35082119800101002X')).toBe('350821**********2X');
    expect(maskIdCard('35082119800101002x')).toBe('350821**********2X');
    expect(maskIdCard(WOMAN_1980)).toBe('350821**********27');
    expect(maskIdCard('12345678')).toBe('********');
    expect(maskIdCard('')).toBe('');
  });

  it('reads the birth date and gender', () => {
    expect(birthDateFromIdCard(EXAMPLE)).toBe('1949-12-31');
    expect(birthDateFromIdCard(LEAP_DAY)).toBe('2000-02-29');
    expect(birthDateFromIdCard('110105200802300021')).toBeNull();
    expect(birthDateFromIdCard('not an id')).toBeNull();
    expect(genderFromIdCard(EXAMPLE)).toBe('女');
    expect(genderFromIdCard(WOMAN_1980)).toBe('女');
    expect(genderFromIdCard(LEAP_DAY)).toBe('男');
    expect(genderFromIdCard('123')).toBeNull();
  });
});

describe('validateIdCard: properties', () => {
  it('accepts every generated number with a real date and its check character', () => {
    fc.assert(
      fc.property(validIdCard, (id) => {
        expect(validateIdCard(id, TODAY)).toEqual({ ok: true, value: id });
        expect(birthDateFromIdCard(id)).toBe(`${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`);
        expect(maskIdCard(id)).toBe(`${id.slice(0, 6)}**********${id.slice(16)}`);
      }),
    );
  });

  it('rejects every single-character change of the example (all positions × 0–9 and X)', () => {
    let tried = 0;
    for (let pos = 0; pos < EXAMPLE.length; pos++) {
      for (const c of '0123456789X') {
        if (c === EXAMPLE[pos]) continue;
        const changed = EXAMPLE.slice(0, pos) + c + EXAMPLE.slice(pos + 1);
        expect(validateIdCard(changed, TODAY).ok, changed).toBe(false);
        tried++;
      }
    }
    expect(tried).toBe(18 * 10);
  });

  it('rejects a single-digit change of any valid number', () => {
    fc.assert(
      fc.property(validIdCard, fc.nat(16), fc.integer({ min: 1, max: 9 }), (id, pos, delta) => {
        const changed = id.slice(0, pos) + ((Number(id[pos]) + delta) % 10) + id.slice(pos + 1);
        expect(validateIdCard(changed, TODAY).ok).toBe(false);
      }),
    );
  });

  it('validates full-width, lower-case and space-padded variants to the same value', () => {
    fc.assert(
      fc.property(validIdCard, fc.boolean(), fc.array(noise, { minLength: 1, maxLength: 5 }), (id, wide, noises) => {
        const variant = sprinkle(wide ? toFullWidth(id.toLowerCase()) : id.toLowerCase(), noises);
        expect(validateIdCard(variant, TODAY)).toEqual({ ok: true, value: id });
      }),
    );
  });
});
