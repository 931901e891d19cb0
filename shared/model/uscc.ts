// 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters, the last a
// check character computed modulo 31 over the first 17. Some published versions of the
// algorithm use modulo 11; they are wrong (RELIABILITY.md, "Check digits").
import type { Result } from './result';
import { fail, ok } from './result';

/** The 31 characters a code may contain: no I, O, S, V, Z (too like 1, 0, 5, U, 2). */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const LENGTH = 18;
const LABEL = '统一社会信用代码';

// Letters people type in place of a digit, for the error message only: never auto-corrected,
// because a code that validates only after guessing would hide a wrong code.
const LOOKALIKES: Record<string, string> = { I: '1', O: '0', S: '5', Z: '2' };

/**
 * The check character for the first 17 characters of a code. Throws on input that is not
 * 17 characters of the alphabet: that is a programming error, user input goes through
 * validateUscc.
 */
export const usccCheckChar = (first17: string): string => {
  if (first17.length !== LENGTH - 1) throw new RangeError(`usccCheckChar needs 17 characters, got ${first17.length}`);
  let sum = 0;
  for (let i = 0; i < first17.length; i++) {
    const value = USCC_ALPHABET.indexOf(first17[i]);
    if (value < 0) throw new RangeError(`usccCheckChar: illegal character ${JSON.stringify(first17[i])}`);
    sum += value * WEIGHTS[i];
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
};

/** NFKC (full-width letters and digits), all whitespace and zero-width characters out, upper case. */
export const normalizeUscc = (raw: string): string =>
  raw
    .normalize('NFKC')
    .replace(/[\s\u200B-\u200D\u2060\uFEFF]/g, '')
    .toUpperCase();

/** Validates and normalizes a code; the error says in Chinese what is wrong and where. */
export const validateUscc = (raw: unknown): Result<string> => {
  if (typeof raw === 'number') return fail(`${LABEL}须以文本格式填写`);
  if (typeof raw !== 'string') return fail(`未填写${LABEL}`);
  const code = normalizeUscc(raw);
  if (code === '') return fail(`未填写${LABEL}`);
  // Count code points, not UTF-16 units, so an emoji counts as one character in the message.
  const chars = [...code];
  if (chars.length !== LENGTH) return fail(`${LABEL}应为18位，实际为${chars.length}位`);
  for (let i = 0; i < LENGTH; i++) {
    const c = chars[i];
    if (USCC_ALPHABET.includes(c)) continue;
    const hint = LOOKALIKES[c] ? `，是否应为数字 ${LOOKALIKES[c]}？` : '';
    return fail(`${LABEL}第${i + 1}位「${c}」不是合法字符（只能是数字和除 I、O、S、V、Z 以外的大写字母${hint}）`);
  }
  const expected = usccCheckChar(code.slice(0, LENGTH - 1));
  if (code[LENGTH - 1] !== expected) return fail(`${LABEL}校验位错误，应为${expected}`);
  return ok(code);
};
