// A preview → the CommitPlan the import-batches repository writes: one batch per file, the
// records created for unknown names first (rows refer to them), then the rows' creates and
// updates.
import type { CommitPlan, RecordWrite } from '../../../db/repositories/import-batches';
import type { ImportTarget } from '../target';
import { countsByFile, type Preview } from './preview';
import { getPath } from './paths';

export type SourceFile = { fileName: string; hash: string };

export function toCommitPlan(target: ImportTarget, preview: Preview, files: readonly SourceFile[]): CommitPlan {
  const counts = countsByFile(preview, files.length);
  const writes: RecordWrite[] = [];
  // A record created for a name is written only when a row that is written uses it (a person
  // whose only row was refused for another reason is not left behind).
  const rows = [...preview.creates, ...preview.updates];
  const used = (ref: Preview['createdRefs'][number]) =>
    rows.some((row) => {
      const v = getPath(row.draft, ref.spec.idPath);
      return v === ref.id || (Array.isArray(v) && v.includes(ref.id));
    });
  for (const ref of preview.createdRefs) {
    if (!ref.spec.create || !used(ref)) continue;
    writes.push({ action: 'create', table: ref.spec.create.table, batch: ref.fileIndex, id: ref.id, draft: ref.draft });
  }
  for (const row of preview.creates) writes.push({ action: 'create', table: target.table, batch: row.fileIndex, id: crypto.randomUUID(), draft: row.draft });
  for (const row of preview.updates) {
    const existing = row.existing!;
    writes.push({ action: 'update', table: target.table, batch: row.fileIndex, id: String(existing.id), next: row.draft, expectedUpdatedAt: String(existing.updatedAt) });
  }
  return {
    batches: files.map((f, i) => ({ kind: target.kind, fileName: f.fileName, fileHash: f.hash, counts: counts[i] })),
    writes,
  };
}

/** Whether the preview would write anything. */
export const hasWrites = (preview: Preview): boolean => preview.creates.length + preview.updates.length > 0;
