// The targets the import wizard offers, by route key (/import/villages…).
import type { ImportTarget } from '../target';
import { enterpriseTarget } from './enterprises';
import { personTarget } from './persons';
import { townshipTarget } from './townships';
import { villageTarget } from './villages';

export const IMPORT_TARGETS: readonly ImportTarget[] = [townshipTarget, villageTarget, enterpriseTarget, personTarget];

export const targetByKey = (key: string | undefined): ImportTarget | undefined => IMPORT_TARGETS.find((t) => t.key === key);

export { enterpriseTarget, personTarget, townshipTarget, villageTarget };
