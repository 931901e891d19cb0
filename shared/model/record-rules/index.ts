// THE RECORD-RULE REGISTRY: one entry per table of a backup, saying what a valid record of it
// is. A restore runs every rule over every record of every table before anything is replaced
// (shared/backup/validate.ts), and refuses the whole file with a report if one fails; the
// import commit re-checks new records against the stored natural keys (`unique`).
//
// Adding a table (it goes into shared/backup/tables.ts too — the type below then insists on
// an entry here):
//   1. `shape`: the bookkeeping fields every version wrote, with neutral defaults (shapes.ts),
//      and `timestamps`: which of createdAt / updatedAt a restore fills when missing.
//   2. `content`: the zod schema of shared/model/schemas the table's form and importer use —
//      the same object, never a second copy, so no door accepts what another refuses.
//   3. `check`: what the schema cannot see (status enums, stored dates, figures by catalog).
//   4. `refs`: every field naming another record ('items[].pairingId' walks arrays), which must
//      exist in the same backup; `unique`: the keys no two live records may share.
//   5. A case in test/unit/shared/backup/invalid-backups.test.ts for a record it refuses.
import { checkSettingValue, isSettingKey } from '../settings';
import type { BackupTableName } from '../../backup/tables';
import { attachmentRule, commendationRule, ledgerRule, nomineeRule, pairingEventRule, pairingRule } from './activity-tables';
import { enterpriseRule, personRule, townshipRule, villageRule } from './registry-tables';
import { traineeRule, trainingRule } from './training-tables';
import { evaluationRule, industryBaseRule, inspectionRule, meetingRule, rectificationRule, trainingBaseRule } from './supervision-tables';
import {
  auditShape,
  figureSourceShape,
  importBatchShape,
  importMappingShape,
  monthlyReportShape,
  settingShape,
  tallyReportShape,
} from './shapes';
import { figureSourceSchema } from '../schemas/figure-source';
import { monthlyReportSchema, REPORT_FIELD_LABELS } from '../schemas/monthly-report';
import type { TableRule } from './types';

export type { FieldIssue, RecordIssue, RecordReport, RefRule, Row, TableRule, UniqueRule } from './types';
export { MAX_REPORTED } from './types';

const settingRule: TableRule = {
  shape: settingShape,
  check: (r) => {
    const key = String(r.key);
    if (!isSettingKey(key)) return [{ field: 'key', message: `未知的设置项「${key.slice(0, 40)}」` }];
    const checked = checkSettingValue(key, r.value);
    return checked.ok ? [] : [{ field: 'value', message: checked.error }];
  },
  name: (r) => String(r.key),
  labels: { key: { label: '设置项' }, value: { label: '设置值' } },
};

export const RECORD_RULES: Record<BackupTableName, TableRule> = {
  townships: townshipRule,
  villages: villageRule,
  enterprises: enterpriseRule,
  persons: personRule,
  pairings: pairingRule,
  pairingEvents: pairingEventRule,
  ledger: ledgerRule,
  attachments: attachmentRule,
  monthlyReports: {
    shape: monthlyReportShape,
    timestamps: 'base',
    content: monthlyReportSchema,
    refs: [{ field: 'pairingId', label: '所属联建', to: 'pairings' }],
    labels: Object.fromEntries(Object.entries(REPORT_FIELD_LABELS).map(([k, label]) => [k, { label }])),
  },
  inspections: inspectionRule,
  rectifications: rectificationRule,
  evaluations: evaluationRule,
  trainings: trainingRule,
  trainees: traineeRule,
  commendations: commendationRule,
  nominees: nomineeRule,
  importBatches: { shape: importBatchShape, timestamps: 'created', refs: [{ field: 'townshipId', label: '乡镇', to: 'townships' }], name: (r) => String(r.fileName) },
  tallyReports: {
    shape: tallyReportShape,
    timestamps: 'created',
    refs: [
      { field: 'townshipId', label: '乡镇', to: 'townships' },
      { field: 'batchId', label: '导入批次', to: 'importBatches' },
      { field: 'rows[].pairingId', label: '联建', to: 'pairings' },
    ],
  },
  audit: { shape: auditShape },
  settings: settingRule,
  importMappings: { shape: importMappingShape, timestamps: 'updated' },
  industryBases: industryBaseRule,
  trainingBases: trainingBaseRule,
  meetings: meetingRule,
  figureSources: {
    shape: figureSourceShape,
    timestamps: 'base',
    content: figureSourceSchema,
    refs: [{ field: 'townshipId', label: '乡镇', to: 'townships' }],
    labels: { year: { label: '年度' }, townshipId: { label: '乡镇' }, source: { label: '采用的数字' } },
  },
};
