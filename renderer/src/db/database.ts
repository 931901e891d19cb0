// The app's IndexedDB database (Dexie). Durability is 'strict' so a committed transaction
// survives a power cut; the schema comes only from the migration files.
import { Dexie, type Table } from 'dexie';
import type {
  Attachment,
  AuditEntry,
  CommendationRound,
  Enterprise,
  Evaluation,
  ImportBatch,
  ImportMapping,
  Inspection,
  LedgerAggregate,
  LedgerEntry,
  MonthlyReport,
  Nominee,
  Pairing,
  PairingEvent,
  Rectification,
  Person,
  Setting,
  TallyReport,
  Township,
  Trainee,
  TrainingClass,
  Village,
} from '@shared/model/types';
import type { IndustryBase } from '@shared/model/industry-base';
import type { TrainingBase } from '@shared/model/training-base';
import type { Meeting } from '@shared/model/meeting';
import type { FigureSourceChoice } from '@shared/model/figure-source';
import type { TownshipAggregate } from '@shared/model/township-aggregate';
import type { RegisterDigest } from '@shared/model/register-digest';
import { MIGRATIONS } from './migrations';
import type { JournalEntry } from './journal';
import type { Migration } from './migrations/types';
import { recordKeysMiddleware } from './record-keys-middleware';
import { v011RecordKeys } from './migrations/v011-record-keys';
import { registerDigestMiddleware } from './register-digest-middleware';
import { v012RegisterDigest } from './migrations/v012-register-digest';

export const DATABASE_NAME = 'cunqi-lianjian';

export class AppDatabase extends Dexie {
  townships!: Table<Township, string>;
  villages!: Table<Village, string>;
  enterprises!: Table<Enterprise, string>;
  persons!: Table<Person, string>;
  pairings!: Table<Pairing, string>;
  pairingEvents!: Table<PairingEvent, string>;
  ledger!: Table<LedgerEntry, string>;
  ledgerAggregates!: Table<LedgerAggregate, string>;
  /** Township × year × type sums of ledgerAggregates (v009, repositories/township-aggregates). */
  townshipAggregates!: Table<TownshipAggregate, string>;
  /** The registers of 企业, 村 and 联建 per township as the statistics read them (v012, register-digest-middleware). */
  registerDigest!: Table<RegisterDigest, string>;
  attachments!: Table<Attachment, string>;
  monthlyReports!: Table<MonthlyReport, string>;
  inspections!: Table<Inspection, string>;
  rectifications!: Table<Rectification, string>;
  evaluations!: Table<Evaluation, string>;
  trainings!: Table<TrainingClass, string>;
  trainees!: Table<Trainee, string>;
  commendations!: Table<CommendationRound, string>;
  nominees!: Table<Nominee, string>;
  importBatches!: Table<ImportBatch, string>;
  tallyReports!: Table<TallyReport, string>;
  audit!: Table<AuditEntry, number>;
  settings!: Table<Setting, string>;
  importMappings!: Table<ImportMapping, string>;
  industryBases!: Table<IndustryBase, string>;
  trainingBases!: Table<TrainingBase, string>;
  meetings!: Table<Meeting, string>;
  /** Operations under way (see journal.ts); not backed up. */
  journal!: Table<JournalEntry, string>;
  figureSources!: Table<FigureSourceChoice, string>;

  constructor(name: string = DATABASE_NAME, migrations: readonly Migration[] = MIGRATIONS) {
    // No query cache: Dexie's default ('cloned') deep-copies every live query's result on each
    // read, 50,000 persons each time a list re-reads; the lists never mutate what they read.
    super(name, { chromeTransactionDurability: 'strict', cache: 'disabled' });
    for (const m of migrations) {
      const version = this.version(m.version).stores(m.stores);
      if (m.upgrade) version.upgrade(m.upgrade);
    }
    // The keys belong to the schema from v011 on; a database opened at an older schema (the
    // migration tests build those) is written as that version wrote it.
    if (migrations.some((m) => m.version >= v011RecordKeys.version)) this.use(recordKeysMiddleware);
    // Likewise the register digest, from v012 on.
    if (migrations.some((m) => m.version >= v012RegisterDigest.version)) this.use(registerDigestMiddleware);
  }
}

/** Names of the tables that hold soft-deletable domain records with audit entries. */
export type EntityTable =
  | 'townships'
  | 'villages'
  | 'enterprises'
  | 'persons'
  | 'pairings'
  | 'ledger'
  | 'monthlyReports'
  | 'inspections'
  | 'rectifications'
  | 'evaluations'
  | 'trainings'
  | 'trainees'
  | 'commendations'
  | 'nominees'
  | 'industryBases'
  | 'trainingBases'
  | 'meetings';
