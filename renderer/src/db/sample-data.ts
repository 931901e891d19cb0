// 示例数据: the sample county loaded into an empty store as one import batch of kind
// 'sample', so it is marked everywhere and removed whole in one step. Loading also sets the
// working year to the sample's last year, and the sample county's office details only where
// the office has entered none of its own. Clearing puts back what loading changed and nothing
// else: the office's own details (entered before, or in 设置 while the sample was loaded)
// and a working year chosen since are left as they are.
import type { ImportBatch } from '@shared/model/types';
import type { AppDatabase } from './database';
import { newId, nowIso } from './audit';
import { applyLedgerChanges } from './repositories/ledger-aggregates';
import { applyBaseChanges } from './repositories/industry-bases';
import type { LedgerDraft, LedgerRepository } from './repositories/ledger';
import type { OfficeSettings, SampleMemo } from '@shared/model/settings';
import { getSetting, setSetting } from './settings';
import { currentSampleBatch, isStoreEmpty, SAMPLE_FILE_NAME } from './sample-state';

export { SAMPLE_FILE_NAME, isStoreEmpty, currentSampleBatch };

/** The sample county's office, set only where the office has entered none of its own. */
const SAMPLE_OFFICE = {
  unitName: '中共长汀县委组织部',
  issuerName: '中共长汀县委员会',
  issuerMark: '中共长汀县委员会文件',
  docPrefix: '汀委',
  superiorName: '中共龙岩市委',
  mainRecipients: '各乡（镇）党委、开发区党工委，县直各单位党组织',
  copyTo: '市委组织部',
  printingOrg: '中共长汀县委办公室',
};

type Memo = SampleMemo;

function sampleOffice(before: OfficeSettings, countyName: string): OfficeSettings {
  return { ...before, ...SAMPLE_OFFICE, countyName };
}

/** The office details loading set, if it set any (memos written before this field existed are read too). */
function sampleSetOffice(memo: Memo): OfficeSettings | null {
  if (memo.setOffice !== undefined) return memo.setOffice;
  return memo.office.unitName ? null : sampleOffice(memo.office, OLD_MEMO_SAMPLE.countyName);
}

/** The sample county's name and last year, for memos written before they were recorded (building the county to read them would be slow). */
const OLD_MEMO_SAMPLE = { countyName: '长汀县', lastYear: 2008 };

const sameOffice = (a: OfficeSettings, b: OfficeSettings) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

const REGISTRY_TABLES = ['townships', 'villages', 'enterprises', 'persons', 'pairings', 'trainings', 'trainees', 'commendations', 'nominees', 'industryBases', 'trainingBases', 'meetings', 'monthlyReports'] as const;

/** `evenIfNotEmpty` is for undoing a clear: the user's own records added meanwhile stay beside it. */
export async function loadSampleData(db: AppDatabase, ledger: LedgerRepository, options: { evenIfNotEmpty?: boolean } = {}): Promise<ImportBatch> {
  // The sample's generator loads only when the user asks for the sample.
  const { buildSeedCounty } = await import('@shared/sample/seed-county');
  const county = buildSeedCounty();
  const time = nowIso();
  const batch: ImportBatch = {
    id: newId(),
    kind: 'sample',
    fileName: SAMPLE_FILE_NAME,
    fileHash: '',
    createdAt: time,
    counts: { added: 0, updated: 0, rejected: 0 },
    undone: false,
  };
  const stamp = <T extends { createdAt: string; updatedAt: string }>(r: T) => ({ ...r, createdAt: time, updatedAt: time, importBatchId: batch.id });
  const tables = {
    townships: county.townships.map(stamp),
    villages: county.villages.map(stamp),
    enterprises: county.enterprises.map(stamp),
    persons: county.persons.map(stamp),
    pairings: county.pairings.map(stamp),
    trainings: county.trainings.map(stamp),
    trainees: county.trainees.map(stamp),
    commendations: county.commendations.map(stamp),
    nominees: county.nominees.map(stamp),
    industryBases: county.bases.map(stamp),
    trainingBases: county.trainingBases.map(stamp),
    meetings: county.meetings.map(stamp),
    monthlyReports: county.monthlyReports.map(stamp),
  };
  const drafts: LedgerDraft[] = county.ledger.map(({ id: _id, createdAt: _c, updatedAt: _u, deleted: _d, ...draft }) => draft);
  batch.counts.added = Object.values(tables).reduce((s, rows) => s + rows.length, 0) + drafts.length;

  // Every record, the ledger with its aggregates, the batch, the audit log and the settings commit together.
  await db.transaction('rw', [...REGISTRY_TABLES.map((t) => db.table(t)), db.pairingEvents, db.ledger, db.ledgerAggregates, db.townshipAggregates, db.importBatches, db.audit, db.settings], async () => {
    if (await currentSampleBatch(db)) throw new Error('示例数据已经载入');
    if (!options.evenIfNotEmpty && !(await isStoreEmpty(db))) throw new Error('已有数据，不能载入示例数据');
    for (const [table, rows] of Object.entries(tables)) {
      await db.table(table).bulkAdd(rows);
      await db.audit.bulkAdd(rows.map((after) => ({ time, action: 'create' as const, entity: table, entityId: after.id, after, batchId: batch.id })));
    }
    await db.pairingEvents.bulkAdd(county.pairingEvents.map((e) => ({ ...e, createdAt: time })));
    await ledger.createMany(drafts, batch.id);
    await applyBaseChanges(db, tables.industryBases.map((after) => ({ after })));
    await db.importBatches.add(batch);
    const office = await getSetting(db, 'office');
    const setOffice = office.unitName ? null : sampleOffice(office, county.countyName);
    const memo: Memo = { batchId: batch.id, office, workingYear: await getSetting(db, 'workingYear'), setOffice, setYear: county.lastYear };
    await setSetting(db, 'sampleData', memo);
    if (setOffice) await setSetting(db, 'office', setOffice);
    await setSetting(db, 'workingYear', county.lastYear);
  });
  return batch;
}

