// Column mappings remembered per layout: a file whose headers read the same as one mapped
// before gets the same mapping. Keys are `${columnIndex}:${normalized header}`, so no header
// text (not even 「__proto__」) ever becomes an object key on its own.
import type { SheetLayout } from '@shared/io/header';
import type { AppDatabase } from '../../db/database';
import { nowIso } from '../../db/audit';

export type Mapping = Map<number, string | null>;

const signatureOf = (targetKey: string, layout: SheetLayout) => `${targetKey}:${layout.signature}`;
const columnKey = (index: number, key: string) => `${index}:${key}`;

/** The remembered mapping for this layout, or null. Fields the target no longer has are dropped. */
export async function loadMapping(db: AppDatabase, targetKey: string, layout: SheetLayout, fieldKeys: ReadonlySet<string>): Promise<Mapping | null> {
  const saved = await db.importMappings.get(signatureOf(targetKey, layout));
  if (!saved) return null;
  const mapping: Mapping = new Map();
  for (const c of layout.columns) {
    const k = columnKey(c.index, c.key);
    if (!Object.hasOwn(saved.mapping, k)) continue;
    const field = saved.mapping[k];
    mapping.set(c.index, field && fieldKeys.has(field) ? field : null);
  }
  return mapping;
}

export async function saveMapping(db: AppDatabase, targetKey: string, layout: SheetLayout, mapping: Mapping): Promise<void> {
  const record: Record<string, string | null> = Object.create(null);
  for (const c of layout.columns) record[columnKey(c.index, c.key)] = mapping.get(c.index) ?? null;
  await db.importMappings.put({ signature: signatureOf(targetKey, layout), target: targetKey, mapping: { ...record }, updatedAt: nowIso() });
}
