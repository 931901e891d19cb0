// What to tell the user about an operation the journal says was cut off (db/journal.ts): an
// import, a tally or a restore deletes its entry in the transaction that writes its data, so
// an entry left over means nothing of it was written; an undo of several batches runs one
// transaction per batch, so the batches themselves say how far it got.
import dayjs from 'dayjs';
import type { ImportBatch } from '@shared/model/types';
import { JOURNAL_LABELS, type JournalEntry } from '../../db/journal';

export type InterruptedNotice = { id: string; title: string; text: string };

export function describeInterrupted(entry: JournalEntry, batches: ReadonlyMap<string, ImportBatch>): InterruptedNotice {
  const what = JOURNAL_LABELS[entry.kind];
  const when = dayjs(entry.startedAt).format('YYYY-MM-DD HH:mm');
  const head = `${when} 开始的${what}「${entry.label}」`;
  if (entry.kind === 'undo' && entry.targets?.length) {
    const done = entry.targets.filter((id) => batches.get(id)?.undone);
    if (done.length === entry.targets.length) {
      return { id: entry.id, title: `${what}已完成`, text: `${head}在程序关闭前已经完成，全部 ${done.length} 个文件的导入都已撤销。` };
    }
    if (done.length > 0) {
      const names = done.map((id) => `「${batches.get(id)?.fileName ?? ''}」`).join('、');
      return {
        id: entry.id,
        title: `${what}只完成了一部分`,
        text: `${head}没有做完（程序被关闭或断电）：${names}的导入已撤销，其余 ${entry.targets.length - done.length} 个文件的导入没有撤销，数据未改动。如仍需要，请在「导入记录」中撤销其余的。`,
      };
    }
  }
  return {
    id: entry.id,
    title: `上次的${what}没有完成`,
    text: `${head}没有完成（程序被关闭或断电）。这次${what}没有写入任何数据，当前数据与开始前相同。如仍需要，请重新${what}。`,
  };
}
