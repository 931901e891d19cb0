// 报送情况: the year's completeness board — each township's tally received, received with
// errors (rows not imported, each named by file/sheet/row/column), or missing — with the
// import of returned files and 撤销 of a wrongly imported one.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { ImportOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { completenessBoard, STATUS_TEXT, type BoardRow, type TallyStatus } from '@shared/tally/completeness';
import { getStore } from '../../db';
import { tallyBatches, tallyReports, undoTally } from '../../db/repositories/tallies';
import { useSetting } from '../../app/use-setting';
import { loadTallyData } from './data';
import { TallyImportModal } from './import/TallyImportModal';

const COLORS: Record<TallyStatus, string> = { received: 'success', errors: 'error', missing: 'warning', 'not-expected': 'default' };

function Issues({ row }: { row: BoardRow }) {
  return (
    <Space orientation="vertical" size={2}>
      {row.issues.map((issue, i) => (
        <Typography.Text key={i} type="danger">
          {issue}
        </Typography.Text>
      ))}
      {row.missingCodes.length > 0 && <Typography.Text type="warning">未填报的联建点：{row.missingCodes.join('、')}</Typography.Text>}
    </Space>
  );
}

export function TalliesPage() {
  const { modal, message } = App.useApp();
  const [year] = useSetting('workingYear');
  const [importing, setImporting] = useState(false);
  const data = useLiveQuery(() => loadTallyData(getStore().db), []);
  const stored = useLiveQuery(async () => {
    const { db } = getStore();
    return { batches: await tallyBatches(db, year), reports: await tallyReports(db, year) };
  }, [year]);
  const board = useMemo(() => (data && stored ? completenessBoard(year, data.townships, data.pairings, stored.batches, stored.reports) : undefined), [data, stored, year]);
  const counts = board?.townships.reduce((acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }), {} as Partial<Record<TallyStatus, number>>);

  const withdraw = (row: BoardRow) =>
    modal.confirm({
      title: `确定撤销${row.name}的${year}年年终统计吗？`,
      content: `将删除从「${row.batch?.fileName}」导入的数字，该单位恢复为未收到。可以重新导入。`,
      okText: '撤销导入',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        await undoTally(getStore().db, row.batch!.id);
        message.success(`已撤销${row.name}的年终统计`);
      },
    });

  const columns = [
    { title: '单位', dataIndex: 'name', width: 160 },
    { title: '联建点', dataIndex: 'expected', width: 80, align: 'right' as const },
    { title: '状态', width: 100, render: (_: unknown, r: BoardRow) => <Tag color={COLORS[r.status]}>{STATUS_TEXT[r.status]}</Tag> },
    { title: '已填报', width: 90, align: 'right' as const, render: (_: unknown, r: BoardRow) => (r.batch ? `${r.reported} 个` : '') },
    { title: '报送文件', render: (_: unknown, r: BoardRow) => r.batch?.fileName ?? '' },
    { title: '导入时间', width: 150, render: (_: unknown, r: BoardRow) => (r.batch ? r.batch.createdAt.slice(0, 16).replace('T', ' ') : '') },
    { title: '问题', width: 110, render: (_: unknown, r: BoardRow) => (r.batch?.counts.rejected ? <Typography.Text type="danger">{r.batch.counts.rejected} 行未导入</Typography.Text> : '') },
    {
      title: '操作',
      width: 90,
      render: (_: unknown, r: BoardRow) =>
        r.batch && (
          <Button type="link" size="small" danger onClick={() => withdraw(r)}>
            撤销导入
          </Button>
        ),
    },
  ];
  const expandable = { rowExpandable: (r: BoardRow) => r.issues.length > 0 || r.missingCodes.length > 0, expandedRowRender: (r: BoardRow) => <Issues row={r} /> };

  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {year}年年终统计报送情况
        </Typography.Title>
        <Space>
          <Link to="/tallies/templates">生成模板</Link>
          <Link to="/statistics/reconcile">对账</Link>
          <Button type="primary" icon={<ImportOutlined />} disabled={!data} onClick={() => setImporting(true)}>
            导入年终统计表
          </Button>
        </Space>
      </Space>
      {counts && (
        <Typography.Paragraph data-testid="tally-summary">
          已收到 {counts.received ?? 0} 个，有错误 {counts.errors ?? 0} 个，未收到 {counts.missing ?? 0} 个。
        </Typography.Paragraph>
      )}
      <Table<BoardRow> rowKey="key" size="small" pagination={false} loading={!board} dataSource={board?.townships} columns={columns} expandable={expandable} locale={{ emptyText: '暂无乡镇，请先在「信息库 · 乡镇」中添加，或在工作台载入示例数据' }} />
      {board && board.enterprises.length > 0 && (
        <>
          <Typography.Title level={5}>企业党组织报送</Typography.Title>
          <Table<BoardRow> rowKey="key" size="small" pagination={false} dataSource={board.enterprises} columns={columns} expandable={expandable} />
        </>
      )}
      {data && <TallyImportModal open={importing} onClose={() => setImporting(false)} data={data} year={year} />}
    </Card>
  );
}
