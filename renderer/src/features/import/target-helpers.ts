// Pieces the registry targets share: zod schemas as validators, stored records as drafts,
// and the 所属乡镇 reference (with 新建 for a township the office has not entered yet).
import type { z } from 'zod';
import { townshipSchema } from '@shared/model/schemas/township';
import type { TownshipKind } from '@shared/model/enums';
import type { AppDatabase } from '../../db/database';
import type { DraftRecord, RefCandidate, ReferenceSpec, ValidationOutcome } from './target';

export function zodOutcome(schema: z.ZodType): (draft: DraftRecord) => ValidationOutcome {
  return (draft) => {
    const r = schema.safeParse(draft);
    if (r.success) return { ok: true, value: r.data as DraftRecord };
    return { ok: false, issues: r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })) };
  };
}

const META = new Set(['id', 'createdAt', 'updatedAt', 'deleted', 'deletedAt', 'importBatchId']);

/** A stored record without its bookkeeping fields: the base an update is built on. */
export function contentOf(record: DraftRecord): DraftRecord {
  const out: DraftRecord = {};
  for (const [k, v] of Object.entries(record)) if (!META.has(k)) out[k] = v;
  return out;
}

/** 某某镇 → 镇, 某某乡 → 乡, 某某街道 → 街道, 某某开发区/园区 → 开发区. */
export function guessTownshipKind(name: string): TownshipKind {
  if (name.endsWith('街道')) return '街道';
  if (name.includes('开发区') || name.endsWith('园区')) return '开发区';
  if (name.endsWith('乡')) return '乡';
  return '镇';
}

export async function townshipCandidates(db: AppDatabase): Promise<RefCandidate[]> {
  const list = await db.townships.where('deleted').equals(0).toArray();
  return list.map((t) => ({ id: t.id, name: t.name, hint: t.kind, order: t.order }));
}

/** 所属乡镇 → townshipId; an unknown township may be created (kind guessed from its name, placed last). */
export function townshipReference(field: string): ReferenceSpec {
  return {
    field,
    idPath: 'townshipId',
    label: '乡镇',
    load: townshipCandidates,
    create: {
      table: 'townships',
      draft: (name, index, existing) => ({
        name,
        kind: guessTownshipKind(name),
        order: Math.max(0, ...existing.map((t) => t.order ?? 0)) + 1 + index,
      }),
      validate: zodOutcome(townshipSchema),
    },
  };
}

/** Whether a value was given (not null/undefined/empty). */
export const given = (v: unknown): boolean => v !== null && v !== undefined && v !== '';
