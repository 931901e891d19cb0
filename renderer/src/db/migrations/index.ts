// Migrations in version order. Append new ones; never edit or reorder a shipped one.
import type { Migration } from './types';
import { v001Initial } from './v001-initial';
import { v002LiveIndexes } from './v002-live-indexes';
import { v004IndustryBases } from './v004-industry-bases';
import { v006InspectionsEvaluations } from './v006-inspections-evaluations';
import { v007Trainees } from './v007-trainees';
import { v008TrainingExchange } from './v008-training-exchange';
import { v009AuditBatches } from './v009-audit-batches';

export const MIGRATIONS: readonly Migration[] = [v001Initial, v002LiveIndexes, v004IndustryBases, v006InspectionsEvaluations, v007Trainees, v008TrainingExchange, v009AuditBatches];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
