// 订单式培训: the 技能培训 held for pairings — each session a 技能培训 ledger entry — with the
// supply relations they make (counted by training-exchange.ts, as the statistics count them),
// filters by year, township and 订单式, 登记 · 编辑 · 删除 · 导出, and the totals row.
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, App, Button, Card, Form, Input, Select, Space, Switch, Table, Typography } from 'antd';
import { ApartmentOutlined, DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import type { LedgerEntry } from '@shared/model/types';
import { aggregateEntries } from '@shared/reports/statistics/aggregate-entries';
import { supplyCounts, supplyRelations } from '@shared/reports/statistics/training-exchange';
import { getStore } from '../../../db';
import { useConfirmDelete } from '../../../ui/use-confirm-delete';
import { TownshipSelect } from '../../../ui/records/pickers';
import { entrySides, useNames, useTypeEntries, yearsOf } from '../common/records';
import { saveTable } from '../common/save-table';
import { SessionForm } from './SessionForm';

const num = (v: unknown) => (typeof v === 'number' ? v : 0);
const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** 「2008-11-24 至 11-27」: the end without its year when it is the same. */
const span = (e: LedgerEntry) => {
  const end = text(e.figures.endDate);
  if (!end || end === e.date) return e.date;
  return `${e.date} 至 ${end.slice(0, 4) === e.date.slice(0, 4) ? end.slice(5) : end}`;
};

export function SessionsPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const confirmDelete = useConfirmDelete();
  const entries = useTypeEntries('training');
  const names = useNames();
  const [year, setYear] = useState<number>();
  const [townshipId, setTownshipId] = useState<string>();
  const [orderOnly, setOrderOnly] = useState(false);
  const [word, setWord] = useState('');
  const [form, setForm] = useState<{ open: boolean; editing?: LedgerEntry }>({ open: false });

  const years = useMemo(() => yearsOf((entries ?? []).map((e) => e.date)), [entries]);
  const rows = useMemo(() => {
    const w = word.trim();
    return (entries ?? []).filter((e) => {
      const { enterpriseId, villageId } = entrySides(e, names);
      if (year && e.year !== year) return false;
      if (townshipId && e.townshipId !== townshipId) return false;
      if (orderOnly && e.figures.orderBased !== true) return false;
      return !w || `${names.enterprise(enterpriseId)}${names.village(villageId)}${text(e.figures.base)}${text(e.figures.content)}`.includes(w);
    });
  }, [entries, names, year, townshipId, orderOnly, word]);
  const counts = useMemo(() => supplyCounts(supplyRelations(aggregateEntries(rows), (id) => names.pairings.get(id))), [rows, names]);
  const total = rows.reduce((s, e) => ({ sessions: s.sessions + num(e.figures.sessions), trainees: s.trainees + num(e.figures.trainees), employed: s.employed + num(e.figures.employedAfter) }), { sessions: 0, trainees: 0, employed: 0 });
  const scope = [year ? `${year}年` : '', townshipId ? names.township(townshipId) : '', orderOnly ? '订单式' : '', word ? `含「${word}」` : ''].filter(Boolean).join('，');

  const remove = (e: LedgerEntry) =>
    confirmDelete({ what: `${e.date}的培训记录`, remove: () => getStore().ledgerEntries.remove(e.id), undo: () => getStore().ledgerEntries.restore(e.id) });

  const exportList = () =>
    void saveTable(message, {
      title: '订单式技能培训登记表',
      subtitle: scope ? `筛选条件：${scope}` : undefined,
      columns: [
        { header: '开班日期', kind: 'date' },
        { header: '结业日期', kind: 'date' },
        { header: '用工企业', kind: 'text', width: 30 },
        { header: '联建村', kind: 'text', width: 10 },
        { header: '培训基地', kind: 'text', width: 26 },
        { header: '培训工种', kind: 'text', width: 16 },
        { header: '订单式', kind: 'boolean', width: 8 },
        { header: '期数', unit: '期', kind: 'integer', width: 8 },
        { header: '培训人数', unit: '人次', kind: 'integer', width: 10 },
        { header: '上岗录用', unit: '人', kind: 'integer', width: 10 },
      ],
      rows: rows.map((e) => {
        const { enterpriseId, villageId } = entrySides(e, names);
        return [e.date, text(e.figures.endDate) || null, names.enterprise(enterpriseId), names.village(villageId), text(e.figures.base), text(e.figures.content), e.figures.orderBased === true, num(e.figures.sessions), num(e.figures.trainees), num(e.figures.employedAfter)];
      }),
      totals: ['合计', `${rows.length}条`, null, null, null, null, null, total.sessions, total.trainees, total.employed],
    });

  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          订单式培训
        </Typography.Title>
        <Space>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ open: true })}>
            登记培训
          </Button>
          <Button icon={<ApartmentOutlined />} onClick={() => navigate('/training/supply')}>
            供给关系
          </Button>
          <Button icon={<DownloadOutlined />} disabled={rows.length === 0} onClick={exportList}>
            导出
          </Button>
        </Space>
      </Space>
      <Form layout="inline" style={{ marginBottom: 12, rowGap: 8 }}>
        <Form.Item label="年度">
          <Select aria-label="年度筛选" allowClear style={{ width: 110 }} value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: `${y}年` }))} />
        </Form.Item>
        <Form.Item label="乡镇">
          <TownshipSelect aria-label="乡镇筛选" style={{ width: 170 }} value={townshipId} onChange={(v) => setTownshipId(v as string | undefined)} />
        </Form.Item>
        <Form.Item label="只看订单式">
          <Switch aria-label="只看订单式" checked={orderOnly} onChange={setOrderOnly} />
        </Form.Item>
        <Form.Item label="关键字">
          <Input.Search aria-label="关键字" allowClear placeholder="企业、村、基地或工种" style={{ width: 220 }} onSearch={setWord} />
        </Form.Item>
      </Form>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        data-testid="supply-counts"
        title={`${scope ? `${scope}：` : ''}${counts.enterprises}家企业与${counts.villages}个村建立了劳动力技能培训供给关系（${counts.relations}对），共培训${total.sessions}期、${total.trainees}人次，上岗录用${total.employed}人`}
      />
      <Table<LedgerEntry>
        rowKey="id"
        size="middle"
        loading={entries === undefined}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 1060 }}
        locale={{ emptyText: '暂无培训记录。点击「登记培训」录入在联建村开展的订单式技能培训' }}
        columns={[
          { title: '培训时间', dataIndex: 'date', width: 150, fixed: 'left', sorter: (a, b) => a.date.localeCompare(b.date), render: (_, e) => span(e) },
          { title: '用工企业', key: 'enterprise', render: (_, e) => names.enterprise(entrySides(e, names).enterpriseId) },
          { title: '联建村', key: 'village', width: 80, render: (_, e) => names.village(entrySides(e, names).villageId) },
          { title: '培训基地', key: 'base', width: 170, ellipsis: true, render: (_, e) => text(e.figures.base) || '—' },
          { title: '培训工种', key: 'content', width: 100, ellipsis: true, render: (_, e) => text(e.figures.content) || '—' },
          { title: '订单式', key: 'orderBased', width: 64, align: 'center', render: (_, e) => (e.figures.orderBased === true ? '是' : '否') },
          { title: '期数', key: 'sessions', width: 52, align: 'right', render: (_, e) => num(e.figures.sessions) },
          { title: '培训人次', key: 'trainees', width: 80, align: 'right', render: (_, e) => num(e.figures.trainees) },
          { title: '上岗录用', key: 'employed', width: 80, align: 'right', render: (_, e) => num(e.figures.employedAfter) },
          {
            title: '操作',
            key: 'actions',
            width: 100,
            fixed: 'right',
            render: (_, e) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setForm({ open: true, editing: e })}>
                  编辑
                </Button>
                <Button type="link" size="small" danger onClick={() => remove(e)}>
                  删除
                </Button>
              </Space>
            ),
          },
        ]}
        summary={() =>
          rows.length > 0 && (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={6}>
                <Typography.Text strong>合计：{rows.length} 条</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={6} align="right">
                {total.sessions}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={7} align="right">
                <span data-testid="sessions-total-trainees">{total.trainees}</span>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={8} align="right">
                {total.employed}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={9} />
            </Table.Summary.Row>
          )
        }
      />
      <SessionForm
        open={form.open}
        editing={form.editing}
        onClose={() => setForm({ open: false })}
        onSaved={(e) => {
          setForm({ open: false });
          message.success(`已保存${e.date}的培训记录`);
        }}
      />
    </Card>
  );
}
