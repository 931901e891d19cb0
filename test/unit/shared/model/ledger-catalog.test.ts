import { describe, expect, it } from 'vitest';
import { COOPERATION_AREAS } from '@shared/model/enums';
import { fieldHeader, findLedgerTypeByName, LEDGER_TYPES, ledgerType } from '@shared/model/ledger-catalog';
import { addSums, entryContributions } from '@shared/model/ledger-aggregate';

describe('ledger catalog', () => {
  it('holds the ten types of PRODUCT.md', () => {
    expect(LEDGER_TYPES.map((t) => t.name)).toEqual([
      '劳务输送', '技能培训', '资金扶持', '产业共建', '交叉任职', '矛盾化解', '治安联防', '学习交流', '公益帮扶', '党员星级',
    ]);
  });

  it('has unique type keys and unique field keys and labels within a type', () => {
    expect(new Set(LEDGER_TYPES.map((t) => t.key)).size).toBe(LEDGER_TYPES.length);
    for (const t of LEDGER_TYPES) {
      expect(new Set(t.fields.map((f) => f.key)).size, t.name).toBe(t.fields.length);
      expect(new Set(t.fields.map((f) => f.label)).size, t.name).toBe(t.fields.length);
      expect(t.fields.some((f) => f.required), `${t.name} has a required field`).toBe(true);
      expect(COOPERATION_AREAS).toContain(t.area);
    }
  });

  it('gives every enum options, every sum a numeric kind, and units where figures are counted', () => {
    for (const t of LEDGER_TYPES) {
      for (const f of t.fields) {
        if (f.kind === 'enum') expect(f.options?.length, `${t.name}.${f.label}`).toBeGreaterThan(0);
        if (f.aggregate === 'sum') expect(['int', 'decimal'], `${t.name}.${f.label}`).toContain(f.kind);
        if (f.kind === 'int' || f.kind === 'decimal') expect(f.unit, `${t.name}.${f.label}`).toBeTruthy();
      }
    }
  });

  it('looks types up by key and by name, and refuses unknown keys', () => {
    expect(ledgerType('funds').name).toBe('资金扶持');
    expect(findLedgerTypeByName('交叉任职')?.key).toBe('crossAppointment');
    expect(() => ledgerType('nope')).toThrow('未知的台账类型');
  });

  it('writes headers with units in full-width brackets', () => {
    expect(fieldHeader(ledgerType('labour').fields[0])).toBe('输送人数（人）');
    expect(fieldHeader(ledgerType('crossAppointment').fields[0])).toBe('人员');
  });

  it('checks 其中 figures against their totals', () => {
    const labour = ledgerType('labour');
    const messages = labour.checks!.map((c) => c({ sent: 10, skilled: 12 })).filter(Boolean);
    expect(messages).toEqual(['「其中技术工人」（12）不能大于「输送人数」（10）']);
    expect(labour.checks!.map((c) => c({ sent: 10, skilled: 10 })).filter(Boolean)).toEqual([]);
  });
});

describe('entry contributions and sums', () => {
  it('sums numbers, counts options and true booleans, ignores text', () => {
    expect(entryContributions(ledgerType('training'), { sessions: 2, trainees: 40, base: '河田基地', orderBased: true })).toEqual({
      sessions: 2,
      trainees: 40,
      'orderBased=true': 1,
    });
    expect(entryContributions(ledgerType('crossAppointment'), { person: 'x', direction: '村→企', outcome: '当选村党组织书记' })).toEqual({
      'direction=村→企': 1,
      'outcome=当选村党组织书记': 1,
    });
  });

  it('adds and removes without float drift and drops zero totals', () => {
    let sums = addSums({}, { amount: 0.1 }, 1);
    sums = addSums(sums, { amount: 0.2 }, 1);
    expect(sums.amount).toBe(0.3);
    sums = addSums(sums, { amount: 0.3 }, -1);
    expect(sums).toEqual({});
  });
});