/** Records added since the sample was loaded that are not part of it (they stay when it is cleared). */
export async function recordsAddedSince(db: AppDatabase, batch: ImportBatch): Promise<number> {
  const counts = await Promise.all(
    [...REGISTRY_TABLES.map((t) => db.table(t)), db.ledger].map((t) => t.filter((r: { importBatchId?: string; deleted?: number }) => !r.deleted && r.importBatchId !== batch.id).count()),
  );
  return counts.reduce((a, b) => a + b, 0);
}

/** Removes every record of the sample batch, with its ledger totals and audit entries, in one transaction. */
export async function clearSampleData(db: AppDatabase, batchId: string): Promise<number> {
  let removed = 0;
  // Records, ledger, aggregates, pairing history, audit, batch and settings change together.
  await db.transaction('rw', [...REGISTRY_TABLES.map((t) => db.table(t)), db.pairingEvents, db.ledger, db.ledgerAggregates, db.townshipAggregates, db.importBatches, db.audit, db.settings], async () => {
    const batch = await db.importBatches.get(batchId);
    if (!batch || batch.kind !== 'sample' || batch.undone) throw new Error('没有可清除的示例数据');
    const entries = await db.ledger.where('importBatchId').equals(batchId).toArray();
    await applyLedgerChanges(db, entries.map((before) => ({ before })));
    await db.ledger.bulkDelete(entries.map((e) => e.id));
    removed += entries.length;
    const bases = await db.industryBases.where('importBatchId').equals(batchId).toArray();
    await applyBaseChanges(db, bases.map((before) => ({ before })));
    const pairingIds = await db.pairings.where('importBatchId').equals(batchId).primaryKeys();
    await db.pairingEvents.where('pairingId').anyOf(pairingIds).delete();
    // Not every table indexes importBatchId (townships, trainings, commendations); they are small.
    for (const table of REGISTRY_TABLES) removed += await db.table(table).filter((r: { importBatchId?: string }) => r.importBatchId === batchId).delete();
    await db.audit.where('batchId').equals(batchId).delete();
    const time = nowIso();
    await db.importBatches.put({ ...batch, undone: true, undoneAt: time });
    await db.audit.add({ time, action: 'delete', entity: 'importBatches', entityId: batchId, before: { kind: 'sample', fileName: batch.fileName, counts: batch.counts } });
    const memo = await getSetting(db, 'sampleData');
    if (memo?.batchId === batchId) {
      // Only what loading set and nobody changed since goes back.
      const setOffice = sampleSetOffice(memo);
      if (setOffice && sameOffice(await getSetting(db, 'office'), setOffice)) await setSetting(db, 'office', memo.office);
      if ((await getSetting(db, 'workingYear')) === (memo.setYear ?? OLD_MEMO_SAMPLE.lastYear)) await setSetting(db, 'workingYear', memo.workingYear);
      await db.settings.delete('sampleData');
    }
  });
  return removed;
}
