// v001: the whole data model of PRODUCT.md. Indexes are those the lists, filters and
// reports need; `deleted` (0/1) is indexed so live records are found without a scan.
// A shipped migration is never edited: later changes go into v002-….ts and onwards.
import type { Migration } from './types';

export const v001Initial: Migration = {
  version: 1,
  name: 'initial',
  stores: {
    townships: 'id, name, order, deleted',
    villages: 'id, townshipId, name, [townshipId+name], areaCode, deleted, importBatchId',
    enterprises: 'id, townshipId, name, uscc, industry, deleted, importBatchId',
    persons: 'id, name, idNumber, orgId, politicalStatus, deleted, importBatchId',
    pairings: 'id, code, enterpriseId, villageId, status, responsibleTownshipId, appliedDate, deleted, importBatchId',
    pairingEvents: 'id, pairingId, date',
    ledger: 'id, pairingId, enterpriseId, villageId, townshipId, type, year, date, [type+year], [townshipId+year], deleted, importBatchId',
    ledgerAggregates: 'id, pairingId, townshipId, year, type, [year+townshipId]',
    attachments: 'id, ownerId',
    monthlyReports: 'id, pairingId, month, [pairingId+month], deleted',
    inspections: 'id, quarter, date, deleted',
    evaluations: 'id, year, deleted',
    trainings: 'id, startDate, deleted',
    commendations: 'id, year, status, deleted',
    nominees: 'id, roundId, refId, deleted, importBatchId',
    importBatches: 'id, kind, createdAt, [kind+year+townshipId]',
    tallyReports: 'id, year, townshipId, [year+townshipId], batchId',
    audit: '++seq, time, entity, entityId, action, batchId',
    settings: 'key',
    importMappings: 'signature',
  },
};
