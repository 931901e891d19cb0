// 交流互访: the visits of the pairings' party cadres — each a 学习交流 ledger entry listing the
// persons sent — with the figures the seed states (「38个企业派出45名党务干部到联建村学习取经」),
// counted by training-exchange.ts as the statistics count them; filters, 登记 · 编辑 · 删除 · 导出.
import { useMemo, useState } from 'react';
import { App, Alert, Button, Card, Form, Input, Select, Space, Table, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { EXCHANGE_DIRECTIONS } from '@shared/model/ledger-catalog';
import type { LedgerEntry } from '@shared/model/types';
import { aggregateEntries } from '@shared/reports/statistics/aggregate-entries';
import { exchangeCounts } from '@shared/reports/statistics/training-exchange';
import { getStore } from '../../../db';
import { useConfirmDelete } from '../../../ui/use-confirm-delete';
import { TownshipSelect } from '../../../ui/records/pickers';
import { entrySides, useNames, useTypeEntries, yearsOf, type Names } from '../common/records';
import { saveTable } from '../common/save-table';
import { DIRECTION_LABELS, ExchangeForm } from './ExchangeForm';

const text = (v: unknown) => (typeof v === 'string' ? v : '');

const SHORT: Record<string, string> = { '企→村': '企业到村', '村→企': '村到企业', 互访: '村企互访' };

/** Who sent and who was visited, by the visit's direction. */
function parties(e: LedgerEntry, names: Names): { from: string; to: string } {
  const { enterpriseId, villageId } = entrySides(e, names);
  const [en, vi] = [names.enterprise(enterpriseId), names.village(villageId)];
  if (e.figures.direction === '村→企') return { from: vi, to: en };
  if (e.figures.direction === '互访') return { from: `${en}、${vi}`, to: '互访' };
  return { from: en, to: vi };
}

export function ExchangePage() {
  const { message } = App.useApp();
  const confirmDelete = useConfirmDelete();
  const entries = useTypeEntries('exchange');
  const names = useNames();
  const [year, setYear] = useState<number>();
  const [townshipId, setTownshipId] = useState<string>();
  const [direction, setDirection] = useState<string>();
  const [word, setWord] = useState('');
  const [form, setForm] = useState<{ open: boolean; editing?: LedgerEntry }>({ open: false });

  const years = useMemo(() => yearsOf((entries ?? []).map((e) => e.date)), [entries]);
  const rows = useMemo(() => {
    const w = word.trim();
    return (entries ?? []).filter((e) => {
      if (year && e.year !== year) return false;
      if (townshipId && e.townshipId !== townshipId) return false;
      if (direction && e.figures.direction !== direction) return false;
      const p = parties(e, names);
      return !w || `${p.from}${p.to}${e.personIds.map(names.person).join('')}${e.description ?? ''}${text(e.figures.place)}`.includes(w);
    });
  }, [entries, names, year, townshipId, direction, word]);
  const counts = useMemo(() => exchangeCounts(aggregateEntries(rows), (id) => names.pairings.get(id)), [rows, names]);
  const scope = [year ? `${year}年` : '', townshipId ? names.township(townshipId) : ''].filter(Boolean).join('，');
  const persons = (e: LedgerEntry) => e.personIds.map(names.person).join('、');
  const cadres = (e: LedgerEntry) => (typeof e.figures.cadres === 'number' ? e.figures.cadres : 0);

  const remove = (e: LedgerEntry) =>
    confirmDelete({ what: `${e.date}的交流互访`, remove: () => getStore().ledgerEntries.remove(e.id), undo: () => getStore().ledgerEntries.restore(e.id) });

  const exportList = () =>
    void saveTable(message, {
      title: '村企党组织交流互访登记表',
      subtitle: scope ? `范围：${scope}` : undefined,
      columns: [
        { header: '日期', kind: 'date' },
        { header: '交流方向', kind: 'text', width: 18 },
        { header: '派出单位', kind: 'text', width: 30 },
        { header: '学习对象', kind: 'text', width: 14 },
        { header: '派出人员', kind: 'text', width: 20 },
        { header: '人数', unit: '人', kind: 'integer', width: 7 },
        { header: '交流地点', kind: 'text', width: 16 },
        { header: '学习内容', kind: 'text', width: 40 },
      ],
      rows: rows.map((e) => {
        const p = parties(e, names);
        return [e.date, DIRECTION_LABELS[e.figures.direction as keyof typeof DIRECTION_LABELS] ?? text(e.figures.direction), p.from, p.to, persons(e), cadres(e), text(e.figures.place), e.description ?? ''];
      }),
      totals: ['合计', `${rows.length}次`, null, null, null, rows.reduce((s, e) => s + cadres(e), 0), null, null],
    });

  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          交流互访
        </Typography.Title>
        <Space>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ open: true })}>
            登记交流
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
        <Form.Item label="方向">
          <Select aria-label="方向筛选" allowClear style={{ width: 190 }} value={direction} onChange={setDirection} options={EXCHANGE_DIRECTIONS.map((d) => ({ value: d, label: DIRECTION_LABELS[d] }))} />
        </Form.Item>
        <Form.Item label="关键字">
          <Input.Search aria-label="关键字" allowClear placeholder="单位、人员或学习内容" style={{ width: 220 }} onSearch={setWord} />
        </Form.Item>
      </Form>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        data-testid="exchange-counts"
        title={`${scope ? `${scope}：` : ''}共有${counts.enterprises}个企业派出${counts.cadres}名党务干部到联建村学习取经${counts.villages ? `；${counts.villages}个村派出${counts.villageCadres}名党员干部到联建企业学习` : ''}`}
      />
      <Table<LedgerEntry>
        rowKey="id"
        size="middle"
        loading={entries === undefined}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 1150 }}
        locale={{ emptyText: '暂无交流互访记录。点击「登记交流」录入企业党务干部到联建村学习取经等情况' }}
        columns={[
          { title: '日期', dataIndex: 'date', width: 110, fixed: 'left', sorter: (a, b) => a.date.localeCompare(b.date) },
          { title: '方向', key: 'direction', width: 90, render: (_, e) => SHORT[text(e.figures.direction)] ?? '—' },
          { title: '派出单位', key: 'from', width: 220, render: (_, e) => parties(e, names).from },
          { title: '学习对象', key: 'to', width: 110, render: (_, e) => parties(e, names).to },
          { title: '派出人员', key: 'persons', width: 160, render: (_, e) => persons(e) || '—' },
          { title: '人数', key: 'cadres', width: 60, align: 'right', render: (_, e) => cadres(e) },
          { title: '学习内容', dataIndex: 'description', width: 260, ellipsis: { showTitle: true } },
          {
            title: '操作',
            key: 'actions',
            width: 110,
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
      />
      <ExchangeForm
        open={form.open}
        editing={form.editing}
        onClose={() => setForm({ open: false })}
        onSaved={(e) => {
          setForm({ open: false });
          message.success(`已保存${e.date}的交流互访`);
        }}
      />
    </Card>
  );
}
