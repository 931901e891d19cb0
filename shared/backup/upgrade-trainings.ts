// A backup made before schema version 7 holds its classes' trainees as person ids on the
// class. Restoring it upgrades them exactly as the v007 migration upgrades a stored database
// (shared/model/training-legacy.ts), so an old backup never loses its trainees.
import { isLegacyClass, upgradeLegacyClass } from '../model/training-legacy';
import type { BackupTableName } from './tables';

type Row = Record<string, unknown>;

export function upgradeLegacyTrainings(tables: Record<BackupTableName, Row[]>, time: string): void {
  if (!tables.trainings.some(isLegacyClass)) return;
  const persons = new Map(tables.persons.map((p) => [p.id as string, p]));
  const orgNames = new Map<string, string>();
  for (const o of [...tables.enterprises, ...tables.villages]) if (typeof o.name === 'string') orgNames.set(o.id as string, o.name);
  const lookups = { person: (id: string) => persons.get(id), orgName: (id: string) => orgNames.get(id) };
  tables.trainings = tables.trainings.map((row) => {
    if (!isLegacyClass(row)) return row;
    const { klass, trainees } = upgradeLegacyClass(row, lookups, () => globalThis.crypto.randomUUID(), time);
    tables.trainees.push(...trainees);
    return klass;
  });
}
