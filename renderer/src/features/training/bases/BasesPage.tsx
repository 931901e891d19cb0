// 技能培训基地: the bases set up in villages for enterprises, with what each has trained so far
// (its 订单式 sessions are the 技能培训 entries that name it). 新建 · 编辑 · 删除 · 导出, filters
// by township and a word of the name.
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { App, Button, Card, Form, Input, Space, Table, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import type { TrainingBase } from '@shared/model/training-base';
import { getStore } from '../../../db';
import { useConfirmDelete } from '../../../ui/use-confirm-delete';
import { TownshipSelect } from '../../../ui/records/pickers';
import { useBases, useNames, useTypeEntries } from '../common/records';
import { saveTable } from '../common/save-table';
import { BaseForm } from './BaseForm';
import { baseStats, statsOf } from './base-stats';

export function BasesPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const confirmDelete = useConfirmDelete();
  const bases = useBases();
  const entries = useTypeEntries('training');
  const names = useNames();
  const [townshipId, setTownshipId] = useState<string>();
  const [text, setText] = useState('');
  const [form, setForm] = useState<{ open: boolean; editing?: TrainingBase }>({ open: false });

  const stats = useMemo(() => baseStats(entries ?? [], names), [entries, names]);
  const rows = useMemo(() => {
    const word = text.trim();
    const townshipOrder = (b: TrainingBase) => names.townships.get(names.villages.get(b.villageId)?.townshipId ?? '')?.order ?? 1e9;
    return (bases ?? [])
      .filter((b) => !townshipId || names.villages.get(b.villageId)?.townshipId === townshipId)
      .filter((b) => !word || `${b.name}${names.village(b.villageId)}${b.enterpriseIds.map(names.enterprise).join('')}${b.trains ?? ''}`.includes(word))
      .sort((a, b) => townshipOrder(a) - townshipOrder(b) || a.name.localeCompare(b.name, 'zh-CN'));
  }, [bases, townshipId, text, names]);
  const townshipName = (b: TrainingBase) => names.township(names.villages.get(b.villageId)?.townshipId);
  const total = rows.reduce((s, b) => ({ sessions: s.sessions + statsOf(stats, b).sessions, trainees: s.trainees + statsOf(stats, b).trainees, employed: s.employed + statsOf(stats, b).employedAfter }), { sessions: 0, trainees: 0, employed: 0 });

  const remove = (b: TrainingBase) =>
    confirmDelete({ what: `培训基地「${b.name}」`, remove: () => getStore().trainingBases.remove(b.id), undo: () => getStore().trainingBases.restore(b.id) });

  const exportList = () =>
    void saveTable(message, {
      title: '技能培训基地一览表',
      subtitle: townshipId ? `范围：${names.township(townshipId)}` : undefined,
      columns: [
        { header: '基地名称', kind: 'text', width: 28 },
        { header: '所在乡镇', kind: 'text', width: 12 },
        { header: '所在村', kind: 'text', width: 10 },
        { header: '服务企业', kind: 'text', width: 36 },
        { header: '建立日期', kind: 'date' },
        { header: '培训工种', kind: 'text', width: 18 },
        { header: '培训期数', unit: '期', kind: 'integer', width: 10 },
        { header: '培训人次', unit: '人次', kind: 'integer', width: 10 },
        { header: '上岗录用', unit: '人', kind: 'integer', width: 10 },
      ],
      rows: rows.map((b) => {
        const s = statsOf(stats, b);
        return [b.name, townshipName(b), names.village(b.villageId), b.enterpriseIds.map(names.enterprise).join('、'), b.establishedDate, b.trains, s.sessions, s.trainees, s.employedAfter];
      }),
      totals: ['合计', `${rows.length}个基地`, null, null, null, null, total.sessions, total.trainees, total.employed],
    });

  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          技能培训基地
        </Typography.Title>
        <Space>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ open: true })}>
            新建
          </Button>
          <Button onClick={() => navigate('/training/sessions')}>订单式培训</Button>
          <Button icon={<DownloadOutlined />} disabled={rows.length === 0} onClick={exportList}>
            导出
          </Button>
        </Space>
      </Space>
      <Form layout="inline" style={{ marginBottom: 12 }}>
        <Form.Item label="乡镇">
          <TownshipSelect aria-label="乡镇筛选" style={{ width: 180 }} value={townshipId} onChange={(v) => setTownshipId(v as string | undefined)} />
        </Form.Item>
        <Form.Item label="关键字">
          <Input.Search aria-label="关键字" allowClear placeholder="基地、村、企业或工种" style={{ width: 240 }} onSearch={setText} />
        </Form.Item>
      </Form>
      <Table<TrainingBase>
        rowKey="id"
        size="middle"
        loading={bases === undefined}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: '暂无培训基地。点击「新建」登记在联建村建立的劳动力培训基地' }}
        columns={[
          { title: '基地名称', dataIndex: 'name', fixed: 'left', width: 190 },
          { title: '所在乡镇', key: 'township', width: 90, render: (_, b) => townshipName(b) },
          { title: '所在村', key: 'village', width: 80, render: (_, b) => names.village(b.villageId) },
          { title: '服务企业', key: 'enterprises', render: (_, b) => b.enterpriseIds.map(names.enterprise).join('、') },
          { title: '建立日期', dataIndex: 'establishedDate', width: 100 },
          { title: '培训工种', dataIndex: 'trains', width: 120, ellipsis: true },
          { title: '期数', key: 'sessions', width: 60, align: 'right', render: (_, b) => statsOf(stats, b).sessions },
          { title: '培训人次', key: 'trainees', width: 80, align: 'right', render: (_, b) => statsOf(stats, b).trainees },
          { title: '上岗录用', key: 'employed', width: 80, align: 'right', render: (_, b) => statsOf(stats, b).employedAfter },
          {
            title: '操作',
            key: 'actions',
            width: 110,
            fixed: 'right',
            render: (_, b) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setForm({ open: true, editing: b })}>
                  编辑
                </Button>
                <Button type="link" size="small" danger onClick={() => remove(b)}>
                  删除
                </Button>
              </Space>
            ),
          },
        ]}
        scroll={{ x: 1100 }}
        summary={() =>
          rows.length > 0 && (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={6}>
                <Typography.Text strong>合计：{rows.length} 个基地</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={6} align="right">
                {total.sessions}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={7} align="right">
                {total.trainees}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={8} align="right">
                {total.employed}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={9} />
            </Table.Summary.Row>
          )
        }
      />
      <BaseForm
        open={form.open}
        editing={form.editing}
        onClose={() => setForm({ open: false })}
        onSaved={(b) => {
          setForm({ open: false });
          message.success(`已保存「${b.name}」`);
        }}
      />
    </Card>
  );
}
