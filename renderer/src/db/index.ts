// The app's one database and its repositories. Tests build their own with createStore().
import { AppDatabase } from './database';
import { getDatabase } from './app-database';
import { EntityRepository } from './repositories/entity-repository';
import { LedgerRepository } from './repositories/ledger';
import { LedgerEntryService } from './repositories/ledger-entries';
import { PairingRepository } from './repositories/pairings';
import { townshipRepository } from './repositories/townships';
import { villageRepository } from './repositories/villages';
import { enterpriseRepository } from './repositories/enterprises';
import { personRepository } from './repositories/persons';
import { CommendationRepository } from './repositories/commendations';
import { TrainingRepository } from './repositories/trainings';
import { IndustryBaseRepository } from './repositories/industry-bases';
import { InspectionRepository } from './repositories/inspections';
import { EvaluationRepository } from './repositories/evaluations';
import { TrainingBaseRepository } from './repositories/training-bases';
import { MeetingRepository } from './repositories/meetings';
import { MonthlyReportService } from './repositories/monthly-reports';

export function createStore(db: AppDatabase) {
  const ledger = new LedgerRepository(db);
  return {
    db,
    townships: townshipRepository(db),
    villages: villageRepository(db),
    enterprises: enterpriseRepository(db),
    persons: personRepository(db),
    ledger,
    pairings: new PairingRepository(db),
    ledgerEntries: new LedgerEntryService(db, ledger),
    commendations: new CommendationRepository(db),
    trainings: new TrainingRepository(db),
    industryBases: new IndustryBaseRepository(db),
    inspections: new InspectionRepository(db),
    evaluations: new EvaluationRepository(db),
    trainingBases: new TrainingBaseRepository(db),
    meetings: new MeetingRepository(db),
    monthlyReports: new MonthlyReportService(db),
  };
}

export type Store = ReturnType<typeof createStore>;

let current: Store | undefined;

/** The app's store, opened on first use (over the same database as getDatabase()). */
export function getStore(): Store {
  current ??= createStore(getDatabase());
  return current;
}

export { AppDatabase, EntityRepository, getDatabase };
