import { describe, expect, it } from 'vitest';
import { villageSchema } from '@shared/model/schemas/village';

const base = { townshipId: 't1', name: '红星村', industries: [], partyOrg: {} };
const messages = (input: unknown) => {
  const r = villageSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('villageSchema', () => {
  it('accepts a minimal village and normalizes its text', () => {
    const r = villageSchema.parse({ ...base, name: ' 红星村\u200B ' });
    expect(r.name).toBe('红星村');
    expect(r.partyOrg).toEqual({});
    expect(r.households).toBeUndefined();
  });

  it('requires the township and the name, in Chinese', () => {
    expect(messages({ ...base, townshipId: '' })).toEqual(['townshipId:请选择所属乡镇']);
    expect(messages({ ...base, townshipId: undefined })).toEqual(['townshipId:请选择所属乡镇']);
    expect(messages({ ...base, name: '  ' })).toEqual(['name:请填写村名']);
    expect(messages({ ...base, name: undefined })).toEqual(['name:请填写村名']);
    expect(messages({ ...base, name: '村'.repeat(31) })).toEqual(['name:村名不能超过30个字']);
  });

  it('counts are non-negative whole numbers; income a non-negative number; blanks allowed', () => {
    expect(messages({ ...base, households: -1 })).toEqual(['households:户数应为非负整数']);
    expect(messages({ ...base, population: 12.5 })).toEqual(['population:人口应为非负整数']);
    expect(messages({ ...base, surplusLabour: '约50' })).toEqual(['surplusLabour:富余劳动力应为非负整数']);
    expect(messages({ ...base, landlessFarmers: Number.NaN })).toEqual(['landlessFarmers:失地农民应为非负整数']);
    expect(messages({ ...base, collectiveIncome: -0.5 })).toEqual(['collectiveIncome:村集体收入应为非负数']);
    expect(messages({ ...base, collectiveIncome: Number.POSITIVE_INFINITY })).toHaveLength(1);
    const ok = villageSchema.parse({ ...base, households: 0, population: null, collectiveIncome: 12.35 });
    expect(ok).toMatchObject({ households: 0, population: undefined, collectiveIncome: 12.35 });
  });

  it('area code is 12 digits when given', () => {
    expect(messages({ ...base, areaCode: '35082110' })).toEqual(['areaCode:区划代码应为12位数字']);
    expect(messages({ ...base, areaCode: '３５０８２１１０１２０１' })).toEqual([]);
    expect(villageSchema.parse({ ...base, areaCode: '３５０８２１１０１２０１' }).areaCode).toBe('350821101201');
    expect(villageSchema.parse({ ...base, areaCode: '' }).areaCode).toBeUndefined();
  });

  it('industries from a list or a 、-separated text, without blanks or repeats', () => {
    expect(villageSchema.parse({ ...base, industries: '纺织、食品加工，纺织' }).industries).toEqual(['纺织', '食品加工']);
    expect(villageSchema.parse({ ...base, industries: [' 竹木加工 ', ''] }).industries).toEqual(['竹木加工']);
    expect(villageSchema.parse({ ...base, industries: undefined }).industries).toEqual([]);
    expect(messages({ ...base, industries: Array.from({ length: 11 }, (_, i) => `产业${i}`) })).toEqual(['industries:主导产业最多填写10项']);
  });

  it('party organization: type from the enumeration, members a count', () => {
    expect(messages({ ...base, partyOrg: { type: '联合党支部' } })).toEqual(['partyOrg.type:村党组织类型应为 党委、党总支、党支部 之一']);
    expect(messages({ ...base, partyOrg: { members: -3 } })).toEqual(['partyOrg.members:党员数应为非负整数']);
    const r = villageSchema.parse({ ...base, partyOrg: { name: '红星村党支部', type: '党支部', secretary: '王明', members: 32 } });
    expect(r.partyOrg).toEqual({ name: '红星村党支部', type: '党支部', secretary: '王明', members: 32 });
    expect(villageSchema.parse({ ...base, partyOrg: { type: '' } }).partyOrg.type).toBeUndefined();
  });

  it('contact phone: mobile or landline with area code, stored normalized', () => {
    expect(villageSchema.parse({ ...base, contactPhone: '139 0597 1234' }).contactPhone).toBe('13905971234');
    expect(villageSchema.parse({ ...base, contactPhone: '（0597）6822345' }).contactPhone).toBe('0597-6822345');
    expect(messages({ ...base, contactPhone: '6822345' })[0]).toMatch(/^contactPhone:联系电话应为11位手机号.*实际为「6822345」$/);
  });

  it('reports every bad field at once', () => {
    expect(messages({ townshipId: '', name: '', households: -1, partyOrg: { members: 1.5 }, contactPhone: '123' })).toHaveLength(5);
  });
});
