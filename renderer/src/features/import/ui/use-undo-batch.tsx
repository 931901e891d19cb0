// 撤销 of a whole import batch: asked once, then done in one transaction; when later changes
// block it, the reasons are listed.
import { useCallback } from 'react';
import { App } from 'antd';
import type { ImportBatch } from '@shared/model/types';
import { getStore } from '../../../db';
import { undoImportBatch } from '../../../db/repositories/import-batches';
import { runExclusive } from '../../../db/exclusive';
import { errorMessages } from '../../../ui/errors';
import { requireImportBackup } from '../../backup';

export function useUndoBatch(): (batches: readonly ImportBatch[], onDone?: () => void) => void {
  const { modal, message } = App.useApp();
  return useCallback(
    (batches, onDone) => {
      const names = batches.map((b) => `「${b.fileName}」`).join('、');
      modal.confirm({
        title: `确定撤销导入${names}吗？`,
        content: '本次导入新增的记录将被删除，更新过的记录恢复为导入前的内容。',
        okText: '撤销导入',
        okButtonProps: { danger: true },
        cancelText: '取消',
        onOk: async () => {
          let removed = 0;
          let restored = 0;
          try {
            const { db } = getStore();
            // One bulk write at a time across windows; the journal entry goes with the last batch's undo.
            await runExclusive(db, 'undo', batches.map((b) => b.fileName).join('、'), async (journalId) => {
              await requireImportBackup('撤销导入');
              for (const [i, b] of batches.entries()) {
                const r = await undoImportBatch(db, b.id, { journalId: i === batches.length - 1 ? journalId : undefined });
                removed += r.removed;
                restored += r.restored;
              }
            }, batches.map((b) => b.id));
          } catch (e) {
            modal.error({
              title: '无法撤销',
              width: 640,
              content: (
                <ul style={{ paddingLeft: 20, margin: 0 }}>
                  {errorMessages(e).map((m, i) => (
                    <li key={i}>{m}</li>
                  ))}
                </ul>
              ),
            });
            return;
          }
          message.success(`已撤销导入：删除 ${removed} 条新增记录，恢复 ${restored} 条更新前的记录`);
          onDone?.();
        },
      });
    },
    [modal, message],
  );
}
