// 督查整改: the rounds of quarterly inspection, and every rectification item across them
// with its state (逾期 from today's date), filterable and exportable as the 整改台账.
import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { App, Button, Card, Form, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { ExportOutlined, PlusOutlined } from '@ant-design/icons';
import { isOverdue, rectificationDisplay, roundPeriod, RECTIFICATION_STATES, type Rectification } from '@shared/model/inspection';
import { todayIso } from '@shared/model/pairing-rules';
import { getStore } from '../../../db';
import { host } from '../../../host';
import { useSetting } from '../../../app/use-setting';
import { useConfirmDelete } from '../../../ui/use-confirm-delete';
import { TownshipSelect } from '../../../ui/records/pickers';
import { usePairingLabels } from '../../../ui/records/pairing-labels';
import { useAllItems, useRoundRows, type RoundRow } from './data';
import { RoundForm } from './RoundForm';

type StateFilter = (typeof RECTIFICATION_STATES)[number] | '逾期' | undefined;

function RoundsTab() {
  const navigate = useNavigate();
  const confirmDelete = useConfirmDelete();
  const [workingYear] = useSetting('workingYear');
  const rows = useRoundRows();
  const [year, setYear] = useState<number | undefined>();
  const [creating, setCreating] = useState(false);
  const years = useMemo(() => [...new Set((rows ?? []).map((r) => r.year))].sort((a, b) => b - a), [rows]);
  const shown = (rows ?? []).filter((r) => !year || r.year === year);

  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          新建督查
        </Button>
        <Select aria-label="督查年度" allowClear placeholder="全部年度" style={{ width: 120 }} value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: `${y}年` }))} />
        <Typography.Text type="secondary">共 {shown.length} 次督查</Typography.Text>
      </Space>
      <Table<RoundRow>
        rowKey="id"
        size="middle"
        loading={rows === undefined}
        dataSource={shown}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: '暂无督查记录，点击「新建督查」登记一次季度督查' }}
        onRow={(r) => ({ onDoubleClick: () => navigate(`/supervision/inspections/${r.id}`) })}
        columns={[
          { title: '督查', key: 'period', width: 150, render: (_, r) => roundPeriod(r) },
          { title: '督查日期', key: 'dates', width: 210, render: (_, r) => (r.startDate === r.endDate ? r.startDate : `${r.startDate} 至 ${r.endDate}`) },
          { title: '督查组', dataIndex: 'team', ellipsis: true },
          { title: '督查联建点', dataIndex: 'visited', width: 100, align: 'right' },
          { title: '发现问题', dataIndex: 'items', width: 90, align: 'right' },
          { title: '已整改', dataIndex: 'closed', width: 80, align: 'right' },
          { title: '逾期未改', dataIndex: 'overdue', width: 90, align: 'right', render: (n: number) => (n ? <Typography.Text type="danger">{n}</Typography.Text> : 0) },
          {
            title: '操作',
            key: 'actions',
            width: 130,
            render: (_, r) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => navigate(`/supervision/inspections/${r.id}`)}>
                  查看
                </Button>
                <Button
                  type="link"
                  size="small"
                  danger
                  onClick={() => confirmDelete({ what: `${roundPeriod(r)}督查（含其整改事项）`, remove: () => getStore().inspections.removeRound(r.id), undo: () => getStore().inspections.restoreRound(r.id) })}
                >
                  删除
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <RoundForm open={creating} defaultYear={workingYear} onClose={() => setCreating(false)} onSaved={(r) => (setCreating(false), navigate(`/supervision/inspections/${r.id}`))} />
    </>
  );
}

