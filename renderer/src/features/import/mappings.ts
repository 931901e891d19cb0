// Column mappings remembered per layout: a file whose headers read the same as one mapped
// before gets the same mapping. Keys are `${columnIndex}:${normalized header}`, so no header
// text (not even 「__proto__」) ever becomes an object key on its own.
//
// Within one batch of files, a mapping the user sets for one file goes to every other file of
// the same header layout that the user has not mapped by hand (batchMapping), and each file
// says where its mapping came from (MappingSource).
import dayjs from 'dayjs';
import type { SheetLayout } from '@shared/io/header';
import type { AppDatabase } from '../../db/database';
import { nowIso } from '../../db/audit';

export type Mapping = Map<number, string | null>;

/** Where a file's mapping came from, told on its card. */
export type MappingSource =
  /** Matched from the headers (and the synonym table) alone. */
  | { kind: 'auto' }
  /** Saved when a file of the same layout was imported before. */
  | { kind: 'saved'; savedAt: string }
  /** Set by hand for another file of this batch: its position (1-based) and name. */
  | { kind: 'batch'; position: number; fileName: string }
  /** Set by hand for this file. */
  | { kind: 'manual' };

export function describeMappingSource(source: MappingSource): string {
  switch (source.kind) {
    case 'auto':
      return '按表头自动识别的列对应';
    case 'saved':
      return `沿用上次保存的列对应（${dayjs(source.savedAt).format('YYYY-MM-DD')}）`;
    case 'batch':
      return `沿用第${source.position}个文件（${source.fileName}）的列对应`;
    case 'manual':
      return '本文件手动指定的列对应（同样格式的其他文件沿用）';
  }
}

const signatureOf = (targetKey: string, layout: SheetLayout) => `${targetKey}:${layout.signature}`;
const columnKey = (index: number, key: string) => `${index}:${key}`;

/** The remembered mapping for this layout and when it was saved, or null. Fields the target no longer has are dropped. */
export async function loadSavedMapping(
  db: AppDatabase,
  targetKey: string,
  layout: SheetLayout,
  fieldKeys: ReadonlySet<string>,
): Promise<{ mapping: Mapping; savedAt: string } | null> {
  const saved = await db.importMappings.get(signatureOf(targetKey, layout));
  if (!saved) return null;
  const mapping: Mapping = new Map();
  for (const c of layout.columns) {
    const k = columnKey(c.index, c.key);
    if (!Object.hasOwn(saved.mapping, k)) continue;
    const field = saved.mapping[k];
    mapping.set(c.index, field && fieldKeys.has(field) ? field : null);
  }
  return { mapping, savedAt: saved.updatedAt };
}

/** The remembered mapping for this layout, or null. */
export async function loadMapping(db: AppDatabase, targetKey: string, layout: SheetLayout, fieldKeys: ReadonlySet<string>): Promise<Mapping | null> {
  return (await loadSavedMapping(db, targetKey, layout, fieldKeys))?.mapping ?? null;
}

export async function saveMapping(db: AppDatabase, targetKey: string, layout: SheetLayout, mapping: Mapping): Promise<void> {
  const record: Record<string, string | null> = Object.create(null);
  for (const c of layout.columns) record[columnKey(c.index, c.key)] = mapping.get(c.index) ?? null;
  await db.importMappings.put({ signature: signatureOf(targetKey, layout), target: targetKey, mapping: { ...record }, updatedAt: nowIso() });
}

/** What batchMapping needs of a file (or sheet) of a batch. */
export type BatchItem = {
  id: string;
  /** 1-based position of its file in the batch, and the file's name. */
  position: number;
  fileName: string;
  signature?: string;
  source?: MappingSource;
  /** Already imported: its mapping no longer changes. */
  locked?: boolean;
};

/**
 * The mapping set by hand in this batch for a layout, to start a file of that layout with:
 * the first file (in batch order) whose mapping the user set, or null.
 */
export function batchMapping<T extends BatchItem>(items: readonly T[], signature: string, mappingOf: (item: T) => Mapping | undefined): { mapping: Mapping; source: MappingSource } | null {
  const first = items.filter((i) => i.signature === signature && i.source?.kind === 'manual' && mappingOf(i)).sort((a, b) => a.position - b.position)[0];
  if (!first) return null;
  return { mapping: new Map(mappingOf(first)!), source: { kind: 'batch', position: first.position, fileName: first.fileName } };
}

/**
 * The ids of the other items a mapping set by hand on `changed` goes to: same layout, not set
 * by hand themselves, not locked (already imported).
 */
export function followers<T extends BatchItem>(items: readonly T[], changed: T): T[] {
  return items.filter((i) => i.id !== changed.id && i.signature === changed.signature && i.signature !== undefined && i.source?.kind !== 'manual' && !i.locked);
}
