// 期次 as offices write it, the key that makes two class records one class, and the class and
// trainee rules every door (form, import, restore) applies.
import { describe, expect, it } from 'vitest';
import { classKey, classLabel, formatSession, parseOrdinal, sessionNumber, trainingClassSchema, traineeSchema } from '@shared/model/schemas/training';

describe('骨干培训班 rules', () => {
  it('reads 期次 however it is written', () => {
    expect(['1', '一', '十', '十二', '二十', '二十三', '两'].map(parseOrdinal)).toEqual([1, 1, 10, 12, 20, 23, 2]);
    expect(['三四', '', '春季'].map(parseOrdinal)).toEqual([null, null, null]);
    expect(['第3期', '第三期', '3期', '3', ' 第 12 期 ', '2008年第3期', '全县骨干培训班（第六期）', '春季班'].map(sessionNumber)).toEqual([3, 3, 3, 3, 12, 3, 6, null]);
    expect(['第三期', '3', '春季班'].map(formatSession)).toEqual(['第3期', '第3期', '春季班']);
  });

  it('names a class once and keys it by year and 期次, or by name and opening date', () => {
    expect(classLabel({ name: '全县骨干培训班（第三期）', session: '第3期' })).toBe('全县骨干培训班（第三期）');
    expect(classLabel({ name: '联络员培训班', session: '第7期' })).toBe('联络员培训班（第7期）');
    expect(classKey({ session: '第三期', startDate: '2008-03-17' })).toBe(classKey({ session: '3', startDate: '2008-11-10' }));
    expect(classKey({ session: '3', startDate: '2009-03-17' })).not.toBe(classKey({ session: '3', startDate: '2008-03-17' }));
    expect(classKey({ name: '专题班', startDate: '2008-03-17' })).toBe('2008-03-17|n:专题班');
    expect(classKey({ name: '专题班' })).toBeNull();
  });

  it('checks a class: dates to the day, the end not before the start, counts whole and not negative', () => {
    const ok = trainingClassSchema.safeParse({ session: '六', name: ' 骨干培训班 ', startDate: '2008年11月10日', endDate: 39766, hours: 40, unlistedCount: null });
    expect(ok.success && ok.data).toMatchObject({ session: '第6期', name: '骨干培训班', startDate: '2008-11-10', endDate: '2008-11-14', hours: 40 });
    const messages = (v: unknown) => {
      const r = trainingClassSchema.safeParse(v);
      return r.success ? [] : r.error.issues.map((i) => i.message);
    };
    expect(messages({ name: '', startDate: '2008-11' })).toEqual(['请填写培训班名称', '开班日期应写到日，如 2008-03-17']);
    expect(messages({ name: '班', startDate: '2008-11-10', endDate: '2008-11-09' })).toEqual(['结业日期（2008-11-09）不能早于开班日期（2008-11-10）']);
    expect(messages({ name: '班', startDate: '2008-11-10', unlistedCount: 2.5, hours: -1 })).toEqual(['学时不能为负数', '名单外学员应为整数']);
  });

  it('checks a trainee: a class, a person, and an organization when it says it has one', () => {
    expect(traineeSchema.safeParse({ classId: 'c', personId: 'p', name: '王明', orgKind: 'village', seq: 1 }).error?.issues[0]?.message).toBe('请选择学员所在的企业或村');
    const r = traineeSchema.safeParse({ classId: 'c', personId: 'p', name: '王明', orgKind: 'none', orgId: 'v1', orgName: '县供销社', seq: 3 });
    expect(r.success && r.data).toEqual({ classId: 'c', personId: 'p', name: '王明', orgKind: 'none', orgId: undefined, orgName: '县供销社', post: undefined, seq: 3, remark: undefined });
  });
});
