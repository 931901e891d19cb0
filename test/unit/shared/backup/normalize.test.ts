import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { decodeValue, encodeValue, FORBIDDEN_KEYS } from '@shared/backup/json-codec';
import { normalizeRows } from '@shared/backup/normalize';
import { BACKUP_TABLES, type BackupTableName } from '@shared/backup/tables';
import { validateBackupTables } from '@shared/backup/validate';

// Building and reading backups takes seconds on a busy shared machine.
vi.setConfig({ testTimeout: 30_000 });

describe('normalize on restore', () => {
  it('fills neutral defaults and keeps fields this version does not know', () => {
    const result = normalizeRows('villages', [{ id: 'v1', townshipId: 't1', name: '红星村', futureField: { a: 1 } }], '2026-01-01T00:00:00.000Z');
    expect(result).toEqual({
      ok: true,
      value: [
        {
          id: 'v1',
          townshipId: 't1',
          name: '红星村',
          futureField: { a: 1 },
          industries: [],
          partyOrg: {},
          deleted: 0,
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        },
      ],
    });
  });

  it('turns a boolean or missing delete flag into the indexed 0/1', () => {
    const rows = [true, false, undefined, 1].map((deleted, i) => ({ id: `t${i}`, name: `镇${i}`, kind: '镇', deleted }));
    const result = normalizeRows('townships', rows, 'x');
    expect(result.ok && result.value.map((r) => r.deleted)).toEqual([1, 0, 0, 1]);
  });

  it('checks the office’s 采用数字 choices by their own rules', () => {
    const good = { id: '2008|t1', year: 2008, townshipId: 't1', source: 'ledger', createdAt: 'x', updatedAt: 'x' };
    expect(normalizeRows('figureSources', [good], 'x')).toEqual({ ok: true, value: [good] });
    const township = { id: 't1', name: '河田镇', kind: '镇', order: 1 };
    const judged = (choice: object) => {
      const raw = Object.fromEntries(BACKUP_TABLES.map((t) => [t, [] as unknown[]])) as Record<BackupTableName, unknown[]>;
      raw.townships = [township];
      raw.figureSources = [choice];
      return validateBackupTables(raw, 'x').report.issues.filter((i) => i.table === 'figureSources');
    };
    expect(judged(good)).toEqual([]);
    expect(judged({ ...good, source: 'both' })).toMatchObject([{ index: 1, field: '采用的数字' }]);
    expect(judged({ ...good, id: '2007|t1' })).toMatchObject([{ index: 1, field: 'id' }]);
    expect(judged({ ...good, id: '2008|t9', townshipId: 't9' })).toMatchObject([{ index: 1, field: '乡镇' }]);
  });

  it('judges a 月报 by the form’s own schema and finds its pairing', () => {
    const raw = Object.fromEntries(BACKUP_TABLES.map((t) => [t, [] as unknown[]])) as Record<BackupTableName, unknown[]>;
    raw.monthlyReports = [{ id: 'r1', pairingId: 'p9', month: '2008-13', submittedDate: '2008-12-03', active: true, summary: '走访' }];
    const issues = validateBackupTables(raw, 'x').report.issues.map((i) => `${i.field}：${i.message}`);
    expect(issues).toEqual(expect.arrayContaining(['月份：月份应为 2008-03 的形式', expect.stringMatching(/^所属联建：/)]));
  });

  it('derives a ledger entry year from its date when missing', () => {
    const result = normalizeRows('ledger', [{ id: 'l1', townshipId: 't', type: 'labour', date: '2008-12-03' }], 'x');
    expect(result.ok && result.value[0]).toMatchObject({ year: 2008, precision: 'day', figures: {}, personIds: [], attachmentIds: [] });
  });

  it('refuses a row that is not an object, or has a wrong-typed required field', () => {
    expect(normalizeRows('townships', ['河田镇'], 'x')).toEqual({ ok: false, error: '备份文件中「乡镇」第 1 条记录无效：不是一条记录' });
    expect(normalizeRows('audit', [{ seq: '1', time: 't', action: 'create', entity: 'townships', entityId: 'a' }], 'x')).toEqual({
      ok: false,
      error: '备份文件中「操作日志」第 1 条记录无效：字段「seq」缺失或格式不对',
    });
    const batchEntry = { seq: 3, time: 't', action: 'create', entity: 'villages', entityId: 'ib', batchId: 'ib', ids: ['v-1', 'v-2'], fileName: '村情.xlsx', fileHash: 'cd' };
    expect(normalizeRows('audit', [batchEntry], 'x')).toEqual({ ok: true, value: [batchEntry] });
    expect(normalizeRows('audit', [{ ...batchEntry, ids: 'v-1' }], 'x')).toMatchObject({ ok: false, error: expect.stringContaining('ids') });
  });
});

describe('value codec', () => {
  it('decode(encode(x)) equals x for any JSON-like value with dates, non-finite numbers and bytes', () => {
    const leaf = fc.oneof(
      fc.string(),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.date(),
      fc.uint8Array({ maxLength: 20 }),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.string().filter((k) => !FORBIDDEN_KEYS.has(k)), tie('node'), { maxKeys: 4 })),
    })).node;
    // (__proto__, constructor and prototype keys are dropped on purpose: the test below.)
    fc.assert(
      fc.property(value, (v) => {
        const through = decodeValue(JSON.parse(JSON.stringify(encodeValue(v))));
        expect(through).toEqual(v);
      }),
      { numRuns: 300 },
    );
  });

  it('drops a __proto__ key instead of letting it reach a prototype', () => {
    const decoded = decodeValue(JSON.parse('{"a":1,"__proto__":{"polluted":true}}')) as Record<string, unknown>;
    expect(decoded).toEqual({ a: 1 });
    expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
