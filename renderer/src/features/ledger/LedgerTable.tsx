// Ledger entries as a table (the ledger page and a pairing's archive both use it), and the
// totals per type above it, summed by the catalog's rules.
import { Button, Card, Col, Row, Space, Table, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import type { LedgerType } from '@shared/model/ledger-catalog';
import { describeFigures, totalsByType } from '@shared/model/ledger-totals';
import { personFieldIds } from '@shared/model/ledger-entry-rules';
import { formatDateTable } from '@shared/model/parse-date';
import type { LedgerEntry } from '@shared/model/types';

type Props = {
  entries: readonly LedgerEntry[];
  catalog: readonly LedgerType[];
  personName: (id: string) => string;
  /** Shown as a column when the table mixes pairings. */
  ownerLabel?: (e: LedgerEntry) => string;
  loading?: boolean;
  emptyText: string;
  onView: (e: LedgerEntry) => void;
  onEdit: (e: LedgerEntry) => void;
  onDelete: (e: LedgerEntry) => void;
};

export function typeName(catalog: readonly LedgerType[], key: string): string {
  return catalog.find((t) => t.key === key)?.name ?? key;
}

export function LedgerTable({ entries, catalog, personName, ownerLabel, loading, emptyText, onView, onEdit, onDelete }: Props) {
  return (
    <Table<LedgerEntry>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={entries as LedgerEntry[]}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      locale={{ emptyText }}
      columns={[
        { title: '日期', dataIndex: 'date', width: 100, render: (_, e) => formatDateTable(e.date, e.precision), sorter: (a, b) => a.date.localeCompare(b.date) },
        {
          title: '类型',
          dataIndex: 'type',
          width: 96,
          render: (_, e) => typeName(catalog, e.type),
          filters: catalog.map((t) => ({ text: t.name, value: t.key })),
          onFilter: (v, e) => e.type === v,
        },
        ...(ownerLabel ? [{ title: '归属', key: 'owner', width: 260, render: (_: unknown, e: LedgerEntry) => ownerLabel(e) }] : []),
        {
          title: '情况',
          key: 'figures',
          render: (_, e) => {
            const t = catalog.find((c) => c.key === e.type);
            if (!t) return '';
            // Persons the entry lists beyond its person fields (a visit's cadres).
            const listed = e.personIds.filter((id) => !personFieldIds(t, e.figures).includes(id));
            return [describeFigures(t, e.figures, personName), listed.length ? `人员 ${listed.map(personName).join('、')}` : ''].filter(Boolean).join('；');
          },
        },
        { title: '情况说明', dataIndex: 'description', width: 180, ellipsis: true },
        {
          title: '附件',
          key: 'attachments',
          width: 64,
          render: (_, e) =>
            e.attachmentIds.length ? (
              <Space size={2}>
                <PaperClipOutlined />
                {e.attachmentIds.length}
              </Space>
            ) : null,
        },
        {
          title: '操作',
          key: 'actions',
          width: 150,
          render: (_, e) => (
            <Space size={0}>
              <Button type="link" size="small" onClick={() => onView(e)}>
                查看
              </Button>
              <Button type="link" size="small" onClick={() => onEdit(e)}>
                编辑
              </Button>
              <Button type="link" size="small" danger onClick={() => onDelete(e)}>
                删除
              </Button>
            </Space>
          ),
        },
      ]}
    />
  );
}

export function LedgerTotals({ entries, catalog }: { entries: readonly LedgerEntry[]; catalog: readonly LedgerType[] }) {
  const totals = totalsByType(catalog, entries);
  if (totals.length === 0) return null;
  return (
    <Row gutter={[12, 12]} aria-label="台账合计">
      {totals.map((t) => (
        <Col key={t.type.key} xs={24} md={12} xl={8}>
          <Card size="small" title={t.type.name} extra={<Typography.Text type="secondary">{t.count} 条</Typography.Text>} aria-label={`合计：${t.type.name}`}>
            {t.items.length ? t.items.map((i) => <div key={i.key}>{i.text}</div>) : <Typography.Text type="secondary">（无可合计的数字）</Typography.Text>}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
