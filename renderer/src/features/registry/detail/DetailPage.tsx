// The frame of a registry detail page: a header (name, tags, 编辑 · 删除), then the tabs —
// 基本信息, the tabs other features registered for this kind (detail-tabs.ts), 变更记录.
import { Suspense, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { Button, Card, Empty, Skeleton, Space, Tabs, Typography } from 'antd';
import { ArrowLeftOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { detailTabsFor, type DetailTabProps, type RegistryKind } from '../../../ui/records/detail-tabs';
import { ChangeLog } from './ChangeLog';
import type { NameOf } from './changes';

type Props = {
  kind: RegistryKind;
  table: string;
  id: string;
  /** The live record: undefined while loading, null when there is none. */
  record: DetailTabProps['record'] | null | undefined;
  title: string;
  tags?: ReactNode;
  listPath: string;
  listLabel: string;
  basic: ReactNode;
  nameOf: NameOf;
  onEdit: () => void;
  onDelete: () => void;
  children?: ReactNode;
};

export function DetailPage({ kind, table, id, record, title, tags, listPath, listLabel, basic, nameOf, onEdit, onDelete, children }: Props) {
  const navigate = useNavigate();
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(listPath)}>
      返回{listLabel}
    </Button>
  );
  if (record === undefined) return <Card loading />;
  if (record === null || record.deleted) {
    return (
      <Card>
        <Empty description={record ? `「${title}」已删除` : '找不到这条记录'}>{back}</Empty>
        {record && (
          <div style={{ marginTop: 24 }}>
            <Typography.Title level={5}>变更记录</Typography.Title>
            <ChangeLog table={table} id={id} nameOf={nameOf} />
          </div>
        )}
      </Card>
    );
  }
  const extra = detailTabsFor(kind).map((t) => {
    const Component = t.component;
    return { key: t.key, order: t.order, label: t.label, children: (
        <Suspense fallback={<Skeleton active />}>
          <Component {...({ kind, record } as DetailTabProps)} />
        </Suspense>
      ),
    };
  });
  const items = [
    { key: 'basic', order: 0, label: '基本信息', children: basic },
    ...extra,
    { key: 'changes', order: 90, label: '变更记录', children: <ChangeLog table={table} id={id} nameOf={nameOf} /> },
  ].sort((a, b) => a.order - b.order);

  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
        <Space size="middle" wrap>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="detail-title">
            {title}
          </Typography.Title>
          {tags}
        </Space>
        <Space>
          {back}
          <Button type="primary" icon={<EditOutlined />} onClick={onEdit}>
            编辑
          </Button>
          <Button danger icon={<DeleteOutlined />} onClick={onDelete}>
            删除
          </Button>
        </Space>
      </Space>
      <Tabs items={items.map(({ order: _o, ...item }) => item)} />
      {children}
    </Card>
  );
}
