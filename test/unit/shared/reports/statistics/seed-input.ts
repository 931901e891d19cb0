import { buildSeedCounty, type SeedCounty } from '@shared/sample/seed-county';
import { aggregateEntries } from '@shared/reports/statistics/aggregate-entries';
import type { StatisticsInput } from '@shared/reports/statistics/input';
import { baseAggregates } from '@shared/model/industry-base';

/** The sample county as the statistics read it: aggregates in place of the ledger. */
export function seedInput(county: SeedCounty = buildSeedCounty()): StatisticsInput {
  return {
    townships: county.townships,
    enterprises: county.enterprises,
    villages: county.villages,
    pairings: county.pairings,
    aggregates: [...aggregateEntries(county.ledger), ...county.bases.flatMap((b) => baseAggregates(b, (id) => county.pairings.find((p) => p.id === id)))],
    trainings: county.trainings,
    trainees: county.trainees,
    persons: county.persons,
    commendations: county.commendations,
    nominees: county.nominees,
    meetings: county.meetings,
  };
}
