// Phone numbers as offices write them: mobiles (13905971234, +86 139 0597 1234, 139-0597-1234)
// and landlines with their area code (0597-6822345, (0597)6822345, 05976822345, 0597-6822345转801).
// Stored in one form so that the same number is the same text: a mobile as 11 digits, a
// landline as 「区号-号码」 with 「-分机」 when there is one.
import { normalizeForParsing } from './normalize';
import type { Result } from './result';
import { fail, ok } from './result';

const MOBILE = /^(?:\+?86)?(1[3-9]\d{9})$/;
// Area codes are 010 and 02x (three digits) or 0xxx (four digits); numbers have 7 or 8 digits.
const LANDLINE = /^\(?(01\d|02\d|0[3-9]\d{2})\)?-?(\d{7,8})(?:(?:-|转|ext\.?|EXT\.?)(\d{1,6}))?$/;

export const PHONE_HINT = '应为11位手机号（如 13905971234）或带区号的固定电话（如 0597-6822345）';

/** Validates a phone number and returns it in its stored form. */
export const validatePhone = (raw: unknown, label = '联系电话'): Result<string> => {
  if (typeof raw === 'number') return fail(`${label}须以文本格式填写`);
  if (typeof raw !== 'string') return fail(`未填写${label}`);
  const text = normalizeForParsing(raw).replace(/[\s\u3000]/g, '');
  if (text === '') return fail(`未填写${label}`);
  const mobile = MOBILE.exec(text.replace(/-/g, ''));
  if (mobile) return ok(mobile[1]);
  const landline = LANDLINE.exec(text);
  if (landline) return ok(`${landline[1]}-${landline[2]}${landline[3] ? `-${landline[3]}` : ''}`);
  return fail(`${label}${PHONE_HINT}，实际为「${text.length > 20 ? `${text.slice(0, 20)}…` : text}」`);
};
