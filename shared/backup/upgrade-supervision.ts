// A backup made before schema version 6 may hold inspections with nested rectification items
// and evaluations with a list-shaped scheme. Restoring it upgrades them exactly as the v006
// migration upgrades a stored database (shared/model/supervision-legacy.ts).
import { isLegacyEvaluation, isLegacyInspection, upgradeLegacyEvaluation, upgradeLegacyInspection } from '../model/supervision-legacy';
import type { BackupTableName } from './tables';

type Row = Record<string, unknown>;

export function upgradeLegacySupervision(tables: Record<BackupTableName, Row[]>, time: string): void {
  if (!tables.inspections.some(isLegacyInspection) && !tables.evaluations.some(isLegacyEvaluation)) return;
  const township = new Map(tables.pairings.map((p) => [p.id as string, p.responsibleTownshipId as string]));
  const townshipOf = (id: string) => township.get(id);
  tables.inspections = tables.inspections.map((row) => {
    if (!isLegacyInspection(row)) return row;
    const { round, rectifications } = upgradeLegacyInspection(row, townshipOf, () => globalThis.crypto.randomUUID(), time);
    tables.rectifications.push(...(rectifications as unknown as Row[]));
    return round as unknown as Row;
  });
  tables.evaluations = tables.evaluations.map((row) => (isLegacyEvaluation(row) ? (upgradeLegacyEvaluation(row, townshipOf) as unknown as Row) : row));
}
