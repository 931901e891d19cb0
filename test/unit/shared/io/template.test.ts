// Import templates: drop-downs for choices, header locked with the data area editable, a
// 填表说明 sheet from the same field list — and a filled-in template imports cleanly.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fieldHeader } from '@shared/io/fields';
import { buildTemplate } from '@shared/io/template';
import { ENTERPRISE_FIELDS, VILLAGE_FIELDS } from '@shared/io/targets/registry-fields';
import { importSheet } from './pipeline';

type Validations = { model: Record<string, ExcelJS.DataValidation> };

async function load(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe('buildTemplate', () => {
  it('村情信息: headers with required marks, drop-downs, number checks, protection, 填表说明', async () => {
    const wb = await load(await buildTemplate({ title: '村情信息', fields: VILLAGE_FIELDS }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['村情信息', '填表说明']);
    const ws = wb.getWorksheet('村情信息')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(VILLAGE_FIELDS.map((f) => `${f.required ? '*' : ''}${fieldHeader(f)}`));
    const dv = (ws as unknown as { dataValidations: Validations }).dataValidations.model;
    const typeColumn = String.fromCharCode(65 + VILLAGE_FIELDS.findIndex((f) => f.key === 'partyOrg.type'));
    const list = Object.entries(dv).find(([range]) => range.startsWith(`${typeColumn}2`))?.[1];
    expect(list).toMatchObject({ type: 'list', formulae: ['"党委,党总支,党支部"'] });
    const households = Object.values(dv).find((v) => v.type === 'whole');
    expect(households).toMatchObject({ operator: 'greaterThanOrEqual', formulae: [0] });
    expect((ws as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({ sheet: true });
    // A cell with a style of its own and no protection element is locked (Excel's default).
    expect(ws.getCell('A1').protection?.locked).not.toBe(false);
    expect(ws.getColumn(1).style.protection?.locked).toBe(false);
    expect(ws.getColumn(VILLAGE_FIELDS.findIndex((f) => f.key === 'areaCode') + 1).numFmt).toBe('@');
    const help = wb.getWorksheet('填表说明')!;
    expect(help.getCell('A1').value).toBe('「村情信息」导入模板 填表说明');
    const rows = help.getRows(3, VILLAGE_FIELDS.length)!.map((r) => [r.getCell(1).value, r.getCell(2).value]);
    expect(rows).toEqual(VILLAGE_FIELDS.map((f) => [fieldHeader(f), f.required ? '必填' : '选填']));
    expect(String(help.getCell(`C${VILLAGE_FIELDS.findIndex((f) => f.key === 'partyOrg.type') + 3}`).value)).toContain('可选：党委、党总支、党支部');
  });

  it('a filled-in template imports with every column matched', async () => {
    const wb = await load(await buildTemplate({ title: '企业信息', fields: ENTERPRISE_FIELDS }));
    const ws = wb.getWorksheet('企业信息')!;
    ws.getRow(2).values = ENTERPRISE_FIELDS.map((f) => ({ name: '红旗纺织', townshipName: '大同镇', aboveScale: '是', 'partyOrg.type': '党支部', employees: 520 })[f.key] ?? null);
    const r = await importSheet('企业信息导入模板.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()), ENTERPRISE_FIELDS);
    expect(r.layout.columns.every((c) => c.status === 'matched')).toBe(true);
    expect(r.rows[0].values).toMatchObject({ name: '红旗纺织', townshipName: '大同镇', aboveScale: true, 'partyOrg.type': '党支部', employees: 520 });
  });
});
