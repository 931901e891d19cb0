import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { App, Button, Card, Input, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Township } from '@shared/model/types';
import { getStore } from '../../../db';
import { useConfirmDelete } from '../../../ui/use-confirm-delete';
import { TownshipForm } from './TownshipForm';

export function TownshipsPage() {
  const { message } = App.useApp();
  const confirmDelete = useConfirmDelete();
  const townships = useLiveQuery(() => getStore().townships.list(), []);
  const [keyword, setKeyword] = useState('');
  const [form, setForm] = useState<{ open: boolean; editing?: Township }>({ open: false });

  const rows = useMemo(
    () =>
      (townships ?? [])
        .filter((t) => !keyword || t.name.includes(keyword.trim()))
        .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'zh-CN')),
    [townships, keyword],
  );
  const nextOrder = Math.max(0, ...(townships ?? []).map((t) => t.order)) + 1;

  const remove = (t: Township) =>
    confirmDelete({
      what: `乡镇「${t.name}」`,
      remove: () => getStore().townships.remove(t.id),
      undo: () => getStore().townships.restore(t.id),
    });

  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          乡镇（开发区）
        </Typography.Title>
        <Space>
          <Input.Search allowClear placeholder="按名称查找" onChange={(e) => setKeyword(e.target.value)} style={{ width: 220 }} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ open: true })}>
            新建
          </Button>
        </Space>
      </Space>
      <Table<Township>
        rowKey="id"
        size="middle"
        loading={townships === undefined}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: '暂无乡镇，点击「新建」添加' }}
        columns={[
          { title: '排序', dataIndex: 'order', width: 80, sorter: (a, b) => a.order - b.order },
          { title: '名称', dataIndex: 'name', sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN') },
          { title: '类型', dataIndex: 'kind', width: 100, filters: ['乡', '镇', '街道', '开发区'].map((k) => ({ text: k, value: k })), onFilter: (v, r) => r.kind === v },
          { title: '挂钩领导', dataIndex: 'leaderName' },
          { title: '领导职务', dataIndex: 'leaderPost' },
          {
            title: '操作',
            key: 'actions',
            width: 140,
            render: (_, t) => (
              <Space>
                <Button type="link" size="small" onClick={() => setForm({ open: true, editing: t })}>
                  编辑
                </Button>
                <Button type="link" size="small" danger onClick={() => remove(t)}>
                  删除
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <TownshipForm
        open={form.open}
        editing={form.editing}
        nextOrder={nextOrder}
        onClose={() => setForm({ open: false })}
        onSaved={(t) => {
          setForm({ open: false });
          message.success(`已保存乡镇「${t.name}」`);
        }}
      />
    </Card>
  );
}
