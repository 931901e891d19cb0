// The targets the import wizard offers, by route key (/import/villages…).
import type { ImportTarget } from '../target';
import { enterpriseTarget } from './enterprises';
import { personTarget } from './persons';
import { townshipTarget } from './townships';
import { villageTarget } from './villages';
import { pairingListTarget } from '../../pairings/import-target';
import { LEDGER_IMPORT_TARGETS } from '../../ledger/import-targets';

export const IMPORT_TARGETS: readonly ImportTarget[] = [townshipTarget, villageTarget, enterpriseTarget, personTarget, pairingListTarget, ...LEDGER_IMPORT_TARGETS];

export const targetByKey = (key: string | undefined): ImportTarget | undefined => IMPORT_TARGETS.find((t) => t.key === key);

export { enterpriseTarget, personTarget, townshipTarget, villageTarget };
