import { useLiveQuery } from 'dexie-react-hooks';
import { Empty, Table, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { getStore } from '../../../db';
import { isBatchEntry, recordHistory } from '../../../db/audit';
import { ACTION_LABELS, diffRecords, type NameOf } from './changes';

const ENTITY_COUNT = (n: number) => ` ${n.toLocaleString('zh-CN')} 条`;

const ACTION_COLORS = { create: 'green', update: 'blue', delete: 'red', restore: 'orange' } as const;

/** Every audit entry of one record, newest first, each as the fields it changed; a record an
 * import created shows the batch's entry with the file it came from. */
export function ChangeLog({ table, id, nameOf }: { table: string; id: string; nameOf: NameOf }) {
  const entries = useLiveQuery(() => recordHistory(getStore().db, table, id), [table, id]);
  if (!entries) return null;
  const mine = [...entries].reverse();
  if (mine.length === 0) return <Empty description="暂无变更记录" />;
  return (
    <Timeline
      items={mine.map((e) => {
        const diffs = !isBatchEntry(e) && (e.action === 'update' || e.action === 'create') ? diffRecords(table, e.action === 'create' ? undefined : e.before, e.after, nameOf) : [];
        return {
          color: ACTION_COLORS[e.action],
          content: (
            <div data-testid="change-entry">
              <Typography.Text strong>{dayjs(e.time).format('YYYY-MM-DD HH:mm:ss')}</Typography.Text> <Tag color={ACTION_COLORS[e.action]}>{ACTION_LABELS[e.action]}</Tag>
              {e.batchId && <Tag>批量导入</Tag>}
              {isBatchEntry(e) && (
                <Typography.Text type="secondary" data-testid="change-batch">
                  导入自文件「{e.fileName}」（本批次新建{ENTITY_COUNT(e.ids.length)}）
                </Typography.Text>
              )}
              {diffs.length > 0 && (
                <Table
                  size="small"
                  style={{ marginTop: 8, maxWidth: 760 }}
                  rowKey="path"
                  pagination={false}
                  dataSource={diffs}
                  columns={
                    e.action === 'create'
                      ? [
                          { title: '项目', dataIndex: 'label', width: 180 },
                          { title: '填写内容', dataIndex: 'to' },
                        ]
                      : [
                          { title: '项目', dataIndex: 'label', width: 180 },
                          { title: '修改前', dataIndex: 'from' },
                          { title: '修改后', dataIndex: 'to' },
                        ]
                  }
                />
              )}
            </div>
          ),
        };
      })}
    />
  );
}
