// The two tables of the monthly board: the counts per township (click a township to see only
// its pairings) and the pairings with their status and row actions.
import { Button, Space, Table, Tag, Typography } from 'antd';
import { formatRate, REPORT_STATUS_LABELS, reportRate, type ReportStatus } from '@shared/model/monthly-report';
import type { Board, BoardRow, TownshipLine } from '@shared/reports/supervision/monthly-board';

const STATUS_COLORS: Record<ReportStatus, string> = { onTime: 'green', late: 'orange', pending: 'default', overdue: 'red' };

export const StatusTag = ({ status }: { status: ReportStatus }) => <Tag color={STATUS_COLORS[status]}>{REPORT_STATUS_LABELS[status]}</Tag>;

export function TownshipCounts({ board, selected, onSelect }: { board: Board; selected?: string; onSelect: (id: string | undefined) => void }) {
  const t = board.total;
  return (
    <div role="region" aria-label="各乡镇报送情况" style={{ maxHeight: 320, overflow: 'auto' }}>
      <Table<TownshipLine>
        rowKey="townshipId"
        size="small"
        pagination={false}
        dataSource={board.townships}
        rowClassName={(l) => (l.townshipId === selected ? 'ant-table-row-selected' : '')}
        onRow={(l) => ({ onClick: () => onSelect(l.townshipId === selected ? undefined : l.townshipId), style: { cursor: 'pointer' } })}
        locale={{ emptyText: '这个月没有应报月报的联建点' }}
        columns={[
          { title: '乡镇（开发区）', dataIndex: 'name', width: 160 },
          { title: '挂钩领导', dataIndex: 'leader', width: 120 },
          { title: '应报', key: 'due', width: 70, align: 'right', render: (_, l) => l.counts.due },
          { title: '已报', key: 'reported', width: 70, align: 'right', render: (_, l) => l.counts.reported },
          { title: '其中逾期', key: 'late', width: 80, align: 'right', render: (_, l) => l.counts.late },
          { title: '未报', key: 'missing', width: 70, align: 'right', render: (_, l) => <Typography.Text type={l.counts.pending + l.counts.overdue ? 'danger' : undefined}>{l.counts.pending + l.counts.overdue}</Typography.Text> },
          { title: '报送率', key: 'rate', width: 80, align: 'right', render: (_, l) => formatRate(reportRate(l.counts)) },
        ]}
        summary={() => (
          <Table.Summary>
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <strong>全县合计</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} />
              <Table.Summary.Cell index={2} align="right">
                {t.due}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {t.reported}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                {t.late}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right">
                {t.pending + t.overdue}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={6} align="right">
                {formatRate(reportRate(t))}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          </Table.Summary>
        )}
      />
    </div>
  );
}

type RowActions = { onFill: (r: BoardRow) => void; onView: (r: BoardRow) => void; onArchive: (r: BoardRow) => void };

export function PairingStatusTable({ rows, showTownship, loading, ...actions }: { rows: BoardRow[]; showTownship: boolean; loading: boolean } & RowActions) {
  return (
    <div role="region" aria-label="各联建点报送情况">
      <Table<BoardRow>
        rowKey="pairingId"
        size="small"
        loading={loading}
        dataSource={rows}
        pagination={{ defaultPageSize: 30, hideOnSinglePage: true, showSizeChanger: true, pageSizeOptions: [30, 50, 100] }}
        locale={{ emptyText: '没有符合条件的联建点' }}
        columns={[
          ...(showTownship ? [{ title: '乡镇', dataIndex: 'townshipName', width: 110 }] : []),
          { title: '编号', dataIndex: 'code', width: 116, sorter: (a: BoardRow, b: BoardRow) => a.code.localeCompare(b.code) },
          { title: '企业', dataIndex: 'enterpriseName', ellipsis: true },
          { title: '村', dataIndex: 'villageName', width: 110 },
          {
            title: '报送情况',
            key: 'status',
            width: 100,
            render: (_: unknown, r: BoardRow) => <StatusTag status={r.status} />,
            filters: Object.entries(REPORT_STATUS_LABELS).map(([value, text]) => ({ value, text })),
            onFilter: (value, r: BoardRow) => r.status === value,
          },
          { title: '开展活动', key: 'active', width: 84, render: (_: unknown, r: BoardRow) => (r.report ? (r.report.active ? '是' : '否') : '') },
          { title: '报送日期', key: 'submitted', width: 110, render: (_: unknown, r: BoardRow) => r.report?.submittedDate ?? '' },
          { title: '填报人', key: 'reporter', width: 80, render: (_: unknown, r: BoardRow) => r.report?.reporter ?? '' },
          { title: '挂钩领导', dataIndex: 'leader', width: 90 },
          {
            title: '操作',
            key: 'actions',
            width: 150,
              render: (_: unknown, r: BoardRow) => (
              <Space size={0}>
                {r.report ? (
                  <Button type="link" size="small" onClick={() => actions.onView(r)}>
                    查看
                  </Button>
                ) : (
                  <Button type="link" size="small" onClick={() => actions.onFill(r)}>
                    填报
                  </Button>
                )}
                <Button type="link" size="small" onClick={() => actions.onArchive(r)}>
                  档案
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </div>
  );
}
