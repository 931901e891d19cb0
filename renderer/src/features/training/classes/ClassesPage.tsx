// 骨干培训班 list: every class with its dates, place and head-count, filtered by year or a
// word of its name; 新建 · 导入 (the office's own class list) · 导出, and a totals row.
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { App, Button, Card, Form, Input, Select, Space, Table, Typography } from 'antd';
import { DownloadOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { classLabel, sessionNumber } from '@shared/model/schemas/training';
import type { TrainingClass } from '@shared/model/types';
import { getStore } from '../../../db';
import { useConfirmDelete } from '../../../ui/use-confirm-delete';
import { ClassForm } from './ClassForm';
import { dateSpan, headCount, useClasses, useRosterCounts } from './data';
import { exportClassList } from './exports';

type Filter = { year?: number; text?: string };

/** Newest first; within a day, by 期次. */
const byDate = (a: TrainingClass, b: TrainingClass) => b.startDate.localeCompare(a.startDate) || (sessionNumber(b.session) ?? 0) - (sessionNumber(a.session) ?? 0);

export function ClassesPage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const confirmDelete = useConfirmDelete();
  const classes = useClasses();
  const counts = useRosterCounts();
  const [filter, setFilter] = useState<Filter>({});
  const [form, setForm] = useState<{ open: boolean; editing?: TrainingClass }>({ open: false });

  const years = useMemo(() => [...new Set((classes ?? []).map((c) => Number(c.startDate.slice(0, 4))))].sort((a, b) => b - a), [classes]);
  const rows = useMemo(() => {
    const text = filter.text?.trim();
    return (classes ?? [])
      .filter((c) => (!filter.year || c.startDate.startsWith(String(filter.year))) && (!text || `${c.session ?? ''}${c.name}${c.place ?? ''}`.includes(text)))
      .sort(byDate);
  }, [classes, filter]);
  const count = (c: TrainingClass) => headCount(c, counts?.get(c.id) ?? 0);
  const total = rows.reduce((s, c) => s + count(c), 0);
  const subtitle = [filter.year ? `${filter.year}年` : '', filter.text ? `含「${filter.text}」` : ''].filter(Boolean).join('，');

  const remove = (c: TrainingClass) =>
    confirmDelete({
      what: `培训班「${classLabel(c)}」`,
      remove: () => getStore().trainings.removeClass(c.id),
      undo: () => getStore().trainings.restoreClass(c.id),
    });

  const exportList = async () => {
    const r = await exportClassList(rows, count, subtitle);
    if (r.ok) message.success(`已导出：${r.value.location}`);
    else if (!r.cancelled) message.error(r.error);
  };

  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          骨干培训班
        </Typography.Title>
        <Space>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ open: true })}>
            新建
          </Button>
          <Button icon={<ImportOutlined />} onClick={() => navigate('/training/classes/import')}>
            导入
          </Button>
          <Button icon={<DownloadOutlined />} disabled={rows.length === 0} onClick={() => void exportList()}>
            导出
          </Button>
        </Space>
      </Space>
      <Form layout="inline" style={{ marginBottom: 12 }}>
        <Form.Item label="年度">
          <Select aria-label="年度筛选" allowClear style={{ width: 110 }} value={filter.year} onChange={(year) => setFilter({ ...filter, year })} options={years.map((y) => ({ value: y, label: `${y}年` }))} />
        </Form.Item>
        <Form.Item label="关键字">
          <Input.Search aria-label="关键字" allowClear placeholder="期次、名称或地点" style={{ width: 220 }} onSearch={(text) => setFilter({ ...filter, text })} />
        </Form.Item>
      </Form>
      <Table<TrainingClass>
        rowKey="id"
        size="middle"
        loading={classes === undefined}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: '暂无培训班。点击「新建」录入一期培训班，或点击「导入」从 Excel 导入培训班名单' }}
        onRow={(c) => ({ onDoubleClick: () => navigate(`/training/classes/${c.id}`) })}
        columns={[
          { title: '期次', dataIndex: 'session', width: 80, sorter: (a, b) => (sessionNumber(a.session) ?? 0) - (sessionNumber(b.session) ?? 0) },
          {
            title: '培训班名称',
            dataIndex: 'name',
            render: (_, c) => (
              <Typography.Link onClick={() => navigate(`/training/classes/${c.id}`)}>{c.name}</Typography.Link>
            ),
          },
          { title: '培训时间', key: 'dates', width: 200, render: (_, c) => dateSpan(c), sorter: (a, b) => a.startDate.localeCompare(b.startDate) },
          { title: '培训地点', dataIndex: 'place', width: 130, ellipsis: true },
          { title: '学时', dataIndex: 'hours', width: 60, align: 'right' },
          { title: '学员（人）', key: 'count', width: 100, align: 'right', render: (_, c) => count(c), sorter: (a, b) => count(a) - count(b) },
          {
            title: '操作',
            key: 'actions',
            width: 150,
            render: (_, c) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => navigate(`/training/classes/${c.id}`)}>
                  查看
                </Button>
                <Button type="link" size="small" onClick={() => setForm({ open: true, editing: c })}>
                  编辑
                </Button>
                <Button type="link" size="small" danger onClick={() => remove(c)}>
                  删除
                </Button>
              </Space>
            ),
          },
        ]}
        summary={() =>
          rows.length > 0 && (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={2}>
                <Typography.Text strong>合计：{rows.length} 期</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} colSpan={3} />
              <Table.Summary.Cell index={5} align="right">
                <Typography.Text strong data-testid="classes-total-trainees">
                  {total}
                </Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={6} />
            </Table.Summary.Row>
          )
        }
      />
      <ClassForm
        open={form.open}
        editing={form.editing}
        onClose={() => setForm({ open: false })}
        onSaved={(c) => {
          const created = !form.editing;
          setForm({ open: false });
          message.success(`已保存「${classLabel(c)}」`);
          if (created) navigate(`/training/classes/${c.id}`);
        }}
      />
    </Card>
  );
}
