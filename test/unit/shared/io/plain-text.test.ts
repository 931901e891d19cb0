// normalizeText's shortcut for plain text (shared/model/normalize.ts PLAIN_TEXT) must never
// change a result: every string it lets through is one the full normalization leaves as is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, normalizeTextFully, PLAIN_TEXT } from '@shared/model/normalize';

const RANGES: [number, number][] = [
  [0x21, 0x7e],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0x3001, 0x3002],
  [0x3008, 0x3011],
  [0x3014, 0x3015],
];
const SINGLES = [0xff01, 0xff08, 0xff09, 0xff0c, 0xff1a, 0xff1b, 0xff1f, 0xb7, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d];
const ALLOWED = [...RANGES.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i)), ...SINGLES].map((c) => String.fromCodePoint(c));

describe('PLAIN_TEXT', () => {
  it('every character it allows is unchanged by the full normalization, alone and between others', () => {
    for (const ch of ALLOWED) {
      expect(PLAIN_TEXT.test(ch)).toBe(true);
      expect(normalizeTextFully(ch)).toBe(ch);
      expect(normalizeTextFully(`a${ch}b ${ch}`)).toBe(`a${ch}b ${ch}`);
    }
  });

  it('any string it lets through normalizes to itself', () => {
    const char = fc.oneof(fc.constantFrom(...ALLOWED), fc.constantFrom(' ', '  ', '\u3000', '\u00a0', '\u200b', '\n', '１', 'ｘ', '…', '\u0301', '\t'));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 20 }).map((cs) => cs.join('')), (s) => {
        expect(normalizeText(s)).toBe(normalizeTextFully(s));
        if (PLAIN_TEXT.test(s)) expect(normalizeTextFully(s)).toBe(s);
      }),
      { numRuns: 5000 },
    );
  });

  it('what needs normalizing does not pass', () => {
    for (const s of [' 红星村', '红星村 ', '红星  村', '红\u200b星村', '１２３', '红星村\u3000', 'a\nb', '…', '', 'Ｘ']) expect(PLAIN_TEXT.test(s)).toBe(false);
  });
});
