// 成效台账: the ledger of every pairing, filtered by township, pairing, type and period, with
// the totals per type on top (summed by the catalog's rules over the rows shown).
import { useCallback, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { App, Button, Card, DatePicker, Divider, Dropdown, Form, Select, Space, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { ExportOutlined, ImportOutlined, PlusOutlined, PrinterOutlined, TableOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { LEDGER_ENTRY_TYPES, LEDGER_TYPES } from '@shared/model/ledger-catalog';
import { describeFigures, totalsByType } from '@shared/model/ledger-totals';
import { formatDateTable, formatMonth } from '@shared/model/parse-date';
import type { LedgerEntry } from '@shared/model/types';
import { getStore } from '../../db';
import { host } from '../../host';
import { useSetting } from '../../app/use-setting';
import { TownshipSelect } from '../../ui/records/pickers';
import { useLiveRecords, useLookup } from '../../ui/records/data';
import { PrintTable } from '../../ui/PrintTable';
import { LedgerTable, LedgerTotals, typeName } from './LedgerTable';
import { usePairingOptions } from './pairing-options';
import { useLedgerActions } from './use-ledger-actions';
import { exportLedger } from './ledger-export';

type Filter = { townshipId?: string; pairingId?: string; type?: string; period?: [Dayjs, Dayjs] };

export function LedgerPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [year] = useSetting('workingYear');
  const [filter, setFilter] = useState<Filter>({});
  const period = filter.period ?? [dayjs(`${year}-01-01`), dayjs(`${year}-12-01`)];
  const from = period[0].startOf('month').format('YYYY-MM-DD');
  const to = period[1].endOf('month').format('YYYY-MM-DD');
  const periodText = `${formatMonth(period[0].format('YYYY-MM'))}至${formatMonth(period[1].format('YYYY-MM'))}`;
  const actions = useLedgerActions();
  const { options, byId } = usePairingOptions();
  const townships = useLookup(useLiveRecords('townships'));
  const enterprises = useLookup(useLiveRecords('enterprises'));
  const villages = useLookup(useLiveRecords('villages'));
  const inPeriod = useLiveQuery(async () => (await getStore().db.ledger.where('date').between(from, to, true, true).toArray()).filter((e) => !e.deleted), [from, to]);

  const entries = useMemo(
    () =>
      (inPeriod ?? [])
        .filter((e) => (!filter.townshipId || e.townshipId === filter.townshipId) && (!filter.pairingId || e.pairingId === filter.pairingId) && (!filter.type || e.type === filter.type))
        .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)),
    [inPeriod, filter],
  );
  const townshipName = useCallback((id: string) => townships.get(id)?.name ?? '', [townships]);

  const exportRows = async () => {
    const result = await exportLedger(entries, { pairings: byId, enterprises, villages, townshipName, personName: actions.personName }, periodText);
    if (result.ok) message.success(`已导出 ${entries.length} 条台账记录：${result.value.location}`);
    else if (!result.cancelled) message.error(result.error);
  };

  return (
    <Card>
      <div className="lj-screen-only">
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          成效台账
        </Typography.Title>
        <Form layout="inline" style={{ marginBottom: 12, rowGap: 8 }}>
          <Form.Item label="乡镇">
            <TownshipSelect aria-label="乡镇" placeholder="全部" style={{ width: 150 }} value={filter.townshipId} onChange={(t) => setFilter({ ...filter, townshipId: t as string | undefined })} />
          </Form.Item>
          <Form.Item label="联建">
            <Select aria-label="联建" allowClear showSearch={{ optionFilterProp: 'label' }} placeholder="全部" style={{ width: 300 }} value={filter.pairingId} onChange={(pairingId) => setFilter({ ...filter, pairingId })} options={options} />
          </Form.Item>
          <Form.Item label="类型">
            <Select aria-label="类型" allowClear placeholder="全部" style={{ width: 120 }} value={filter.type} onChange={(type) => setFilter({ ...filter, type })} options={LEDGER_ENTRY_TYPES.map((t) => ({ value: t.key, label: t.name }))} />
          </Form.Item>
          <Form.Item label="期间">
            <DatePicker.RangePicker
              aria-label="期间"
              picker="month"
              allowClear={false}
              value={period}
              onChange={(v) => setFilter({ ...filter, period: v && v[0] && v[1] ? [v[0], v[1]] : undefined })}
            />
          </Form.Item>
        </Form>
        <Space style={{ marginBottom: 12 }} wrap>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => actions.add({ pairingId: filter.pairingId, type: filter.type })}>
            新建
          </Button>
          <Button icon={<TableOutlined />} onClick={() => actions.grid({ pairingId: filter.pairingId, type: filter.type })}>
            快速录入
          </Button>
          {/* Opens on a click, as a desktop menu button does (a hover-only menu is missed by a slow hand and by keyboard users). */}
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                ...LEDGER_ENTRY_TYPES.map((t) => ({ key: t.key, label: `导入${t.name}台账`, onClick: () => navigate(`/import/ledger-${t.key}`) })),
                { type: 'divider' as const },
                { key: 'cross-appointments', label: '导入交叉任职名单', onClick: () => navigate('/import/cross-appointments') },
                { key: 'bases', label: '导入产业基地', onClick: () => navigate('/import/industry-bases') },
              ],
            }}
          >
            <Button icon={<ImportOutlined />}>导入</Button>
          </Dropdown>
          <Button icon={<ExportOutlined />} disabled={entries.length === 0} onClick={() => void exportRows()}>
            导出
          </Button>
          <Button icon={<PrinterOutlined />} disabled={entries.length === 0} onClick={() => void host.print({ title: '成效台账', landscape: true })}>
            打印
          </Button>
          <Typography.Text type="secondary">
            {periodText}，共 {entries.length} 条
          </Typography.Text>
        </Space>
        <LedgerTotals entries={entries} catalog={LEDGER_TYPES} />
        {entries.length > 0 && <Divider style={{ margin: '16px 0' }} />}
        <LedgerTable
          entries={entries}
          catalog={LEDGER_TYPES}
          personName={actions.personName}
          ownerLabel={actions.ownerLabel}
          loading={inPeriod === undefined}
          emptyText={options?.length ? '本期间暂无台账记录，点击「新建」或「快速录入」登记' : '暂无已批准的联建：请先在「联建档案」中登记并批准联建，再登记台账'}
          onView={actions.view}
          onEdit={actions.edit}
          onDelete={actions.remove}
        />
      </div>
      <PrintTable<LedgerEntry>
        title={`成效台账（${periodText}）`}
        rows={entries}
        rowKey={(e) => e.id}
        columns={[
          { title: '日期', value: (e) => formatDateTable(e.date, e.precision) },
          { title: '类型', value: (e) => typeName(LEDGER_TYPES, e.type) },
          { title: '归属', value: (e) => actions.ownerLabel(e) },
          { title: '情况', value: (e) => describeFigures(LEDGER_TYPES.find((t) => t.key === e.type)!, e.figures, actions.personName) },
          { title: '情况说明', value: (e) => e.description ?? '' },
        ]}
      />
      <div className="lj-print-only" style={{ marginTop: 12 }}>
        {totalsByType(LEDGER_TYPES, entries).map((t) => (
          <p key={t.type.key} style={{ margin: '2px 0' }}>
            {t.type.name}合计（{t.count}条）：{t.items.map((i) => i.text).join('；')}
          </p>
        ))}
      </div>
      {actions.dialogs}
    </Card>
  );
}
