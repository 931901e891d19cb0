// What the 年终统计 pages read: townships, enterprises, villages and pairings (live), and for a
// scope and year the pairings it reports with their names — the rows of its template and the
// candidates its returned rows are matched against.
import type { Enterprise, Pairing, Township, Village } from '@shared/model/types';
import { activeDuring } from '@shared/reports/statistics/input';
import type { TallyScope } from '@shared/tally/meta';
import type { PairingCandidate } from '@shared/tally/match-pairings';
import type { AppDatabase } from '../../db';

export type TallyData = { townships: Township[]; enterprises: Enterprise[]; villages: Village[]; pairings: Pairing[] };

export async function loadTallyData(db: AppDatabase): Promise<TallyData> {
  return db.transaction('r', [db.townships, db.enterprises, db.villages, db.pairings], async () => {
    const [townships, enterprises, villages, pairings] = await Promise.all([
      db.townships.where('deleted').equals(0).toArray(),
      db.enterprises.where('deleted').equals(0).toArray(),
      db.villages.where('deleted').equals(0).toArray(),
      db.pairings.where('deleted').equals(0).toArray(),
    ]);
    townships.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'zh-CN'));
    return { townships, enterprises, villages, pairings };
  });
}

/** The pairings a scope reports for a year, in code order, with the names printed in its template. */
export function scopePairings(data: TallyData, scope: Pick<TallyScope, 'kind' | 'id'>, year: number): PairingCandidate[] {
  const enterprise = new Map(data.enterprises.map((e) => [e.id, e.name]));
  const village = new Map(data.villages.map((v) => [v.id, v.name]));
  return data.pairings
    .filter((p) => activeDuring(p, year) && (scope.kind === 'township' ? p.responsibleTownshipId === scope.id : p.enterpriseId === scope.id))
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((p) => ({ id: p.id, code: p.code, enterpriseName: enterprise.get(p.enterpriseId) ?? '（已删除的企业）', villageName: village.get(p.villageId) ?? '（已删除的村）' }));
}

/** The township a scope's tally is filed under. */
export function scopeTownshipId(data: TallyData, scope: TallyScope): string | undefined {
  if (scope.kind === 'township') return scope.id;
  return data.enterprises.find((e) => e.id === scope.id)?.townshipId;
}
