// What a preview compares rows against, read once from the store: the target's live records
// and the candidates of each reference.
import type { AppDatabase } from '../../../db/database';
import type { DraftRecord, ImportTarget, RefCandidate } from '../target';
import type { PreviewContext } from './preview';

export async function loadPreviewContext(db: AppDatabase, target: ImportTarget): Promise<PreviewContext> {
  const existing = (await db.table(target.table).where('deleted').equals(0).toArray()) as DraftRecord[];
  const candidates = new Map<string, readonly RefCandidate[]>();
  for (const spec of target.references) candidates.set(spec.field, await spec.load(db));
  return { existing, candidates };
}
