import { describe, expect, it } from 'vitest';
import { enterpriseSchema } from '@shared/model/schemas/enterprise';

const base = { townshipId: 't1', name: '长汀县红都纺织有限公司', aboveScale: false, partyOrg: { type: '未建立' } };
const messages = (input: unknown) => {
  const r = enterpriseSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('enterpriseSchema', () => {
  it('accepts a minimal enterprise', () => {
    const r = enterpriseSchema.parse(base);
    expect(r).toMatchObject({ name: '长汀县红都纺织有限公司', aboveScale: false, partyOrg: { type: '未建立' } });
    expect(r.uscc).toBeUndefined();
  });

  it('requires township, name, 规模以上 and the party organization type', () => {
    expect(messages({ ...base, townshipId: '' })).toEqual(['townshipId:请选择所属乡镇或开发区']);
    expect(messages({ ...base, name: '' })).toEqual(['name:请填写企业名称']);
    expect(messages({ ...base, aboveScale: undefined })).toEqual(['aboveScale:请选择是否为规模以上企业']);
    expect(messages({ ...base, partyOrg: {} })[0]).toMatch(/^partyOrg.type:党组织类型应为 党委、党总支、党支部、联合党支部、未建立 之一/);
    expect(messages({ ...base, partyOrg: undefined })).toEqual(['partyOrg:请填写企业党组织情况（没有党组织的类型选「未建立」）']);
  });

  it('validates the USCC check character and normalizes it (full width, lower case, spaces)', () => {
    expect(enterpriseSchema.parse({ ...base, uscc: ' ９１３５０１００ｍ０００１００ｙ４３ ' }).uscc).toBe('91350100M000100Y43');
    expect(messages({ ...base, uscc: '91350100M000100Y44' })).toEqual(['uscc:统一社会信用代码校验位错误，应为3']);
    expect(messages({ ...base, uscc: '9135010' })).toEqual(['uscc:统一社会信用代码应为18位，实际为7位']);
    expect(messages({ ...base, uscc: 913501001 })).toEqual(['uscc:统一社会信用代码须以文本格式填写']);
    expect(enterpriseSchema.parse({ ...base, uscc: '' }).uscc).toBeUndefined();
  });

  it('ownership from the enumeration; employees, output value non-negative; founded year sensible', () => {
    expect(messages({ ...base, ownership: '国有' })).toEqual(['ownership:经济类型应为 私营、个体、外资、港澳台资、股份合作、其他非公 之一']);
    expect(messages({ ...base, employees: -5 })).toEqual(['employees:从业人员应为非负整数']);
    expect(messages({ ...base, outputValue: -1 })).toEqual(['outputValue:年产值应为非负数']);
    expect(messages({ ...base, foundedYear: 1899 })).toEqual(['foundedYear:成立年份应在1900年至今年之间']);
    expect(messages({ ...base, foundedYear: new Date().getFullYear() + 1 })).toEqual(['foundedYear:成立年份应在1900年至今年之间']);
    expect(messages({ ...base, foundedYear: 2001.5 })).toEqual(['foundedYear:成立年份应为四位数年份']);
    expect(enterpriseSchema.parse({ ...base, ownership: '私营', employees: 1200, outputValue: 8560.5, foundedYear: 2001 })).toMatchObject({
      ownership: '私营',
      employees: 1200,
      outputValue: 8560.5,
      foundedYear: 2001,
    });
  });

  it('party organization: established date parsed, not in the future, not for 未建立', () => {
    const org = { type: '党支部', name: '红都纺织党支部', establishedDate: '2006年7月', secretary: '李华', members: 15 };
    expect(enterpriseSchema.parse({ ...base, partyOrg: org }).partyOrg).toEqual({ ...org, establishedDate: '2006-07-01' });
    expect(enterpriseSchema.parse({ ...base, partyOrg: { ...org, establishedDate: '2006/7/3' } }).partyOrg.establishedDate).toBe('2006-07-03');
    expect(messages({ ...base, partyOrg: { ...org, establishedDate: '2099-01-01' } })).toEqual(['partyOrg.establishedDate:党组织建立日期不能晚于今天']);
    expect(messages({ ...base, partyOrg: { ...org, establishedDate: '去年' } })[0]).toMatch(/^partyOrg.establishedDate:党组织建立日期：无法识别的日期「去年」/);
    expect(messages({ ...base, partyOrg: { type: '未建立', establishedDate: '2006-07-01', secretary: '李华' } })).toEqual([
      'partyOrg.establishedDate:党组织类型为「未建立」时不应填写建立日期',
      'partyOrg.secretary:党组织类型为「未建立」时不应填写党组织书记',
    ]);
  });

  it('contact phone', () => {
    expect(enterpriseSchema.parse({ ...base, contactPhone: '0597-6822345转801' }).contactPhone).toBe('0597-6822345-801');
    expect(messages({ ...base, contactPhone: '12345678901' })[0]).toMatch(/^contactPhone:联系电话应为11位手机号/);
  });
});
