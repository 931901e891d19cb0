// An import batch's entry opened up: the records it created, by name, the first few hundred
// on screen (the export lists them all).
import { useLiveQuery } from 'dexie-react-hooks';
import { Typography } from 'antd';
import type { AuditEntry } from '@shared/model/types';
import { getStore } from '../../../db';
import { batchRecordNames } from './batch-records';
import { entityLabel } from './audit-fields';

const SHOWN = 300;

export function BatchRecords({ entry }: { entry: AuditEntry & { ids: string[] } }) {
  const names = useLiveQuery(() => batchRecordNames(getStore().db, entry, SHOWN), [entry]);
  const total = entry.ids.length;
  return (
    <div data-testid="audit-batch-records" style={{ maxHeight: 240, overflow: 'auto', whiteSpace: 'normal' }}>
      <Typography.Text type="secondary">
        从文件「{entry.fileName}」导入的{entityLabel(entry.entity)}（共 {total.toLocaleString('zh-CN')} 条）：
      </Typography.Text>
      <div>{names ? names.join('、') : '正在读取……'}</div>
      {names && total > SHOWN ? <Typography.Text type="secondary">……只显示前 {SHOWN} 条，全部名单请导出。</Typography.Text> : null}
    </div>
  );
}
