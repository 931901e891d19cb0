// What a backup holds against the current data, before anything is replaced: the ask-once
// step of a restore.
import { Alert, Descriptions, Modal, Table, Typography } from 'antd';
import type { BackupContents } from '@shared/backup/read';
import { REASON_LABELS } from '@shared/backup/format';
import { BACKUP_TABLES, tableLabel, type BackupTableName } from '@shared/backup/tables';
import type { TableCounts } from './store-io';
import { dataTotal } from './store-io';
import { formatCount, formatTime } from './format';

type Props = {
  fileName: string;
  contents: BackupContents;
  current: TableCounts;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

type Row = { table: BackupTableName; label: string; backup: number; current: number };

export function RestorePreview({ fileName, contents, current, busy, onConfirm, onCancel }: Props) {
  const { manifest } = contents;
  const all: Row[] = BACKUP_TABLES.map((table) => ({ table, label: tableLabel(table), backup: contents.tables[table].length, current: current[table] }));
  // Tables empty on both sides say nothing; they are summed up in one line instead.
  const rows = all.filter((r) => r.backup > 0 || r.current > 0);
  const emptyKinds = all.length - rows.length;
  const backupTotal = dataTotal(Object.fromEntries(all.map((r) => [r.table, r.backup])));
  const currentTotal = dataTotal(current);
  return (
    <Modal
      open
      title="从备份恢复"
      width={720}
      okText="恢复"
      okButtonProps={{ danger: true, loading: busy }}
      cancelText="取消"
      cancelButtonProps={{ disabled: busy }}
      closable={!busy}
      maskClosable={false}
      keyboard={!busy}
      onOk={onConfirm}
      onCancel={onCancel}
    >
      <Descriptions size="small" column={2} bordered style={{ marginBottom: 12 }}>
        <Descriptions.Item label="备份文件" span={2}>
          {fileName}
        </Descriptions.Item>
        <Descriptions.Item label="备份时间">{formatTime(manifest.createdAt)}</Descriptions.Item>
        <Descriptions.Item label="备份类型">{manifest.reason ? REASON_LABELS[manifest.reason] : '—'}</Descriptions.Item>
        <Descriptions.Item label="程序版本">{manifest.app.version}</Descriptions.Item>
        <Descriptions.Item label="数据格式">第 {manifest.schemaVersion} 版</Descriptions.Item>
      </Descriptions>
      <Table<Row>
        size="small"
        rowKey="table"
        pagination={false}
        scroll={{ y: 260 }}
        dataSource={rows}
        aria-label="备份与当前数据对比"
        columns={[
          { title: '数据', dataIndex: 'label' },
          { title: '备份中', dataIndex: 'backup', align: 'right', render: (n: number) => formatCount(n) },
          {
            title: '当前',
            dataIndex: 'current',
            align: 'right',
            render: (n: number, r) => (n === r.backup ? formatCount(n) : <Typography.Text type="warning">{formatCount(n)}</Typography.Text>),
          },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>合计（不含设置）</Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {formatCount(backupTotal)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              {formatCount(currentTotal)}
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
      {emptyKinds > 0 ? (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          其余 {emptyKinds} 类数据在备份和当前数据中都没有记录。
        </Typography.Paragraph>
      ) : null}
      <Alert
        style={{ marginTop: 12 }}
        type="warning"
        showIcon
        title="恢复会用备份中的数据替换当前的全部数据。"
        description={currentTotal > 0 ? '恢复前会自动备份当前数据，恢复后也可立即撤销。' : '当前没有数据，恢复后即可继续使用。'}
      />
    </Modal>
  );
}
