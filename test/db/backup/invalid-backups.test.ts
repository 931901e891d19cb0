// A corpus of hand-edited backups (hashes recomputed, so only the record rules can catch
// them): one per case of issue 14's point 1, plus forbidden keys, an unknown table and
// records whose parent is missing. Each goes through the restore path the app takes (verify,
// then restore if verified) against a store holding data, which must be table by table the
// same afterwards; the refusal's report names table, record, field and what is wrong. A
// valid backup — the sample county's — still restores exactly.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import JSZip from 'jszip';
import { buildBackup, type BackupSnapshot } from '@shared/backup/write';
import { sha256Hex } from '@shared/backup/sha256';
import type { RecordIssue, RecordReport } from '@shared/model/record-rules';
import { idCardCheckChar } from '@shared/model/idcard';
import { AppDatabase } from '@renderer/db/database';
import { createStore } from '@renderer/db';
import { loadSampleData } from '@renderer/db/sample-data';
import { readSnapshot } from '@renderer/features/backup/store-io';
import { buildDatabaseAt } from '../../fixtures/db/build';
import { makeV001Data, type FixtureRows } from '../../fixtures/db/v001-data';
import { freshStore } from '../helpers';
import { dump, rig } from './support';

vi.setConfig({ testTimeout: 120_000 });

type Tables = Record<string, Record<string, unknown>[]>;

const base = makeV001Data({ townships: 3, villagesPer: 3, enterprisesPer: 2, ledger: 60, audit: 5 });

const backupOf = (tables: BackupSnapshot) => buildBackup({ tables, appVersion: '0.1.0', schemaVersion: 2, createdAt: '2026-11-25T01:02:03.000Z', reason: 'manual' });

/** The base data with one change made to a copy (attachments keep their Blobs). */
function edited(change: (t: Tables) => void): BackupSnapshot {
  const { attachments, ...rest } = base;
  const copy = structuredClone(rest) as unknown as Tables;
  copy.attachments = attachments.map((a) => ({ ...a }));
  change(copy);
  return copy;
}

