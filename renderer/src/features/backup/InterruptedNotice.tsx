// At start-up: operations the journal says were cut off (an import, an undo, a restore) are
// reported once — what it was, and that nothing was changed (or how far it got) — then the
// entries are dismissed. Read only when no window is running such an operation, so another
// tab's import in progress is never taken for an interrupted one.
import { useEffect } from 'react';
import { App } from 'antd';
import { getDatabase } from '../../db/app-database';
import { whenNoBulkWrite } from '../../db/exclusive';
import { dismissInterrupted, interruptedOperations } from '../../db/journal';
import { describeInterrupted } from './interrupted';

let checked = false;

export function InterruptedNotice() {
  const { modal } = App.useApp();
  useEffect(() => {
    if (checked) return;
    checked = true;
    const db = getDatabase();
    void whenNoBulkWrite(async () => {
      const entries = await interruptedOperations(db);
      if (entries.length === 0) return;
      const ids = entries.flatMap((e) => e.targets ?? []);
      const batches = new Map((await db.importBatches.bulkGet(ids)).filter((b) => b !== undefined).map((b) => [b.id, b]));
      const notices = entries.map((e) => describeInterrupted(e, batches));
      modal.warning({
        title: notices.length === 1 ? notices[0]!.title : '上次有操作没有完成',
        width: 560,
        okText: '知道了',
        content: (
          <div role="status" aria-label="未完成的操作">
            {notices.map((n) => (
              <p key={n.id} style={{ margin: '4px 0' }}>
                {n.text}
              </p>
            ))}
          </div>
        ),
        onOk: () => dismissInterrupted(db, entries.map((e) => e.id)),
      });
    }).catch(() => undefined);
  }, [modal]);
  return null;
}
