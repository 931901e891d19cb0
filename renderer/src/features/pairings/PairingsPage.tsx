// 联建档案 list: every pairing with its sides, filtered by status, township, area and year.
import { useCallback, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { App, Button, Card, Form, Input, Select, Space, Table, Typography } from 'antd';
import { ExportOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { PAIRING_STATUSES } from '@shared/model/enums';
import { choicesWith } from '@shared/model/dictionaries';
import { formatAreas } from '@shared/model/pairing-changes';
import { allowedActions } from '@shared/model/pairing-rules';
import { getStore } from '../../db';
import { useSetting, useStoredSetting } from '../../app/use-setting';
import { host } from '../../host';
import { useConfirmDelete } from '../../ui/use-confirm-delete';
import { TownshipSelect } from '../../ui/records/pickers';
import { useLiveRecords, useLookup } from '../../ui/records/data';
import { ApplyPairingModal } from './ApplyPairingModal';
import { filterPairings, pairingRows, type PairingFilter, type PairingRow } from './pairing-filters';
import { PairingStatusTag } from './status-tag';
import { PrintTable, type PrintColumn } from '../../ui/PrintTable';
import { usePairingDialogs } from './use-pairing-dialogs';
import { exportPairings } from './pairings-export';
import { ImportButton } from '../import';
import { usePairingReportRates, usePairingSupervisionCounts } from '../supervision';
import { usePairingScores } from '../evaluation';
import { formatRate, reportRate } from '@shared/model/monthly-report';

const PRINT_COLUMNS: PrintColumn<PairingRow>[] = [
  { title: '编号', value: (r) => r.code },
  { title: '企业', value: (r) => r.enterpriseName },
  { title: '村', value: (r) => `${r.villageTownshipName}${r.villageName}` },
  { title: '联建方式', value: (r) => r.formation },
  { title: '联建内容', value: (r) => formatAreas(r.areas) },
  { title: '挂钩乡镇', value: (r) => r.responsibleName },
  { title: '状态', value: (r) => r.status },
  { title: '申请日期', value: (r) => r.appliedDate },
  { title: '批准日期', value: (r) => r.approvedDate ?? '' },
];

export function PairingsPage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const confirmDelete = useConfirmDelete();
  const dialogs = usePairingDialogs();
  const [applying, setApplying] = useState(false);
  const [filter, setFilter] = useState<PairingFilter>({});
  const pairings = useLiveQuery(() => getStore().pairings.list(), []);
  const townships = useLookup(useLiveRecords('townships'));
  const villages = useLookup(useLiveRecords('villages'));
  const enterprises = useLookup(useLiveRecords('enterprises'));
  const townshipName = useCallback((id: string | undefined) => (id ? (townships.get(id)?.name ?? '') : ''), [townships]);
  const { value: workingYear, loaded: yearLoaded } = useStoredSetting('workingYear');
  const reportRates = usePairingReportRates(workingYear, yearLoaded);
  const supervision = usePairingSupervisionCounts();
  const scores = usePairingScores(workingYear);

  const rows = useMemo(() => {
    const all = pairingRows(pairings ?? [], enterprises, villages, townshipName);
    const shown = filterPairings(all, filter, (r) => [villages.get(r.villageId)?.townshipId, enterprises.get(r.enterpriseId)?.townshipId]);
    return shown.sort((a, b) => b.appliedDate.localeCompare(a.appliedDate) || b.code.localeCompare(a.code));
  }, [pairings, enterprises, villages, townshipName, filter]);
  const [areaList] = useSetting('cooperationAreas');
  const areaChoices = useMemo(() => choicesWith(areaList, (pairings ?? []).flatMap((p) => p.areas)), [areaList, pairings]);
  const years = useMemo(() => [...new Set((pairings ?? []).map((p) => Number(p.appliedDate.slice(0, 4))))].sort((a, b) => b - a), [pairings]);

  const remove = (p: PairingRow) =>
    confirmDelete({
      what: `联建「${p.code}」`,
      remove: () => getStore().pairings.remove(p.id),
      undo: () => getStore().pairings.restore(p.id),
    });

  const exportList = async () => {
    const result = await exportPairings(rows);
    if (result.ok) message.success(`已导出 ${rows.length} 条联建：${result.value.location}`);
    else if (!result.cancelled) message.error(result.error);
  };

  return (
    <Card>
      <div className="lj-screen-only">
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          联建档案
        </Typography.Title>
        <Form layout="inline" style={{ marginBottom: 12, rowGap: 8 }}>
          <Form.Item label="状态">
            <Select aria-label="状态" allowClear placeholder="全部" style={{ width: 110 }} value={filter.status} onChange={(status) => setFilter({ ...filter, status })} options={PAIRING_STATUSES.map((s) => ({ value: s, label: s }))} />
          </Form.Item>
          <Form.Item label="乡镇">
            <TownshipSelect aria-label="乡镇" placeholder="全部" style={{ width: 160 }} value={filter.townshipId} onChange={(t) => setFilter({ ...filter, townshipId: t as string | undefined })} />
          </Form.Item>
          <Form.Item label="联建内容">
            <Select aria-label="联建内容" allowClear placeholder="全部" style={{ width: 120 }} value={filter.area} onChange={(area) => setFilter({ ...filter, area })} options={areaChoices.map((a) => ({ value: a, label: a }))} />
          </Form.Item>
          <Form.Item label="申请年度">
            <Select aria-label="申请年度" allowClear placeholder="全部" style={{ width: 100 }} value={filter.year} onChange={(year) => setFilter({ ...filter, year })} options={years.map((y) => ({ value: y, label: `${y}年` }))} />
          </Form.Item>
          <Form.Item>
            <Input.Search allowClear placeholder="编号、企业或村名" style={{ width: 200 }} onChange={(e) => setFilter({ ...filter, keyword: e.target.value })} />
          </Form.Item>
        </Form>
        <Space style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setApplying(true)}>
            新建
          </Button>
          <ImportButton target="pairings" />
          <Button icon={<ExportOutlined />} disabled={rows.length === 0} onClick={() => void exportList()}>
            导出
          </Button>
          <Button icon={<PrinterOutlined />} disabled={rows.length === 0} onClick={() => void host.print({ title: '联建档案列表', landscape: true })}>
            打印
          </Button>
          <Typography.Text type="secondary">共 {rows.length} 对</Typography.Text>
        </Space>
        <Table<PairingRow>
          rowKey="id"
          size="middle"
          loading={pairings === undefined}
          dataSource={rows}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          scroll={{ x: 1440 }}
          locale={{ emptyText: pairings?.length ? '没有符合条件的联建' : '暂无联建，点击「新建」登记联建申请，或点击「导入」导入已有的联建名单' }}
          columns={[
            { title: '编号', dataIndex: 'code', width: 116, fixed: 'start', sorter: (a, b) => a.code.localeCompare(b.code) },
            { title: '企业', dataIndex: 'enterpriseName', sorter: (a, b) => a.enterpriseName.localeCompare(b.enterpriseName, 'zh-CN') },
            { title: '村', key: 'village', render: (_, r) => `${r.villageTownshipName} · ${r.villageName}`, sorter: (a, b) => a.villageName.localeCompare(b.villageName, 'zh-CN') },
            { title: '联建方式', dataIndex: 'formation', width: 96 },
            { title: '联建内容', key: 'areas', render: (_, r) => formatAreas(r.areas) },
            { title: '挂钩乡镇', dataIndex: 'responsibleName', width: 120 },
            {
              title: `月报（${workingYear}年）`,
              key: 'reports',
              width: 110,
              align: 'right',
              render: (_, r) => {
                const c = reportRates?.get(r.id);
                return c ? `${c.reported}/${c.due}（${formatRate(reportRate(c))}）` : '—';
              },
              sorter: (a, b) => (reportRate(reportRates?.get(a.id) ?? { due: 0, reported: 0 }) ?? -1) - (reportRate(reportRates?.get(b.id) ?? { due: 0, reported: 0 }) ?? -1),
            },
            {
              title: '督查整改',
              key: 'supervision',
              width: 110,
              render: (_, r) => {
                const c = supervision?.get(r.id);
                if (!c) return '—';
                return c.open ? <Typography.Text type="warning">{`督查${c.inspections}次 · 未改${c.open}`}</Typography.Text> : `督查${c.inspections}次`;
              },
            },
            {
              title: `考评（${workingYear}）`,
              key: 'score',
              width: 110,
              sorter: (a, b) => (scores?.get(a.id)?.total ?? -1) - (scores?.get(b.id)?.total ?? -1),
              render: (_, r) => {
                const s = scores?.get(r.id);
                return s ? `${s.total}分 · ${s.grade}` : '—';
              },
            },
            { title: '状态', dataIndex: 'status', width: 84, render: (_, r) => <PairingStatusTag status={r.status} />, sorter: (a, b) => a.status.localeCompare(b.status, 'zh-CN') },
            { title: '申请日期', dataIndex: 'appliedDate', width: 124, sorter: (a, b) => a.appliedDate.localeCompare(b.appliedDate), defaultSortOrder: 'descend' },
            {
              title: '操作',
              key: 'actions',
              width: 200,
              fixed: 'end',
              render: (_, r) => (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => navigate(`/pairings/${r.id}`)}>
                    查看
                  </Button>
                  {allowedActions(r).approve && (
                    <Button type="link" size="small" onClick={() => dialogs.approve(r)}>
                      批准
                    </Button>
                  )}
                  <Button type="link" size="small" disabled={!allowedActions(r).change} onClick={() => dialogs.change(r)}>
                    变更
                  </Button>
                  <Button type="link" size="small" danger onClick={() => remove(r)}>
                    删除
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </div>
      <PrintTable title="联建档案列表" columns={PRINT_COLUMNS} rows={rows} rowKey={(r) => r.id} />
      <ApplyPairingModal
        open={applying}
        onClose={() => setApplying(false)}
        onSaved={(p) => {
          setApplying(false);
          message.success(`已登记联建申请「${p.code}」`);
        }}
      />
      {dialogs.dialogs}
    </Card>
  );
}
