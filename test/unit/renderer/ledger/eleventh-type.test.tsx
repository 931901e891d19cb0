// Adding a ledger type is one catalog entry: a type the shipped catalog does not have (passed
// as an argument, the shipped catalog untouched) gets its form fields, quick-grid columns,
// validation, totals and export sheet with no other code.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Form } from 'antd';
import { LEDGER_TYPES, type LedgerType } from '@shared/model/ledger-catalog';
import { validateFigures } from '@shared/model/ledger-validate';
import { describeTotals, sumFigures, totalsByType } from '@shared/model/ledger-totals';
import { gridColumns, readGrid } from '@shared/model/ledger-grid';
import { ledgerTypeTable } from '@shared/reports/ledger-xlsx';
import { ledgerImportFields } from '@shared/io/targets/ledger-fields';
import { fieldHeader } from '@shared/io/fields';
import type { LedgerEntry } from '@shared/model/types';
import { FigureFields } from '@renderer/features/ledger/FigureFields';

const ecology: LedgerType = {
  key: 'ecology',
  name: '生态共建',
  area: '公益事业',
  fields: [
    { key: 'trees', label: '植树', unit: '株', kind: 'int', required: true, min: 0, aggregate: 'sum' },
    { key: 'area', label: '绿化面积', unit: '亩', kind: 'decimal', required: false, min: 0, aggregate: 'sum' },
    { key: 'kind', label: '形式', kind: 'enum', options: ['植树造林', '河道保洁', '垃圾治理', '其他'], required: false, aggregate: 'countByOption' },
    { key: 'volunteer', label: '志愿服务', kind: 'bool', required: false, aggregate: 'countTrue' },
  ],
  checks: [(f) => (typeof f.trees === 'number' && f.trees > 100000 ? '「植树」超过10万株，请核对' : null)],
};
const catalog = [...LEDGER_TYPES, ecology];

describe('an eleventh ledger type', () => {
  it('leaves the shipped catalog at ten types', () => {
    expect(LEDGER_TYPES).toHaveLength(10);
    expect(catalog).toHaveLength(11);
  });

  it('gets an entry form generated from its fields', async () => {
    let values: { figures?: Record<string, unknown> } = {};
    render(
      <Form initialValues={{ figures: {} }} onValuesChange={(_, all) => (values = all)}>
        <FigureFields type={ecology} />
      </Form>,
    );
    for (const label of ['植树', '绿化面积', '形式']) expect(screen.getByText(label)).toBeTruthy();
    expect(screen.getByText('株')).toBeTruthy();
    expect(screen.getByText('亩')).toBeTruthy();
    expect(screen.getByRole('radio', { name: '河道保洁' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: '志愿服务' })).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: '植树' }), { target: { value: '１２０株' } });
    await waitFor(() => expect(values.figures?.trees).toBe(120));
    fireEvent.click(screen.getByRole('radio', { name: '河道保洁' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '志愿服务' }));
    await waitFor(() => expect(values.figures).toMatchObject({ trees: 120, kind: '河道保洁', volunteer: true }));
  }, 30_000);

  it('gets quick-grid (and import) columns, validation and totals by its aggregate rules', () => {
    expect(gridColumns(ecology).map((c) => c.header)).toEqual(['日期', '植树（株）', '绿化面积（亩）', '形式', '志愿服务', '情况说明']);
    expect(readGrid(ecology, [['2008-03-12', '', '', '', '', '']]).issues.map((i) => i.message)).toEqual(['请填写「植树」']);
    const read = readGrid(ecology, [
      ['2008-03-12', '500株', '12.5', '植树造林', '是', '植树节'],
      ['2008-06-01', '200', '', '河道保洁', '否', ''],
    ]);
    expect(read.issues).toEqual([]);
    expect(validateFigures(ecology, { trees: 200000 }).errors.map((e) => e.message)).toEqual(['「植树」超过10万株，请核对']);
    const entries = read.inputs.map((i) => ({ type: 'ecology', figures: i.figures }));
    expect(describeTotals(ecology, sumFigures(ecology, entries)).map((t) => t.text)).toEqual([
      '植树 700 株',
      '绿化面积 12.5 亩',
      '形式：植树造林 1 条',
      '形式：河道保洁 1 条',
      '志愿服务 1 条',
    ]);
    expect(totalsByType(catalog, entries).map((t) => [t.type.name, t.count])).toEqual([['生态共建', 2]]);
  });

  it('gets import columns (and so its import template) with units, options and required marks', () => {
    const fields = ledgerImportFields(ecology);
    expect(fields.map(fieldHeader)).toEqual(['联建编号', '日期', '植树（株）', '绿化面积（亩）', '形式', '志愿服务', '情况说明']);
    expect(fields.filter((f) => f.required).map((f) => f.label)).toEqual(['联建编号', '日期', '植树']);
    expect(fields.find((f) => f.label === '形式')).toMatchObject({ kind: 'enum', options: ['植树造林', '河道保洁', '垃圾治理', '其他'] });
    expect(fields.find((f) => f.label === '志愿服务')?.kind).toBe('bool');
  });

  it('gets its own export sheet with a totals row', () => {
    const entry = { id: 'x', type: 'ecology', date: '2008-03-12', precision: 'day', figures: { trees: 500, area: 12.5, kind: '植树造林', volunteer: true }, townshipId: 't', attachmentIds: [] } as unknown as LedgerEntry;
    const names = { pairingCode: () => 'LJ2008-001', enterpriseName: () => '企业', villageName: () => '村', townshipName: () => '河田镇', personName: () => '' };
    const table = ledgerTypeTable(ecology, [entry], names, '');
    expect(table.sheetName).toBe('生态共建');
    expect(table.columns.map((c) => c.header)).toEqual(['日期', '联建编号', '企业', '村', '挂钩乡镇', '植树', '绿化面积', '形式', '志愿服务', '情况说明', '附件']);
    expect(table.totals).toEqual(['合计（1条）', null, null, null, null, 500, 12.5, null, null, null, null]);
  });
});
