// 评先表彰 list: every commendation round with its status, counts and document number.
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { App, Button, Card, Form, Select, Space, Table, Typography } from 'antd';
import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { COMMENDATION_LEVELS, COMMENDATION_STATUSES } from '@shared/model/enums';
import { roundLabel, type CommendationRoundRecord } from '@shared/model/schemas/commendation';
import { getStore } from '../../db';
import { useConfirmDelete } from '../../ui/use-confirm-delete';
import { RoundForm } from './RoundForm';
import { CommendationStatusTag } from './status-tag';

type Filter = { year?: number; level?: string; status?: string };

export function RoundsPage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const confirmDelete = useConfirmDelete();
  const rounds = useLiveQuery(() => getStore().commendations.listRounds(), []);
  const counts = useLiveQuery(async () => {
    const map = new Map<string, number>();
    await getStore()
      .db.nominees.where('deleted')
      .equals(0)
      .each((n) => map.set(n.roundId, (map.get(n.roundId) ?? 0) + 1));
    return map;
  }, []);
  const [filter, setFilter] = useState<Filter>({});
  const [form, setForm] = useState<{ open: boolean; editing?: CommendationRoundRecord }>({ open: false });

  const rows = useMemo(
    () =>
      (rounds ?? [])
        .filter((r) => (!filter.year || r.year === filter.year) && (!filter.level || r.level === filter.level) && (!filter.status || r.status === filter.status))
        .sort((a, b) => b.year - a.year || a.createdAt.localeCompare(b.createdAt)),
    [rounds, filter],
  );
  const years = useMemo(() => [...new Set((rounds ?? []).map((r) => r.year))].sort((a, b) => b - a), [rounds]);

  const remove = (r: CommendationRoundRecord) =>
    confirmDelete({
      what: `表彰「${roundLabel(r)}」`,
      remove: () => getStore().commendations.removeRound(r.id),
      undo: () => getStore().commendations.restoreRound(r.id),
    });

  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          评先表彰
        </Typography.Title>
        <Space>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ open: true })}>
            新建
          </Button>
          <Button icon={<ImportOutlined />} onClick={() => navigate('/commendation/import')}>
            导入表彰名单
          </Button>
        </Space>
      </Space>
      <Form layout="inline" style={{ marginBottom: 12 }}>
        <Form.Item label="年度">
          <Select aria-label="年度筛选" allowClear style={{ width: 110 }} value={filter.year} onChange={(year) => setFilter({ ...filter, year })} options={years.map((y) => ({ value: y, label: `${y}年` }))} />
        </Form.Item>
        <Form.Item label="级别">
          <Select aria-label="级别筛选" allowClear style={{ width: 100 }} value={filter.level} onChange={(level) => setFilter({ ...filter, level })} options={COMMENDATION_LEVELS.map((l) => ({ value: l, label: l }))} />
        </Form.Item>
        <Form.Item label="状态">
          <Select aria-label="状态筛选" allowClear style={{ width: 100 }} value={filter.status} onChange={(status) => setFilter({ ...filter, status })} options={COMMENDATION_STATUSES.map((s) => ({ value: s, label: s }))} />
        </Form.Item>
      </Form>
      <Table<CommendationRoundRecord>
        rowKey="id"
        size="middle"
        loading={rounds === undefined}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: '暂无表彰，点击「新建」开始一次评先表彰（如：2008年度县委表彰）' }}
        onRow={(r) => ({ onDoubleClick: () => navigate(`/commendation/${r.id}`) })}
        columns={[
          { title: '年度', dataIndex: 'year', width: 80, sorter: (a, b) => a.year - b.year },
          { title: '级别', dataIndex: 'level', width: 80 },
          { title: '名称', key: 'name', render: (_, r) => roundLabel(r), sorter: (a, b) => roundLabel(a).localeCompare(roundLabel(b), 'zh-CN') },
          { title: '荣誉称号', key: 'titles', render: (_, r) => r.titles.join('、') },
          { title: '对象数', key: 'count', width: 90, align: 'right', render: (_, r) => counts?.get(r.id) ?? 0 },
          { title: '状态', dataIndex: 'status', width: 80, render: (_, r) => <CommendationStatusTag status={r.status} /> },
          { title: '文号', dataIndex: 'docNumber', width: 160 },
          { title: '决定日期', dataIndex: 'decisionDate', width: 110, sorter: (a, b) => (a.decisionDate ?? '').localeCompare(b.decisionDate ?? '') },
          {
            title: '操作',
            key: 'actions',
            width: 170,
            render: (_, r) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => navigate(`/commendation/${r.id}`)}>
                  查看
                </Button>
                <Button type="link" size="small" onClick={() => setForm({ open: true, editing: r })}>
                  编辑
                </Button>
                <Button type="link" size="small" danger onClick={() => remove(r)}>
                  删除
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <RoundForm
        open={form.open}
        editing={form.editing}
        onClose={() => setForm({ open: false })}
        onSaved={(r) => {
          const created = !form.editing;
          setForm({ open: false });
          message.success(`已保存「${roundLabel(r)}」`);
          if (created) navigate(`/commendation/${r.id}`);
        }}
      />
    </Card>
  );
}