function ItemsTab({ initialState }: { initialState: StateFilter }) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const data = useAllItems();
  const labels = usePairingLabels();
  const [state, setState] = useState<StateFilter>(initialState);
  const [townshipId, setTownshipId] = useState<string | undefined>();
  const today = todayIso();

  const rows = useMemo(() => {
    if (!data || !labels) return [];
    return data.items
      .filter((r) => (!townshipId || r.townshipId === townshipId) && (!state || (state === '逾期' ? isOverdue(r, today) : r.status === state)))
      .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.createdAt.localeCompare(b.createdAt));
  }, [data, labels, state, townshipId, today]);

  const round = (r: Rectification) => data?.rounds.get(r.inspectionId);
  const exportXlsx = async () => {
    const { buildRectificationLedger } = await import('@shared/reports/supervision/rectification-ledger-xlsx');
    const built = await buildRectificationLedger(
      rows.map((r) => {
        const l = labels?.get(r.pairingId);
        const rd = round(r);
        return {
          round: rd ? roundPeriod(rd) : '',
          pairing: l ? `${l.code} ${l.name}` : '（已删除的联建）',
          problem: r.problem,
          requirement: r.requirement,
          responsible: r.responsible,
          deadline: r.deadline,
          state: rectificationDisplay(r, today).text,
          progress: r.progress ?? '',
          review: r.reviewDate ? `${r.reviewDate} ${r.reviewer ?? ''}` : '',
        };
      }),
      `${state ? `状态：${state === '逾期' ? '逾期未整改' : state}　` : ''}导出日期：${today}`,
    );
    if (!built.ok) return void message.error(built.error);
    const saved = await host.saveFile({ title: '保存督查整改台账', defaultName: `督查整改台账（${today}）.xlsx`, bytes: built.value as Uint8Array<ArrayBuffer>, filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }] });
    if (saved.ok) message.success(`已导出 ${rows.length} 项整改事项：${saved.value.location}`);
    else if (!saved.cancelled) message.error(saved.error);
  };

  return (
    <>
      <Form layout="inline" style={{ marginBottom: 12, rowGap: 8 }}>
        <Form.Item label="状态">
          <Select<StateFilter>
            aria-label="整改状态"
            allowClear
            placeholder="全部"
            style={{ width: 120 }}
            value={state}
            onChange={setState}
            options={[...RECTIFICATION_STATES, '逾期' as const].map((s) => ({ value: s, label: s === '逾期' ? '逾期未整改' : s }))}
          />
        </Form.Item>
        <Form.Item label="乡镇">
          <TownshipSelect aria-label="乡镇" placeholder="全部" style={{ width: 160 }} value={townshipId} onChange={(t) => setTownshipId(t as string | undefined)} />
        </Form.Item>
        <Form.Item>
          <Button icon={<ExportOutlined />} disabled={rows.length === 0} onClick={() => void exportXlsx()}>
            导出
          </Button>
        </Form.Item>
        <Form.Item>
          <Typography.Text type="secondary">共 {rows.length} 项</Typography.Text>
        </Form.Item>
      </Form>
      <Table<Rectification>
        rowKey="id"
        size="small"
        loading={!data || !labels}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 1200 }}
        locale={{ emptyText: data?.items.length ? '没有符合条件的整改事项' : '暂无整改事项，在督查记录中登记' }}
        columns={[
          { title: '督查', key: 'round', width: 130, render: (_, r) => (round(r) ? roundPeriod(round(r)!) : '') },
          { title: '联建点', key: 'name', width: 240, render: (_, r) => `${labels?.get(r.pairingId)?.code ?? ''} ${labels?.get(r.pairingId)?.name ?? '（已删除的联建）'}` },
          { title: '存在问题', dataIndex: 'problem' },
          { title: '责任单位', dataIndex: 'responsible', width: 110 },
          { title: '整改期限', dataIndex: 'deadline', width: 104, sorter: (a, b) => a.deadline.localeCompare(b.deadline) },
          {
            title: '状态',
            key: 'status',
            width: 140,
            render: (_, r) => {
              const d = rectificationDisplay(r, today);
              return <Tag color={d.color}>{d.text}</Tag>;
            },
          },
          { title: '复查', key: 'review', width: 150, render: (_, r) => (r.reviewDate ? `${r.reviewDate} ${r.reviewer ?? ''}` : '—') },
          {
            title: '操作',
            key: 'actions',
            width: 80,
            fixed: 'end',
            render: (_, r) => (
              <Button type="link" size="small" onClick={() => navigate(`/supervision/inspections/${r.inspectionId}`)}>
                查看
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}

export function InspectionsPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'items' ? 'items' : 'rounds';
  const initialState = (params.get('state') as StateFilter) ?? undefined;
  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        督查整改
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'items' ? { tab: 'items' } : {})}
        items={[
          { key: 'rounds', label: '季度督查', children: <RoundsTab /> },
          { key: 'items', label: '整改事项', children: <ItemsTab initialState={initialState} /> },
        ]}
      />
    </Card>
  );
}
