// Migrations in version order. Append new ones; never edit or reorder a shipped one.
import type { Migration } from './types';
import { v001Initial } from './v001-initial';
import { v002LiveIndexes } from './v002-live-indexes';
import { v003FigureSources } from './v003-figure-sources';
import { v004IndustryBases } from './v004-industry-bases';
import { v005MonthlyReports } from './v005-monthly-reports';
import { v006InspectionsEvaluations } from './v006-inspections-evaluations';
import { v007Trainees } from './v007-trainees';
import { v008TrainingExchange } from './v008-training-exchange';
import { v009AuditBatches } from './v009-audit-batches';
import { v010Journal } from './v010-journal';
import { v011RecordKeys } from './v011-record-keys';
import { v012RegisterDigest } from './v012-register-digest';

export const MIGRATIONS: readonly Migration[] = [
  v001Initial,
  v002LiveIndexes,
  v003FigureSources,
  v004IndustryBases,
  v005MonthlyReports,
  v006InspectionsEvaluations,
  v007Trainees,
  v008TrainingExchange,
  v009AuditBatches,
  v010Journal,
  v011RecordKeys,
  v012RegisterDigest,
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
