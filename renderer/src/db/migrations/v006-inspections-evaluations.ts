// v006: 季度督查 and 绩效考评 reshaped. A round (year, quarter, team, dates, visits) stays in
// `inspections`; its rectification items move to their own table `rectifications`, indexed
// for the 工作台's overdue list, the open items per pairing and per round. `evaluations`
// holds one scheme per year with the hand inputs and the last result.
// Data step: rows of the old sketch (quarter 「2008-Q3」 with nested items; scheme as a list)
// are upgraded by shared/model/supervision-legacy.ts, the function a restore also uses.
import type { Transaction } from 'dexie';
import { isLegacyEvaluation, isLegacyInspection, upgradeLegacyEvaluation, upgradeLegacyInspection } from '@shared/model/supervision-legacy';
import type { Migration } from './types';

type Row = Record<string, unknown>;

async function upgrade(tx: Transaction): Promise<void> {
  const pairings = (await tx.table('pairings').toArray()) as Row[];
  const township = new Map(pairings.map((p) => [p.id as string, p.responsibleTownshipId as string]));
  const townshipOf = (id: string) => township.get(id);
  const time = new Date().toISOString();

  const inspections = ((await tx.table('inspections').toArray()) as Row[]).filter(isLegacyInspection);
  for (const row of inspections) {
    const { round, rectifications } = upgradeLegacyInspection(row, townshipOf, () => crypto.randomUUID(), time);
    await tx.table('inspections').put(round);
    if (rectifications.length) await tx.table('rectifications').bulkPut(rectifications);
  }
  const evaluations = ((await tx.table('evaluations').toArray()) as Row[]).filter(isLegacyEvaluation);
  for (const row of evaluations) await tx.table('evaluations').put(upgradeLegacyEvaluation(row, townshipOf));
}

export const v006InspectionsEvaluations: Migration = {
  version: 6,
  name: 'inspections-evaluations',
  stores: {
    inspections: 'id, year, quarter, startDate, deleted, [deleted+year]',
    rectifications: 'id, inspectionId, pairingId, townshipId, status, deadline, deleted, [deleted+status], [inspectionId+deleted], [pairingId+deleted]',
    evaluations: 'id, year, deleted, [deleted+year]',
  },
  upgrade,
};
