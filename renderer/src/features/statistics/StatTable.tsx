// One part of the annual table on screen: grouped column headers as in the printed table,
// the township column fixed at the left, sortable figures, and the total row pinned below.
import { Table, type TableColumnsType } from 'antd';
import { formatWan } from '@shared/model/money';
import type { AnnualTable, StatColumn, StatPart, StatRow } from '@shared/reports/statistics/annual-table';

export function statText(column: StatColumn, row: StatRow, isTotal: boolean, wholeCounty: boolean): string {
  if (column.countyOnly && (!isTotal || !wholeCounty)) return '—';
  return formatWan(row.values[column.id] ?? 0);
}

export function StatTable({ table, part }: { table: AnnualTable; part: StatPart }) {
  const figures = part.groups.flatMap((g) => g.columns);
  const columns: TableColumnsType<StatRow> = [
    { title: '乡镇（开发区）', dataIndex: 'label', key: 'label', fixed: 'left', width: 130 },
    ...part.groups.map((g) => ({
      title: g.label,
      key: g.label,
      children: g.columns.map((c) => ({
        title: c.unit ? `${c.label}（${c.unit}）` : c.label,
        key: c.id,
        align: 'right' as const,
        width: 96,
        sorter: c.countyOnly ? undefined : (a: StatRow, b: StatRow) => (a.values[c.id] ?? 0) - (b.values[c.id] ?? 0),
        render: (_: unknown, row: StatRow) => statText(c, row, false, table.wholeCounty),
      })),
    })),
  ];
  return (
    <Table<StatRow>
      rowKey="key"
      size="small"
      bordered
      pagination={false}
      columns={columns}
      dataSource={table.rows}
      scroll={{ x: 130 + figures.length * 96 }}
      locale={{ emptyText: '暂无乡镇。请先在「信息库 · 乡镇」中添加乡镇，或在工作台载入示例数据' }}
      summary={() => (
        <Table.Summary fixed>
          <Table.Summary.Row style={{ fontWeight: 600, background: '#fafafa' }}>
            <Table.Summary.Cell index={0}>{table.total.label}</Table.Summary.Cell>
            {figures.map((c, i) => (
              <Table.Summary.Cell key={c.id} index={i + 1} align="right">
                {statText(c, table.total, true, table.wholeCounty)}
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}