/** Rewrites one table part's JSON text (for what buildBackup would never write), hashes recomputed. */
async function editedJson(bytes: Uint8Array, table: string, edit: (json: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
  const part = manifest.parts.find((p: { table?: string }) => p.table === table);
  const text = edit(await zip.file(part.path)!.async('string'));
  const raw = new TextEncoder().encode(text);
  zip.file(part.path, raw);
  part.bytes = raw.byteLength;
  part.sha256 = await sha256Hex(raw);
  zip.file('manifest.json', JSON.stringify(manifest));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const first = (t: Tables, table: string) => t[table]![0]!;
const liveVillage = (t: Tables) => t.villages!.find((v) => !v.deleted)!;

/** A valid ID number born 1970-01-01 with the given serial. */
function idNumber(serial: number): string {
  const first17 = `350821197001010${String(serial).padStart(2, '0')}`;
  return first17 + idCardCheckChar(first17);
}

type Case = { name: string; bytes: () => Promise<Uint8Array>; expected: Partial<Omit<RecordIssue, 'message'>> & { message: RegExp } };

/** The refusal's report (a restore result has none; a verify refusal may). */
function reportOf(result: { ok: boolean }): RecordReport {
  const report = (result as { report?: RecordReport }).report;
  if (result.ok || !report) throw new Error(`refused without a report: ${(result as { error?: string }).error ?? 'not refused'}`);
  return report;
}

const CASES: Case[] = [
  {
    name: 'population "abc"',
    bytes: () => backupOf(edited((t) => void (liveVillage(t).population = 'abc'))),
    expected: { table: 'villages', field: '人口', message: /人口应为非负整数/ },
  },
  {
    name: 'households -5',
    bytes: () => backupOf(edited((t) => void (liveVillage(t).households = -5))),
    expected: { table: 'villages', field: '户数', message: /户数应为非负整数/ },
  },
  {
    name: 'an enterprise party-organization type not in the list',
    bytes: () => backupOf(edited((t) => void ((first(t, 'enterprises').partyOrg as Record<string, unknown>).type = '支部委员会'))),
    expected: { table: 'enterprises', field: '党组织类型', message: /党组织类型应为/ },
  },
  {
    name: 'a village whose township does not exist',
    bytes: () => backupOf(edited((t) => void (liveVillage(t).townshipId = 't-999999'))),
    expected: { table: 'villages', field: '所属乡镇', message: /所属乡镇不存在/ },
  },
  {
    name: 'a pairing whose enterprise does not exist',
    bytes: () => backupOf(edited((t) => void (first(t, 'pairings').enterpriseId = 'e-999999'))),
    expected: { table: 'pairings', field: '企业', message: /企业不存在/ },
  },
  {
    name: 'an ID number with a wrong check digit',
    bytes: () => backupOf(edited((t) => void (first(t, 'persons').idNumber = `${idNumber(1).slice(0, 17)}${idNumber(1).endsWith('0') ? '1' : '0'}`))),
    expected: { table: 'persons', field: '身份证号', message: /校验/ },
  },
  {
    name: 'one ID number on two people',
    bytes: () =>
      backupOf(
        edited((t) => {
          const live = t.persons!.filter((p) => !p.deleted);
          for (const p of live.slice(0, 2)) Object.assign(p, { idNumber: idNumber(11), gender: '男' });
        }),
      ),
    expected: { table: 'persons', field: '身份证号', message: /身份证号与本表第 \d+ 条记录「.+」重复/ },
  },
  {
    name: 'a duplicate USCC',
    bytes: () =>
      backupOf(
        edited((t) => {
          const live = t.enterprises!.filter((e) => !e.deleted);
          for (const e of live.slice(0, 2)) e.uscc = '91350100M000100Y43';
        }),
      ),
    expected: { table: 'enterprises', field: '统一社会信用代码', message: /统一社会信用代码与本表第 \d+ 条记录.*重复/ },
  },
  {
    name: 'a malformed USCC',
    bytes: () => backupOf(edited((t) => void (first(t, 'enterprises').uscc = '91350100M000100Y44'))),
    expected: { table: 'enterprises', field: '统一社会信用代码', message: /校验/ },
  },
  {
    name: 'a 5,000-character township name',
    bytes: () => backupOf(edited((t) => void (first(t, 'townships').name = '镇'.repeat(5000)))),
    expected: { table: 'townships', field: '乡镇名称', message: /乡镇名称不能超过30个字/ },
  },
  {
    name: 'township kind 星球',
    bytes: () => backupOf(edited((t) => void (first(t, 'townships').kind = '星球'))),
    expected: { table: 'townships', field: '类型', message: /类型应为 乡、镇、街道 或 开发区/ },
  },
  {
    name: 'ledger amount "abc"',
    bytes: () => backupOf(edited((t) => void ((t.ledger!.find((e) => e.type === 'funds')!.figures as Record<string, unknown>).amount = 'abc'))),
    expected: { table: 'ledger', field: '金额', message: /「金额」应为非负数，实际为「abc」/ },
  },
  {
    name: 'ledger amount stored as the text "3,500" (the form stores 3500)',
    bytes: () => backupOf(edited((t) => void ((t.ledger!.find((e) => e.type === 'funds')!.figures as Record<string, unknown>).amount = '3,500'))),
    expected: { table: 'ledger', field: '金额', message: /应存为数字/ },
  },
  {
    name: 'a ledger date 2007-13-45',
    bytes: () => backupOf(edited((t) => Object.assign(first(t, 'ledger'), { date: '2007-13-45', year: 2007 }))),
    expected: { table: 'ledger', field: '日期', message: /日期「2007-13-45」不是有效日期/ },
  },
  {
    name: 'a pairing applied on 2007-13-45',
    bytes: () => backupOf(edited((t) => void (first(t, 'pairings').appliedDate = '2007-13-45'))),
    expected: { table: 'pairings', field: '申请日期', message: /申请日期不是有效日期/ },
  },
  {
    name: 'a meeting of kind 星球会 (tables of 培训交流 are judged by their forms\' schemas too)',
    bytes: () =>
      backupOf(edited((t) => void (t.meetings = [{ id: 'mt-1', kind: '星球会', title: '联建交流会', date: '2008-06-01', enterpriseIds: [], villageIds: [liveVillage(t).id], personIds: [], decisions: [], deleted: 0 }]))),
    expected: { table: 'meetings', field: '会议类型', message: /会议类型应为/ },
  },
  {
    name: 'a 技能培训基地 whose village does not exist',
    bytes: () =>
      backupOf(edited((t) => void (t.trainingBases = [{ id: 'tb-1', name: '缝纫培训基地', villageId: 'v-999999', enterpriseIds: [String(first(t, 'enterprises').id)], deleted: 0 }]))),
    expected: { table: 'trainingBases', field: '基地所在的村', message: /基地所在的村不存在/ },
  },
  {
    name: 'an 产业基地 with households -5',
    bytes: () =>
      backupOf(
        edited((t) => {
          const p = first(t, 'pairings');
          t.industryBases = [{ id: 'ib-1', name: '毛竹基地', pairingIds: [p.id], year: 2007, townshipId: p.responsibleTownshipId, households: -5, deleted: 0 }];
        }),
      ),
    expected: { table: 'industryBases', field: '带动农户', message: /带动农户应为非负整数/ },
  },
  {
    name: 'a rectification item whose inspection is missing',
    bytes: () =>
      backupOf(
        edited(
          (t) =>
            void (t.rectifications = [
              { id: 'rc-1', inspectionId: 'in-999', pairingId: first(t, 'pairings').id, problem: '台账不全', requirement: '补齐台账', responsible: '红星村', deadline: '2008-10-31', status: '待整改', attachmentIds: [], deleted: 0 },
            ]),
        ),
      ),
    expected: { table: 'rectifications', field: '所属督查', message: /所属督查不存在/ },
  },
  {
    name: 'a __proto__ key in a record',
    bytes: async () => editedJson(await backupOf(base), 'townships', (json) => json.replace('{"id":"t-000000"', '{"__proto__":{"polluted":true},"id":"t-000000"')),
    expected: { table: 'townships', field: '__proto__', message: /不允许的字段名「__proto__」/ },
  },
  {
    name: 'a constructor key inside a record',
    bytes: async () => editedJson(await backupOf(base), 'villages', (json) => json.replace('"partyOrg":{', '"partyOrg":{"constructor":{"prototype":{"x":1}},')),
    expected: { table: 'villages', field: 'partyOrg.constructor', message: /不允许的字段名「constructor」/ },
  },
  {
    name: 'a nominee whose commendation round is missing (parent table emptied)',
    bytes: () => backupOf(edited((t) => void (t.commendations = []))),
    expected: { table: 'nominees', field: '表彰轮次', message: /表彰轮次不存在/ },
  },
  {
    name: 'a pairing event whose pairing is missing',
    bytes: () => backupOf(edited((t) => void (first(t, 'pairingEvents').pairingId = 'pr-999999'))),
    expected: { table: 'pairingEvents', field: '所属联建', message: /所属联建不存在/ },
  },
  {
    name: 'a working year "abc" in the settings',
    bytes: () => backupOf(edited((t) => void (t.settings!.find((s) => s.key === 'workingYear')!.value = 'abc'))),
    expected: { table: 'settings', field: '设置值', message: /工作年度/ },
  },
  {
    name: 'a setting the app does not have',
    bytes: () => backupOf(edited((t) => void t.settings!.push({ key: 'constructor', value: 1 }))),
    expected: { table: 'settings', field: '设置项', message: /未知的设置项「constructor」/ },
  },
];

describe('a hand-edited backup that breaks the record rules is refused whole; the store is untouched', () => {
  let db: AppDatabase;
  let service: ReturnType<typeof rig>['service'];
  let before: Record<string, unknown[]>;

  beforeAll(async () => {
    const name = `inv-${crypto.randomUUID()}`;
    await buildDatabaseAt(2, name, makeV001Data({ townships: 2, villagesPer: 2, enterprisesPer: 1, ledger: 20, audit: 3 }) as Partial<FixtureRows>);
    db = new AppDatabase(name);
    ({ service } = rig({ store: createStore(db) }));
    before = await dump(db);
  });

  /** What the restore flow does with a chosen file: verify, and restore only what verified. */
  async function restoreFile(bytes: Uint8Array) {
    const verified = await service.verify(bytes);
    if (!verified.ok) return verified;
    return service.restore(verified.value, 'x.cqbak');
  }

  it('the unedited base backup is valid (so each case below fails for its own edit alone)', async () => {
    expect(await service.verify(await backupOf(base))).toMatchObject({ ok: true });
  });

  it.each(CASES)('$name', async ({ bytes, expected }) => {
    const result = await restoreFile(await bytes());
    const report = reportOf(result);
    expect(!result.ok && result.error).toMatch(/处记录不符合本程序的数据规则.*未做任何更改/);
    expect(report.issues).toContainEqual(expect.objectContaining({ ...expected, message: expect.stringMatching(expected.message) }));
    expect(report.total).toBeGreaterThanOrEqual(1);
    const after = await dump(db);
    for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
  });

  it('an unknown table is refused before any record is read', async () => {
    const bytes = await backupOf(base);
    const zip = await JSZip.loadAsync(bytes);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    const raw = new TextEncoder().encode('[{"id":"x"}]');
    zip.file('tables/secrets/0001.json', raw);
    manifest.parts.push({ kind: 'table', path: 'tables/secrets/0001.json', table: 'secrets', rows: 1, bytes: raw.byteLength, sha256: await sha256Hex(raw) });
    manifest.counts.secrets = 1;
    zip.file('manifest.json', JSON.stringify(manifest));
    const result = await restoreFile(await zip.generateAsync({ type: 'uint8array' }));
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('未知的数据表「secrets」') });
    expect(await dump(db)).toEqual(before);
  });

  it('reports at most 200 issues, and how many there are in all', async () => {
    const bytes = await backupOf(edited((t) => t.ledger!.forEach((e) => (e.date = '2007-13-45'))));
    const report = reportOf(await service.verify(bytes));
    expect(report.total).toBeGreaterThanOrEqual(base.ledger.length);
    expect(report.issues.length).toBeLessThanOrEqual(200);
  });
});

describe('a valid backup still restores exactly', () => {
  it('the sample county: backed up, restored over other data, every table as it was', async () => {
    const source = freshStore();
    await loadSampleData(source.db, source.ledger);
    const snapshot = await readSnapshot(source.db);
    const expected = await dump(source.db);

    const name = `target-${crypto.randomUUID()}`;
    await buildDatabaseAt(2, name, makeV001Data({ townships: 2, villagesPer: 2, enterprisesPer: 1, ledger: 20, audit: 3 }) as Partial<FixtureRows>);
    const { service, db } = rig({ store: createStore(new AppDatabase(name)) });
    const verified = await service.verify(await backupOf(snapshot));
    if (!verified.ok) throw new Error(`${verified.error}\n${JSON.stringify(verified.report?.issues.slice(0, 5))}`);
    expect((await service.restore(verified.value, '示例.cqbak')).ok).toBe(true);
    const after = await dump(db);
    for (const table of Object.keys(expected)) {
      if (table === 'audit') continue;
      expect(after[table], table).toEqual(expected[table]);
    }
    expect(after.audit!.slice(0, expected.audit!.length)).toEqual(expected.audit);
  });
});
