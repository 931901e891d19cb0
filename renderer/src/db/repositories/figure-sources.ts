// 统计采用数字: the office's choice, per township and year, of the figures that stand in the
// statistics — the township's year-end tally or the ledger (the rule itself is
// shared/reports/statistics/sources.ts). One record per township and year; every change is
// written to the 操作日志 with what it was before.
import { figureSourceId, type FigureSourceChoice, type SourceKind } from '@shared/model/figure-source';
import { figureSourceSchema } from '@shared/model/schemas/figure-source';
import type { AppDatabase } from '../database';
import { nowIso } from '../audit';
import { ValidationError } from './entity-repository';

/** The choices of the years from…to. */
export function figureSourceChoices(db: AppDatabase, fromYear: number, toYear: number): Promise<FigureSourceChoice[]> {
  return db.figureSources.where('year').between(fromYear, toYear, true, true).toArray();
}

/** Records which figures stand for the township in the year; returns false when that was already so. */
export async function chooseFigureSource(db: AppDatabase, input: { year: number; townshipId: string; source: SourceKind }): Promise<boolean> {
  const time = nowIso();
  const draft = { id: figureSourceId(input.year, input.townshipId), year: input.year, townshipId: input.townshipId, source: input.source, createdAt: time, updatedAt: time };
  const checked = figureSourceSchema.safeParse(draft);
  if (!checked.success) throw new ValidationError(checked.error.issues.map((i) => i.message));
  let changed = false;
  // The choice and its audit entry commit together; the township is checked in the same transaction.
  await db.transaction('rw', db.figureSources, db.townships, db.audit, async () => {
    const township = await db.townships.get(input.townshipId);
    if (!township || township.deleted) throw new ValidationError(['该乡镇已不存在，请刷新后重试']);
    const before = await db.figureSources.get(draft.id);
    if (before?.source === input.source) return;
    const after: FigureSourceChoice = { ...draft, createdAt: before?.createdAt ?? time };
    await db.figureSources.put(after);
    await db.audit.add({ time, action: before ? 'update' : 'create', entity: 'figureSources', entityId: after.id, before, after });
    changed = true;
  });
  return changed;
}
