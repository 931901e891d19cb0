// 公民身份号码 (resident ID card number), GB 11643-1999: 6-digit area code, 8-digit birth
// date, 3-digit sequence (odd for men, even for women), and a check character by
// ISO 7064 MOD 11-2. These are personal data: lists show them masked (maskIdCard).
import type { Gender } from './enums';
import { isRealDate } from './parse-date';
import type { Result } from './result';
import { fail, ok } from './result';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const LENGTH = 18;
const LABEL = '身份证号';

/** The check character (0–9 or X) for the first 17 digits. Throws on anything but 17 digits. */
export const idCardCheckChar = (first17: string): string => {
  if (!/^\d{17}$/.test(first17)) throw new RangeError(`idCardCheckChar needs 17 digits, got ${JSON.stringify(first17)}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
};

/** NFKC (full-width digits, Ｘ), whitespace and zero-width characters out, x → X. */
export const normalizeIdCard = (raw: string): string =>
  raw
    .normalize('NFKC')
    .replace(/[\s\u200B-\u200D\u2060\uFEFF]/g, '')
    .toUpperCase();

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Digits 7–14 as a calendar date, or null when no such day exists. */
const birthParts = (id: string): { y: number; m: number; d: number } | null => {
  if (!/^\d{8}$/.test(id.slice(6, 14))) return null;
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  return isRealDate(y, m, d) ? { y, m, d } : null;
};

/**
 * Validates and normalizes an ID card number. The birth date must exist, be no earlier
 * than 1900 and no later than `today` (its local calendar day: the user's "today").
 */
export const validateIdCard = (raw: unknown, today: Date = new Date()): Result<string> => {
  // An 18-digit number does not fit in a double: Excel has already changed its last digits.
  if (typeof raw === 'number') return fail(`${LABEL}须以文本格式填写`);
  if (typeof raw !== 'string') return fail(`未填写${LABEL}`);
  const id = normalizeIdCard(raw);
  if (id === '') return fail(`未填写${LABEL}`);
  const chars = [...id];
  if (chars.length === 15 && /^\d{15}$/.test(id)) {
    return fail(`${LABEL}应为18位，这是15位旧号码，请填写现行的18位身份证号`);
  }
  if (chars.length !== LENGTH) return fail(`${LABEL}应为18位，实际为${chars.length}位`);
  for (let i = 0; i < LENGTH - 1; i++) {
    if (!/\d/.test(chars[i])) return fail(`${LABEL}第${i + 1}位「${chars[i]}」不是数字`);
  }
  if (!/[\dX]/.test(chars[LENGTH - 1])) return fail(`${LABEL}第18位应为数字或 X，实际为「${chars[LENGTH - 1]}」`);

  const birth = birthParts(id);
  if (!birth) return fail(`${LABEL}中的出生日期「${id.slice(6, 14)}」不存在`);
  const shown = `${birth.y}-${pad2(birth.m)}-${pad2(birth.d)}`;
  if (birth.y < 1900) return fail(`${LABEL}中的出生日期「${shown}」早于1900年`);
  const todayKey = today.getFullYear() * 10000 + (today.getMonth() + 1) * 100 + today.getDate();
  if (birth.y * 10000 + birth.m * 100 + birth.d > todayKey) return fail(`${LABEL}中的出生日期「${shown}」晚于今天`);

  const expected = idCardCheckChar(id.slice(0, 17));
  if (id[17] !== expected) return fail(`${LABEL}校验位错误，应为${expected}`);
  return ok(id);
};

/**
 * 350821**********2X: the area code and the last two characters stay visible so that staff
 * can tell people apart; the birth date and sequence are hidden. Anything that is not 18
 * characters long is hidden the same way, and strings of 8 or fewer entirely.
 */
export const maskIdCard = (id: string): string => {
  const chars = [...normalizeIdCard(id)];
  if (chars.length <= 8) return '*'.repeat(chars.length);
  return chars.slice(0, 6).join('') + '*'.repeat(chars.length - 8) + chars.slice(-2).join('');
};

/** The birth date as YYYY-MM-DD, or null when the number has no valid date in it. */
export const birthDateFromIdCard = (id: string): string | null => {
  const n = normalizeIdCard(id);
  if (!/^\d{17}[\dX]$/.test(n)) return null;
  const b = birthParts(n);
  return b ? `${b.y}-${pad2(b.m)}-${pad2(b.d)}` : null;
};

/** 男 when the 17th digit is odd, 女 when even; null for anything not shaped like an ID number. */
export const genderFromIdCard = (id: string): Gender | null => {
  const n = normalizeIdCard(id);
  if (!/^\d{17}[\dX]$/.test(n)) return null;
  return Number(n[16]) % 2 === 1 ? '男' : '女';
};
