import { describe, expect, it } from 'vitest';
import { assignLiaisons, parseAreas, parseLiaisons } from '@shared/model/pairing-import';

describe('联建内容 as offices write it', () => {
  it('takes exact areas, known aliases and unique two-character beginnings, in catalog order', () => {
    expect(parseAreas(['培训', '劳务', '资金扶持', '联防', '文艺演出', ' '])).toEqual({ areas: ['劳务输送', '技能培训', '资金扶持', '治安联防'], unknown: ['文艺演出'] });
    expect(parseAreas(['交叉任职', '学习'])).toEqual({ areas: ['学习交流', '交叉任职'], unknown: [] });
  });
});

describe('联络员 cells', () => {
  it('reads names, phones in any bracket or none, and written sides', () => {
    expect(parseLiaisons('企业：李四 13905970001、村：张三（0597-6822345）')).toEqual([
      { name: '李四', phone: '13905970001', side: 'enterprise' },
      { name: '张三', phone: '0597-6822345', side: 'village' },
    ]);
    expect(parseLiaisons('王五１３９０５９７１１１１，赵六')).toEqual([{ name: '王五', phone: '13905971111' }, { name: '赵六' }]);
  });

  it('places liaisons by written side, then by the registry, then by the order 企业、村; never guesses a lone unknown name', () => {
    const none = () => undefined;
    expect(assignLiaisons(parseLiaisons('王五、赵六'), none)).toEqual({ enterprise: { name: '王五' }, village: { name: '赵六' } });
    expect(assignLiaisons(parseLiaisons('张三'), (n) => (n === '张三' ? 'village' : undefined))).toEqual({ village: { name: '张三' } });
    expect(assignLiaisons(parseLiaisons('村：张三、王五'), none)).toEqual({ village: { name: '张三' }, enterprise: { name: '王五' } });
    expect(assignLiaisons(parseLiaisons('孙七'), none).error).toMatch(/^联络员「孙七」不在人员库中/);
    expect(assignLiaisons(parseLiaisons('村：甲、村：乙'), none).error).toBe('两位联络员都属于村，请核对');
    expect(assignLiaisons(parseLiaisons('甲、乙、丙'), none).error).toBe('联络员最多两人（企业一人、村一人），实际为 3 人');
  });
});
