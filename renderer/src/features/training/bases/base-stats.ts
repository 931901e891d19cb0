// What each base has done: the 技能培训 entries of its village's pairings that name it.
import type { LedgerEntry } from '@shared/model/types';
import { baseKey, baseKeyOf, type TrainingBase } from '@shared/model/training-base';
import type { Names } from '../common/records';

export type BaseStats = { sessions: number; trainees: number; employedAfter: number; entries: number; last?: string };

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

export function baseStats(entries: readonly LedgerEntry[], names: Names): Map<string, BaseStats> {
  const out = new Map<string, BaseStats>();
  for (const e of entries) {
    const villageId = e.pairingId ? names.pairings.get(e.pairingId)?.villageId : e.villageId;
    const key = baseKeyOf(villageId, e.figures.base);
    if (!key) continue;
    const s = out.get(key) ?? { sessions: 0, trainees: 0, employedAfter: 0, entries: 0 };
    s.sessions += num(e.figures.sessions);
    s.trainees += num(e.figures.trainees);
    s.employedAfter += num(e.figures.employedAfter);
    s.entries += 1;
    if (!s.last || e.date > s.last) s.last = e.date;
    out.set(key, s);
  }
  return out;
}

export const statsOf = (stats: Map<string, BaseStats>, b: TrainingBase): BaseStats => stats.get(baseKey(b)) ?? { sessions: 0, trainees: 0, employedAfter: 0, entries: 0 };
