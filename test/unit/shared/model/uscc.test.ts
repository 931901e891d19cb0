import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { usccCheckChar, USCC_ALPHABET, validateUscc } from '@shared/model/uscc';
import { noise, sprinkle, toFullWidth, validUscc } from './arbitraries';

const EXAMPLE = '91350100M000100Y43';
// Computed independently (a separate script, not this module): one with a letter as check
// character, one where 31 − 0 wraps round to 0, one with the last letter Y (value 30).
const LETTER_CHECK = '4JURQ283FQEFLCR63K';
const ZERO_CHECK = 'F309CADR6838WPG6Y0';
const Y_CHECK = '91791805MGGHFRQ3WY';

const errorOf = (raw: unknown): string => {
  const r = validateUscc(raw);
  if (r.ok) throw new Error(`expected ${JSON.stringify(raw)} to be rejected`);
  return r.error;
};

describe('usccCheckChar', () => {
  it('computes the GB 32100-2015 check character (mod 31)', () => {
    expect(usccCheckChar(EXAMPLE.slice(0, 17))).toBe('3');
    expect(usccCheckChar(LETTER_CHECK.slice(0, 17))).toBe('K');
    expect(usccCheckChar(ZERO_CHECK.slice(0, 17))).toBe('0');
    expect(usccCheckChar(Y_CHECK.slice(0, 17))).toBe('Y');
  });

  it('throws on input that is not 17 characters of the alphabet', () => {
    expect(() => usccCheckChar('91350100M000100Y')).toThrow(RangeError);
    expect(() => usccCheckChar('91350100M000100I4')).toThrow(RangeError);
  });

  it('uses an alphabet of 31 characters without I, O, S, V, Z', () => {
    expect(USCC_ALPHABET).toHaveLength(31);
    expect(USCC_ALPHABET).not.toMatch(/[IOSVZ]/);
  });
});

describe('validateUscc: accepted forms', () => {
  it.each([
    [EXAMPLE, EXAMPLE],
    [LETTER_CHECK, LETTER_CHECK],
    [ZERO_CHECK, ZERO_CHECK],
    [Y_CHECK, Y_CHECK],
    ['91350100m000100y43', EXAMPLE],
    [' 9135 0100 M000 100Y 43 ', EXAMPLE],
    ['91350100M000100Y43\u200b', EXAMPLE],
    ['\ufeff91350100M000100Y43', EXAMPLE],
    ['９１３５０１００Ｍ０００１００Ｙ４３', EXAMPLE],
    ['９１３５０１００ｍ０００１００ｙ４３', EXAMPLE],
    ['91350100M000100Y43\u3000', EXAMPLE],
  ])('%j → %s', (raw, value) => {
    expect(validateUscc(raw)).toEqual({ ok: true, value });
  });
});

describe('validateUscc: rejected forms', () => {
  it('names the actual length', () => {
    expect(errorOf('91350100M000100Y4')).toBe('统一社会信用代码应为18位，实际为17位');
    expect(errorOf('91350100M000100Y433')).toBe('统一社会信用代码应为18位，实际为19位');
    expect(errorOf('913501')).toBe('统一社会信用代码应为18位，实际为6位');
  });

  it('names the position and the illegal character', () => {
    expect(errorOf('91350100M000100Y4I')).toContain('第18位「I」不是合法字符');
    expect(errorOf('9135010OM000100Y43')).toContain('第8位「O」不是合法字符');
    expect(errorOf('9135010OM000100Y43')).toContain('是否应为数字 0');
    expect(errorOf('91350100M000100V43')).toContain('第16位「V」');
    expect(errorOf('91350100M000100-43')).toContain('第16位「-」');
    expect(errorOf('91350100M000100Y4红')).toContain('第18位「红」');
  });

  it('gives the expected check character', () => {
    expect(errorOf('91350100M000100Y44')).toBe('统一社会信用代码校验位错误，应为3');
    expect(errorOf('91350100M000100Y40')).toContain('应为3');
  });

  it('rejects a code whose check character follows the wrong (mod 11) algorithm', () => {
    // Σ for the example is 1640; the mistaken rule gives 11 − (1640 mod 11) = 10, written A.
    expect(errorOf('91350100M000100Y4A')).toBe('统一社会信用代码校验位错误，应为3');
  });

  it('refuses blanks and number cells with their own messages', () => {
    expect(errorOf('')).toBe('未填写统一社会信用代码');
    expect(errorOf(' \u200b ')).toBe('未填写统一社会信用代码');
    expect(errorOf(null)).toBe('未填写统一社会信用代码');
    expect(errorOf(913501001000100)).toBe('统一社会信用代码须以文本格式填写');
  });
});

describe('validateUscc: properties', () => {
  it('accepts every code built with its check character', () => {
    fc.assert(
      fc.property(validUscc, (code) => {
        expect(validateUscc(code)).toEqual({ ok: true, value: code });
      }),
    );
  });

  it('rejects every single-character change of the example (all positions × all characters)', () => {
    const candidates = `${USCC_ALPHABET}IOSVZ`;
    let tried = 0;
    for (let pos = 0; pos < EXAMPLE.length; pos++) {
      for (const c of candidates) {
        if (c === EXAMPLE[pos]) continue;
        const changed = EXAMPLE.slice(0, pos) + c + EXAMPLE.slice(pos + 1);
        expect(validateUscc(changed).ok, changed).toBe(false);
        tried++;
      }
    }
    expect(tried).toBe(18 * 35);
  });

  it('rejects a single-character change of any valid code', () => {
    fc.assert(
      fc.property(validUscc, fc.nat(17), fc.nat(30), (code, pos, shift) => {
        const c = USCC_ALPHABET[(USCC_ALPHABET.indexOf(code[pos]) + 1 + (shift % 30)) % 31];
        const changed = code.slice(0, pos) + c + code.slice(pos + 1);
        expect(changed).not.toBe(code);
        expect(validateUscc(changed).ok).toBe(false);
      }),
    );
  });

  it('validates full-width, lower-case and space-padded variants to the same value', () => {
    fc.assert(
      fc.property(validUscc, fc.boolean(), fc.boolean(), fc.array(noise, { minLength: 1, maxLength: 5 }), (code, wide, lower, noises) => {
        let variant = lower ? code.toLowerCase() : code;
        if (wide) variant = toFullWidth(variant);
        variant = sprinkle(variant, noises);
        expect(validateUscc(variant)).toEqual({ ok: true, value: code });
      }),
    );
  });
});
