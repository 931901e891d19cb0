// The targets the import wizard offers, by route key (/import/villages…). The pipeline knows
// no target: each feature registers its own at module level in its area.tsx, so adding a
// target never edits import/. A registration carries only the key and the title; the target
// itself (fields, schemas, reference loaders) loads when its wizard opens, so the first
// screen does not carry every importer. The list keeps registration order (the menu's order).
import type { ImportTarget } from './target';

export type ImportTargetEntry = {
  key: string;
  /** Heading of the wizard, e.g. 村情信息 (the same as the target's title). */
  title: string;
  load: () => Promise<ImportTarget>;
};

const entries: ImportTargetEntry[] = [];

/** Adds targets; registering a key again replaces the earlier entry. */
export function registerImportTarget(...list: readonly ImportTargetEntry[]): void {
  for (const entry of list) {
    const at = entries.findIndex((e) => e.key === entry.key);
    if (at >= 0) entries.splice(at, 1, entry);
    else entries.push(entry);
  }
}

export function importTargets(): readonly ImportTargetEntry[] {
  return entries;
}

export function hasImportTarget(key: string | undefined): boolean {
  return entries.some((e) => e.key === key);
}

export async function loadImportTarget(key: string | undefined): Promise<ImportTarget | undefined> {
  return entries.find((e) => e.key === key)?.load();
}
