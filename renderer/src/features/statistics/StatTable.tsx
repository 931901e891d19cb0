// One part of the annual table on screen: grouped column headers as in the printed table,
// the row labels (township; or enterprise / village with its township) fixed at the left,
// sortable figures, and the total row pinned below. Long groupings are paged.
import { Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { formatWan } from '@shared/model/money';
import type { AnnualTable, StatColumn, StatPart, StatRow } from '@shared/reports/statistics/annual-table';
import { GROUP_LABELS } from '@shared/reports/statistics/annual-groups';

export function statText(column: StatColumn, row: StatRow, isTotal: boolean): string {
  const value = row.values[column.id];
  if (column.countyOnly && (!isTotal || value === undefined)) return '—';
  return formatWan(value ?? 0);
}

const PAGE_SIZE = 50;

export function StatTable({ table, part }: { table: AnnualTable; part: StatPart }) {
  const figures = part.groups.flatMap((g) => g.columns);
  const byTownship = table.groupBy === 'township';
  const labelWidth = table.groupBy === 'enterprise' ? 220 : 130;
  const tally = new Set(table.sources.tally);
  const columns: TableColumnsType<StatRow> = [
    {
      title: GROUP_LABELS[table.groupBy],
      dataIndex: 'label',
      key: 'label',
      fixed: 'left',
      width: labelWidth,
      // A township whose figures are its tally's says so in its row, as the note under the table does.
      render: (label: string) =>
        byTownship && tally.has(label) ? (
          <>
            {label}{' '}
            <Tooltip title="本年度联建成效取自该乡镇报送的年终统计表">
              <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                报
              </Tag>
            </Tooltip>
          </>
        ) : (
          label
        ),
    },
    ...(byTownship ? [] : [{ title: '所属乡镇', dataIndex: 'township', key: 'township', fixed: 'left' as const, width: 120 }]),
    ...part.groups.map((g) => ({
      title: g.label,
      key: g.label,
      children: g.columns.map((c) => ({
        title: c.unit ? `${c.label}（${c.unit}）` : c.label,
        key: c.id,
        align: 'right' as const,
        width: 96,
        sorter: c.countyOnly ? undefined : (a: StatRow, b: StatRow) => (a.values[c.id] ?? 0) - (b.values[c.id] ?? 0),
        render: (_: unknown, row: StatRow) => statText(c, row, false),
      })),
    })),
  ];
  const labels = byTownship ? 1 : 2;
  return (
    <Table<StatRow>
      rowKey="key"
      size="small"
      bordered
      pagination={table.rows.length > PAGE_SIZE ? { pageSize: PAGE_SIZE, showSizeChanger: false, showTotal: (n) => `共 ${n} 行` } : false}
      columns={columns}
      dataSource={table.rows}
      scroll={{ x: labelWidth + (byTownship ? 0 : 120) + figures.length * 96 }}
      locale={{ emptyText: '暂无乡镇。请先在「信息库 · 乡镇」中添加乡镇，或在工作台载入示例数据' }}
      summary={() => (
        <Table.Summary fixed>
          <Table.Summary.Row style={{ fontWeight: 600, background: '#fafafa' }}>
            <Table.Summary.Cell index={0} colSpan={labels}>
              {table.total.label}
            </Table.Summary.Cell>
            {figures.map((c, i) => (
              <Table.Summary.Cell key={c.id} index={i + labels} align="right">
                {statText(c, table.total, true)}
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}
