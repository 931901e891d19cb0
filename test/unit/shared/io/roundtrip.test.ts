// Property: what the list export writes, the import reads back unchanged. Random village and
// enterprise rows go through shared/reports' table export (title row, subtitle, units in the
// headers, totals row) and back through readWorkbook → header detection → mapping → conversion.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldHeader } from '@shared/io/fields';
import { ENTERPRISE_FIELDS, VILLAGE_FIELDS } from '@shared/io/targets/registry-fields';
import { buildXlsxTable, type TableColumnKind } from '@shared/reports/xlsx-table';
import { ENTERPRISE_PARTY_ORG_TYPES, OWNERSHIPS, VILLAGE_PARTY_ORG_TYPES } from '@shared/model/enums';
import { validUscc } from '../model/arbitraries';
import { importSheet } from './pipeline';

const HAN = [...'红星露湖伯东关黄馆南坑罗坊河田大同新桥长汀金龙纺织竹木制品商贸稀土农林牧渔'];
const hanText = (min: number, max: number) => fc.array(fc.constantFrom(...HAN), { minLength: min, maxLength: max }).map((cs) => cs.join(''));
/** Text an office might type, including characters a spreadsheet would read as a formula. */
const freeText = fc.oneof(hanText(1, 8), hanText(1, 4).map((s) => `=${s}`), hanText(1, 4).map((s) => `-${s}`), hanText(1, 4).map((s) => `@${s}`));
const count = fc.integer({ min: 0, max: 99_999 });
const amount = fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100);
const phone = fc.integer({ min: 0, max: 99_999_999 }).map((n) => `139${String(n).padStart(8, '0')}`);

const KIND: Partial<Record<string, TableColumnKind>> = { int: 'integer', decimal: 'number', year: 'integer', date: 'date', bool: 'boolean' };

async function roundTrip(fields: typeof VILLAGE_FIELDS, records: Record<string, unknown>[]) {
  const columns = fields.map((f) => ({ header: f.label, unit: f.unit, kind: KIND[f.kind] ?? ('text' as const) }));
  const rows = records.map((r) => fields.map((f) => {
    const v = r[f.key];
    return Array.isArray(v) ? v.join('、') : (v as string | number | boolean | null | undefined);
  }));
  const built = await buildXlsxTable({ title: '村情信息表', subtitle: '查询条件：全部　　制表日期：2008-12-31', columns, rows, totals: ['合计'] });
  if (!built.ok) throw new Error(built.error);
  return importSheet('导出.xlsx', built.value, fields);
}

describe('list export → .xlsx → import gives the same values', () => {
  it('villages', async () => {
    const village = fc.record({
      townshipName: fc.constantFrom('河田镇', '大同镇', '长汀经济开发区'),
      name: hanText(2, 6).map((s) => `${s}村`),
      areaCode: fc.stringMatching(/^\d{12}$/),
      households: count,
      population: count,
      surplusLabour: count,
      landlessFarmers: count,
      industries: fc.uniqueArray(fc.constantFrom('纺织服装', '稀土新材料', '农林牧渔', '竹木加工'), { minLength: 0, maxLength: 3 }),
      collectiveIncome: amount,
      'partyOrg.name': freeText,
      'partyOrg.type': fc.constantFrom(...VILLAGE_PARTY_ORG_TYPES),
      'partyOrg.secretary': hanText(2, 3),
      'partyOrg.members': count,
      contactName: freeText,
      contactPhone: phone,
    });
    await fc.assert(
      fc.asyncProperty(fc.array(village, { minLength: 1, maxLength: 8 }), async (records) => {
        const r = await roundTrip(VILLAGE_FIELDS, records);
        expect(r.messages).toEqual([]);
        expect(r.layout.columns.map((c) => c.header)).toEqual(VILLAGE_FIELDS.map(fieldHeader));
        expect(r.skipped).toEqual([{ row: r.layout.dataStartRow + records.length, kind: 'totals' }]);
        const back = r.rows.map((x) => ({ ...x.values }));
        // An empty list exports as a blank cell, and a blank cell imports as "not given".
        expect(back).toEqual(records.map((v) => ({ ...v, industries: v.industries.length ? v.industries : null })));
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('enterprises (codes, yes/no, dates, years)', async () => {
    const enterprise = fc.record({
      name: hanText(2, 10).map((s) => `${s}有限公司`),
      uscc: validUscc,
      townshipName: fc.constantFrom('河田镇', '大同镇'),
      industry: freeText,
      ownership: fc.constantFrom(...OWNERSHIPS),
      aboveScale: fc.boolean(),
      employees: count,
      outputValue: amount,
      foundedYear: fc.integer({ min: 1950, max: 2008 }),
      'partyOrg.type': fc.constantFrom(...ENTERPRISE_PARTY_ORG_TYPES),
      'partyOrg.name': freeText,
      'partyOrg.establishedDate': fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2008, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      'partyOrg.secretary': hanText(2, 3),
      'partyOrg.members': count,
      contactName: freeText,
      contactPhone: phone,
    });
    await fc.assert(
      fc.asyncProperty(fc.array(enterprise, { minLength: 1, maxLength: 8 }), async (records) => {
        const r = await roundTrip(ENTERPRISE_FIELDS, records);
        expect(r.messages).toEqual([]);
        expect(r.rows.map((x) => ({ ...x.values }))).toEqual(records);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
