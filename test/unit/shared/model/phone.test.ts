import { describe, expect, it } from 'vitest';
import { validatePhone } from '@shared/model/phone';

const value = (raw: unknown) => {
  const r = validatePhone(raw);
  return r.ok ? r.value : `ERR ${r.error}`;
};

describe('validatePhone', () => {
  it('mobiles: 1[3-9] and 9 more digits, with +86, spaces, dashes or full-width digits', () => {
    expect(value('13905971234')).toBe('13905971234');
    expect(value('+86 139 0597 1234')).toBe('13905971234');
    expect(value('86-139-0597-1234')).toBe('13905971234');
    expect(value('１３９０５９７１２３４')).toBe('13905971234');
    expect(value('19905971234')).toBe('19905971234');
  });

  it('landlines need the area code: 3-digit for 010/02x, 4-digit otherwise; extensions kept', () => {
    expect(value('0597-6822345')).toBe('0597-6822345');
    expect(value('05976822345')).toBe('0597-6822345');
    expect(value('(0597)6822345')).toBe('0597-6822345');
    expect(value('（0597）6822345')).toBe('0597-6822345');
    expect(value('01012345678')).toBe('010-12345678');
    expect(value('021-1234567')).toBe('021-1234567');
    expect(value('0597-6822345转801')).toBe('0597-6822345-801');
  });

  it('refuses the rest with a Chinese message quoting what was written', () => {
    expect(value('6822345')).toBe('ERR 联系电话应为11位手机号（如 13905971234）或带区号的固定电话（如 0597-6822345），实际为「6822345」');
    expect(value('12905971234')).toMatch(/^ERR 联系电话应为11位手机号/);
    expect(value('1390597123')).toMatch(/^ERR /);
    expect(value('139059712345')).toMatch(/^ERR /);
    expect(value('0597-682234')).toMatch(/^ERR /);
    expect(value('电话13905971234')).toMatch(/^ERR /);
    expect(value(13905971234)).toBe('ERR 联系电话须以文本格式填写');
    expect(value('')).toBe('ERR 未填写联系电话');
    expect(validatePhone('abc', '手机').ok ? '' : (validatePhone('abc', '手机') as { error: string }).error).toMatch(/^手机应为/);
  });
});
