import { describe, expect, it } from 'vitest';
import { personSchema } from '@shared/model/schemas/person';

const base = { name: '张三', orgKind: 'none' };
const messages = (input: unknown) => {
  const r = personSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('personSchema', () => {
  it('accepts a person with a name only, belonging to no organization', () => {
    expect(personSchema.parse({ name: ' 张三 ' })).toMatchObject({ name: '张三', orgKind: 'none', orgId: undefined });
  });

  it('requires the name', () => {
    expect(messages({ ...base, name: '' })).toEqual(['name:请填写姓名']);
    expect(messages({ ...base, name: '张'.repeat(21) })).toEqual(['name:姓名不能超过20个字']);
  });

  it('validates the ID number: check digit, birth date, text only; normalizes x and full width', () => {
    expect(personSchema.parse({ ...base, idNumber: '11010519491231002x' }).idNumber).toBe('11010519491231002X');
    expect(personSchema.parse({ ...base, idNumber: '１１０１０５１９４９１２３１００２Ｘ' }).idNumber).toBe('11010519491231002X');
    expect(messages({ ...base, idNumber: '110105194912310021' })).toEqual(['idNumber:身份证号校验位错误，应为X']);
    expect(messages({ ...base, idNumber: '110105194902300021' })).toEqual(['idNumber:身份证号中的出生日期「19490230」不存在']);
    expect(messages({ ...base, idNumber: 110105194912310020 })).toEqual(['idNumber:身份证号须以文本格式填写']);
    expect(personSchema.parse({ ...base, idNumber: '' }).idNumber).toBeUndefined();
  });

  it('gender and political status from the enumerations; gender agrees with the ID number', () => {
    expect(messages({ ...base, gender: '未知' })).toEqual(['gender:性别应为 男、女 之一']);
    expect(messages({ ...base, politicalStatus: '共青团员' })).toEqual(['politicalStatus:政治面貌应为 中共党员、预备党员、群众 之一']);
    expect(messages({ ...base, gender: '男', idNumber: '11010519491231002X' })).toEqual(['gender:性别与身份证号不符（身份证号显示为女）']);
    expect(messages({ ...base, gender: '女', idNumber: '11010519491231002X', politicalStatus: '中共党员' })).toEqual([]);
  });

  it('an enterprise or village person names the organization; none drops a stale id', () => {
    expect(messages({ ...base, orgKind: 'enterprise' })).toEqual(['orgId:请选择所在企业']);
    expect(messages({ ...base, orgKind: 'village', orgId: '' })).toEqual(['orgId:请选择所在村']);
    expect(messages({ ...base, orgKind: 'company', orgId: 'x' })).toEqual(['orgKind:所在单位类型应为企业、村或无']);
    expect(personSchema.parse({ ...base, orgKind: 'village', orgId: 'v1', post: '村党支部书记' })).toMatchObject({ orgKind: 'village', orgId: 'v1', post: '村党支部书记' });
    expect(personSchema.parse({ ...base, orgKind: 'none', orgId: 'v1' }).orgId).toBeUndefined();
  });

  it('phone: mobile (with +86 or dashes) or landline', () => {
    expect(personSchema.parse({ ...base, phone: '+86 139-0597-1234' }).phone).toBe('13905971234');
    expect(personSchema.parse({ ...base, phone: '010-12345678' }).phone).toBe('010-12345678');
    expect(personSchema.parse({ ...base, phone: '05976822345' }).phone).toBe('0597-6822345');
    expect(messages({ ...base, phone: '1390597123' })[0]).toMatch(/^phone:联系电话应为11位手机号.*实际为「1390597123」$/);
    expect(messages({ ...base, phone: 13905971234 })).toEqual(['phone:联系电话须以文本格式填写']);
  });
});
