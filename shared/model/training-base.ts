// 技能培训基地: a labour-training base set up in a village for one or more enterprises (the
// seed's 「在联建村建立劳动力培训基地，开展“订单式”技能培训」). The sessions held there are the
// ledger's 技能培训 entries (one store of the fact): an entry of a pairing of the base's
// village names the base in its 培训基地 figure, so the base is found by village and name —
// which is why a base's name is unique within its village, and renaming a base renames it in
// its entries in the same transaction.
import type { BaseRecord, IsoDate, LedgerEntry } from './types';

export type TrainingBase = BaseRecord & {
  /** 基地名称, e.g. 「红星村劳动力培训基地」 */
  name: string;
  villageId: string;
  /** The enterprises it was set up for (at least one). */
  enterpriseIds: string[];
  /** 建立日期 */
  establishedDate?: IsoDate;
  /** 培训工种 / 项目, e.g. 「缝纫、垒球手缝」 */
  trains?: string;
  /** 培训场所 (a workshop, the village hall…) */
  site?: string;
  contactName?: string;
  contactPhone?: string;
  remark?: string;
};

export const TRAINING_TYPE = 'training';

/** The base a 技能培训 entry names, as a key `${villageId}|${name}`; null when it names none. */
export function baseKeyOf(villageId: string | undefined, baseName: unknown): string | null {
  return villageId && typeof baseName === 'string' && baseName.trim() ? `${villageId}|${baseName.trim()}` : null;
}

/** The key of a base record, comparable with baseKeyOf of its entries. */
export const baseKey = (b: Pick<TrainingBase, 'villageId' | 'name'>): string => `${b.villageId}|${b.name}`;

/** The village of a ledger entry: its pairing's, or its own when it is a village's entry. */
export function entryVillage(e: Pick<LedgerEntry, 'pairingId' | 'villageId'>, villageOfPairing: (id: string) => string | undefined): string | undefined {
  return e.pairingId ? villageOfPairing(e.pairingId) : e.villageId;
}

export const BASE_NAME_MAX = 60;

type Row = Record<string, unknown>;

/**
 * The bases the 技能培训 entries of an earlier version name (schema before 8 had no base
 * records, only the 培训基地 text on each entry): one base per village and name, for the
 * enterprises of the pairings that trained there, established at its first entry, in the
 * import batch of its entries when they share one (so the sample county still clears whole).
 * Used by the v008 upgrade and by restoring an older backup, so both doors give the same bases.
 */
export function basesFromEntries(entries: readonly Row[], pairings: readonly Row[], newId: () => string, time: string): TrainingBase[] {
  const pairingOf = new Map(pairings.filter((p) => !p.deleted).map((p) => [p.id as string, p]));
  const groups = new Map<string, { villageId: string; name: string; enterprises: Set<string>; first: string; batches: Set<unknown> }>();
  for (const e of entries) {
    if (e.deleted || e.type !== TRAINING_TYPE || typeof e.pairingId !== 'string') continue;
    const figures = (e.figures ?? {}) as Record<string, unknown>;
    const p = pairingOf.get(e.pairingId);
    const name = typeof figures.base === 'string' ? figures.base.trim() : '';
    if (!p || !name || name.length > BASE_NAME_MAX) continue;
    const key = `${String(p.villageId)}|${name}`;
    const g = groups.get(key) ?? { villageId: String(p.villageId), name, enterprises: new Set<string>(), first: String(e.date), batches: new Set() };
    g.enterprises.add(String(p.enterpriseId));
    if (String(e.date) < g.first) g.first = String(e.date);
    g.batches.add(e.importBatchId);
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => {
    const base: TrainingBase = {
      id: newId(),
      createdAt: time,
      updatedAt: time,
      deleted: 0,
      name: g.name,
      villageId: g.villageId,
      enterpriseIds: [...g.enterprises].sort(),
      establishedDate: g.first,
    };
    const [batch] = g.batches;
    if (g.batches.size === 1 && typeof batch === 'string') base.importBatchId = batch;
    return base;
  });
}
