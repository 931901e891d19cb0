// The sample county (示例数据): 长汀县 as the seed article describes it in December 2008. Pure
// and deterministic — the same records every time — so it serves both the tests (its totals
// are the article's figures) and the app's 「载入示例数据」 on an empty store.
import type {
  CommendationRound,
  Enterprise,
  LedgerEntry,
  MonthlyReport,
  Nominee,
  Pairing,
  PairingEvent,
  Person,
  Township,
  Trainee,
  TrainingClass,
  Village,
} from '../model/types';
import type { IndustryBase } from '../model/industry-base';
import type { TrainingBase } from '../model/training-base';
import type { Meeting } from '../model/meeting';
import { buildSeedActivity, SEED_LAST_YEAR } from './seed-activity';
import { buildSeedExchange } from './seed-exchange';
import { buildSeedRegistry } from './seed-registry';
import { buildSeedReports } from './seed-reports';

export type SeedCounty = {
  countyName: string;
  /** The year the figures are reported for; the work started in `firstYear`. */
  firstYear: number;
  lastYear: number;
  townships: Township[];
  villages: Village[];
  enterprises: Enterprise[];
  persons: Person[];
  pairings: Pairing[];
  pairingEvents: PairingEvent[];
  ledger: LedgerEntry[];
  bases: IndustryBase[];
  trainings: TrainingClass[];
  trainees: Trainee[];
  commendations: CommendationRound[];
  nominees: Nominee[];
  trainingBases: TrainingBase[];
  meetings: Meeting[];
  /** 月报 of the last year (seed-reports.ts). */
  monthlyReports: MonthlyReport[];
};

export function buildSeedCounty(): SeedCounty {
  const registry = buildSeedRegistry();
  const activity = buildSeedActivity(registry);
  const exchange = buildSeedExchange(registry, activity.pairings, activity.ledger, activity.persons);
  return {
    countyName: '长汀县',
    firstYear: 2006,
    lastYear: SEED_LAST_YEAR,
    townships: registry.townships,
    villages: registry.villages,
    enterprises: registry.enterprises,
    persons: [...registry.persons, ...activity.persons, ...exchange.persons],
    pairings: activity.pairings,
    pairingEvents: activity.pairingEvents,
    ledger: activity.ledger,
    bases: activity.bases,
    trainings: activity.trainings,
    trainees: activity.trainees,
    commendations: activity.commendations,
    nominees: activity.nominees,
    trainingBases: exchange.trainingBases,
    meetings: exchange.meetings,
    monthlyReports: buildSeedReports(activity.pairings, activity.ledger, SEED_LAST_YEAR),
  };
}
