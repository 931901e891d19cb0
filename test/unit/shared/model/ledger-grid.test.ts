import { describe, expect, it } from 'vitest';
import { ledgerType } from '@shared/model/ledger-catalog';
import { gridColumns, pasteIntoGrid, readGrid } from '@shared/model/ledger-grid';
import { personResolver } from '@shared/model/person-resolver';

describe('quick grid', () => {
  const labour = ledgerType('labour');

  it('has a date column, one column per catalog field with its unit, and a description', () => {
    expect(gridColumns(labour).map((c) => c.header)).toEqual(['日期', '输送人数（人）', '其中技术工人（人）', '其中失地农民（人）', '其中留守妇女（人）', '情况说明']);
    expect(gridColumns(ledgerType('training')).find((c) => c.key === 'orderBased')?.options).toEqual(['是', '否']);
  });

  it('reads rows of text, skipping blank rows, with day or month precision', () => {
    const { inputs, issues } = readGrid(labour, [
      ['2008-04-15', '45', '30', '', '', '第一批'],
      ['', '', '', '', '', ''],
      ['2008年5月', '20人', '', '', '12', ''],
    ]);
    expect(issues).toEqual([]);
    expect(inputs).toEqual([
      { row: 0, date: '2008-04-15', precision: 'day', figures: { sent: 45, skilled: 30, landless: null, leftBehindWomen: null }, description: '第一批' },
      { row: 2, date: '2008-05-01', precision: 'month', figures: { sent: 20, skilled: null, landless: null, leftBehindWomen: 12 }, description: undefined },
    ]);
  });

  it('reports every bad cell by row and column and returns no inputs', () => {
    const { inputs, issues } = readGrid(labour, [
      ['2008', '45', '', '', '', ''],
      ['2008-04-31', 'x', '', '', '', ''],
      ['2008-04-01', '5', '9', '', '', ''],
    ]);
    expect(inputs).toEqual([]);
    expect(issues).toEqual([
      { row: 0, column: '__date', message: '「日期」应填写到月份或日期，如 2008-03 或 2008-03-15' },
      { row: 1, column: '__date', message: '日期「2008-04-31」不存在' },
      { row: 1, column: 'sent', message: '「输送人数」应为非负整数，实际为「x」' },
      { row: 2, column: '', message: '「其中技术工人」（9）不能大于「输送人数」（5）' },
    ]);
  });

  it('pastes Excel rows from the cell on, adding rows and dropping cells beyond the last column', () => {
    const grid = [
      ['', '', ''],
      ['', '', ''],
    ];
    expect(pasteIntoGrid(grid, 1, 1, '1\t2\t3\r\n4\t5\r\n', 3)).toEqual([
      ['', '', ''],
      ['', '1', '2'],
      ['', '4', '5'],
    ]);
  });
});

describe('person names → ids', () => {
  const persons = [
    { id: 'a', name: '张三', orgId: 'v1', deleted: 0 as const },
    { id: 'b', name: '张三', orgId: 'v9', deleted: 0 as const },
    { id: 'c', name: '李四', orgId: 'x', deleted: 0 as const },
    { id: 'd', name: '王五', orgId: 'v1', deleted: 1 as const },
    { id: 'e', name: '赵六', orgId: 'y', deleted: 0 as const },
    { id: 'f', name: '赵六', orgId: 'z', deleted: 0 as const },
  ];
  const resolve = personResolver(persons, ['e1', 'v1']);

  it('prefers the sides, never guesses between namesakes, and ignores deleted persons', () => {
    expect(resolve('张三')).toEqual({ ok: true, value: 'a' });
    expect(resolve('李四')).toEqual({ ok: true, value: 'c' });
    expect(resolve('赵六')).toEqual({ ok: false, error: '人员库中有 2 人名为「赵六」，且都不属于联建双方，请在表单中逐条选择' });
    expect(resolve('王五')).toEqual({ ok: false, error: '人员库中没有「王五」，请先在「信息库 · 人员」中添加' });
  });
});
