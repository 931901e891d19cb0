// Reads what the statistics need, in one read transaction so the figures are consistent:
// the registers of 企业, 村 and 联建 from their digest (a row per township, never the records
// themselves), the townships, the aggregates of the years asked for (never the
// ledger), the years' accepted tallies (a row per pairing) and the office's choices of which
// figures stand, training classes and their trainees, commendations, meetings, only the persons
// they name, and the years' inspections with their rectification items.
import type { AppDatabase } from '../../db';
import type { StatisticsInput, TallyInput } from '@shared/reports/statistics/input';
import type { LedgerAggregate, Person } from '@shared/model/types';
import { EXCHANGE, TRAINING } from '@shared/reports/statistics/training-exchange';
import { figureSourceChoices } from '../../db/repositories/figure-sources';
import { registersOfDigest } from '@shared/model/register-digest';

/**
 * The ledger as the annual table needs it: per township × year × type (townshipAggregates),
 * and per pairing only for the types whose figures count organizations (技能培训, 学习交流) —
 * the same numbers as aggregateEntries(entries, { by: 'township' }), in a few hundred rows.
 */
export async function townshipLevelAggregates(db: AppDatabase, fromYear: number, toYear: number): Promise<LedgerAggregate[]> {
  const years = Array.from({ length: toYear - fromYear + 1 }, (_, i) => fromYear + i);
  // Plain key ranges only: Dexie reads a range with one getAll, but a `.filter()` or an `anyOf`
  // walks a cursor, a round trip per row (measured: the slowest read of the page's batch).
  const [totals, ...perPairing] = await Promise.all([
    db.townshipAggregates.where('year').between(fromYear, toYear, true, true).toArray(),
    ...years.flatMap((y) => [TRAINING, EXCHANGE].map((type) => db.ledgerAggregates.where('[year+type]').equals([y, type]).toArray())),
  ]);
  return [...totals.filter((a) => a.type !== TRAINING && a.type !== EXCHANGE), ...perPairing.flat()];
}

/** `aggregates: 'township'`: the ledger figures per township (townshipLevelAggregates), enough for the annual table. */
export type LoadOptions = { aggregates?: 'pairing' | 'township' };

export async function loadStatisticsInput(db: AppDatabase, fromYear: number, toYear: number, options: LoadOptions = {}): Promise<StatisticsInput> {
  const tables = [db.townships, db.registerDigest, db.ledgerAggregates, db.townshipAggregates, db.tallyReports, db.figureSources, db.trainings, db.trainees, db.commendations, db.nominees, db.persons, db.meetings, db.inspections, db.rectifications];
  return db.transaction('r', tables, async () => {
    // Every independent read at once: on a cold open each sequential round trip to the store
    // costs a wait (the 年度统计表's open measured 2 of them after this batch).
    const [townships, digest, aggregates, reports, sourceChoices, trainings, trainees, commendations, nominees, meetings, inspections] = await Promise.all([
      db.townships.where('deleted').equals(0).toArray(),
      db.registerDigest.toArray(),
      options.aggregates === 'township' ? townshipLevelAggregates(db, fromYear, toYear) : db.ledgerAggregates.where('year').between(fromYear, toYear, true, true).toArray(),
      db.tallyReports.where('year').between(fromYear, toYear, true, true).toArray(),
      figureSourceChoices(db, fromYear, toYear),
      db.trainings.where('deleted').equals(0).toArray(),
      db.trainees.where('deleted').equals(0).toArray(),
      db.commendations.where('deleted').equals(0).toArray(),
      db.nominees.where('deleted').equals(0).toArray(),
      db.meetings.where('deleted').equals(0).toArray(),
      db.inspections.where('[deleted+year]').between([0, fromYear], [0, toYear], true, true).toArray(),
    ]);
    const personIds = new Set<string>();
    for (const n of nominees) if (n.kind === 'person') personIds.add(n.refId);
    // The nominated persons and the rounds' items depend on the first batch; read together, and only when there are any.
    const [found, rectifications] = await Promise.all([
      personIds.size ? db.persons.bulkGet([...personIds]) : Promise.resolve<(Person | undefined)[]>([]),
      inspections.length ? db.rectifications.where('inspectionId').anyOf(inspections.map((i) => i.id)).toArray() : [],
    ]);
    const { enterprises, villages, pairings } = registersOfDigest(digest);
    const persons = found.filter((p): p is Person => p !== undefined);
    // Stored tallies carry their scope and a soft-delete flag beyond TallyReport's own fields.
    const tallies = reports as TallyInput[];
    return { townships, enterprises, villages, pairings, aggregates, trainings, trainees, commendations, nominees, persons, meetings, inspections, rectifications, tallies, sourceChoices };
  });
}
