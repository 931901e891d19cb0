// The capability areas shown in the left navigation, in PRODUCT.md's order. Only areas
// that work are listed; each feature folder exports its FeatureArea.
import type { FeatureArea } from './feature';
import { homeArea } from '../features/home/area';
import { registryArea } from '../features/registry/area';
import { pairingsArea } from '../features/pairings/area';
import { ledgerArea } from '../features/ledger/area';
import { supervisionArea } from '../features/supervision/area';
import { commendationArea } from '../features/commendation/area';
import { trainingArea } from '../features/training/area';
import { backupArea } from '../features/backup/area';
import { talliesArea } from '../features/tallies/area';
import { statisticsArea } from '../features/statistics/area';
import { settingsArea } from '../features/settings/area';

export const AREAS: FeatureArea[] = [homeArea, registryArea, pairingsArea, ledgerArea, supervisionArea, trainingArea, commendationArea, talliesArea, statisticsArea, backupArea, settingsArea];
