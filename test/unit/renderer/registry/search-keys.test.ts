import { describe, expect, it } from 'vitest';
import { computeNameParts, matchesQuery, nameKeys, normalizeQuery, recordKeys } from '@renderer/ui/records/search-keys';

const finds = (name: string, query: string, kind: 'place' | 'person' = 'place') => matchesQuery(nameKeys(name, kind), normalizeQuery(query));

describe('registry search keys', () => {
  it('finds a name by itself, its initials and its full pinyin, anywhere in the name', () => {
    expect(finds('红星村', '红星')).toBe(true);
    expect(finds('红星村', 'hxc')).toBe(true);
    expect(finds('红星村', 'HXC')).toBe(true);
    expect(finds('红星村', 'xc')).toBe(true);
    expect(finds('红星村', 'hongxing')).toBe(true);
    expect(finds('红星村', "hong'xing cun")).toBe(true);
    expect(finds('红星村', 'xingcun')).toBe(true);
    expect(finds('红星村', 'hxd')).toBe(false);
    expect(finds('红星村', '东街')).toBe(false);
  });

  it('reads polyphonic characters in context first and still accepts their other readings', () => {
    expect(finds('长汀县红都纺织有限公司', 'ctx')).toBe(true);
    expect(finds('长汀县红都纺织有限公司', 'changting')).toBe(true);
    expect(finds('长汀县红都纺织有限公司', 'zhangting')).toBe(true);
    expect(finds('长汀县红都纺织有限公司', 'zt')).toBe(true);
    expect(finds('中国银行长汀支行', 'yh')).toBe(true);
    expect(finds('中国银行长汀支行', 'yinhang')).toBe(true);
    // Surnames read as surnames for persons (单 shan, 曾 zeng), the ordinary reading still works.
    expect(finds('单雄信', 'sxx', 'person')).toBe(true);
    expect(finds('单雄信', 'shanxiongxin', 'person')).toBe(true);
    expect(finds('单雄信', 'dxx', 'person')).toBe(true);
    expect(finds('曾国藩', 'zgf', 'person')).toBe(true);
    // ...but a village named 乐平 is le, not the surname yue, and yue still finds it.
    expect(nameKeys('乐平村', 'place').split('\u0001')[1]).toBe('lepingcun');
    expect(finds('乐平村', 'yp')).toBe(true);
  });

  it('keeps letters and digits, drops punctuation, folds full width', () => {
    expect(finds('ABC科技有限公司', 'abc')).toBe(true);
    expect(finds('ABC科技有限公司', 'abckj')).toBe(true);
    expect(finds('红星村（一组）', 'hxcyz')).toBe(true);
    expect(finds('红星村', 'ＨＸＣ')).toBe(true);
  });

  it('adds record texts such as a USCC or phone number; the empty query matches all', () => {
    const keys = recordKeys('红都纺织', 'place', ['91350100M000100Y43', undefined]);
    expect(matchesQuery(keys, normalizeQuery('m000100y'))).toBe(true);
    expect(matchesQuery(keys, normalizeQuery(''))).toBe(true);
    expect(matchesQuery(keys, normalizeQuery('13905971234'))).toBe(false);
  });

  it('caches: the same name gives the same string instance', () => {
    expect(nameKeys('河田镇')).toBe(nameKeys('河田镇'));
  });

  it('skips the reading in context only where it cannot change the keys: same keys as always asking, over 20,000 common characters in names', () => {
    // Every CJK unified ideograph of the common block, in two- and three-character names, as
    // persons and as places; and the places and persons of the seed article.
    const chars: string[] = [];
    for (let code = 0x4e00; code <= 0x9fa5; code++) chars.push(String.fromCodePoint(code));
    const names = ['长汀县', '河田镇', '红星村', '单雄信', '曾国藩', '解放村', '长乐乡', '重庆路', '行政村', '覃塘', '区长', '仇英'];
    for (let i = 0; i < chars.length; i++) names.push(chars[i] + chars[(i * 7919) % chars.length] + (i % 2 ? '' : chars[(i * 104729) % chars.length]));
    const differing: string[] = [];
    for (const name of names) {
      for (const kind of ['person', 'place'] as const) {
        const fast = computeNameParts(name, kind);
        const full = computeNameParts(name, kind, 'always');
        if (fast.pinyin !== full.pinyin || fast.sortKey !== full.sortKey) differing.push(`${kind}:${name}`);
      }
    }
    expect(differing).toEqual([]);
  });
});
