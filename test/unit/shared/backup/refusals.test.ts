// RELIABILITY.md, faults: "a corrupt or foreign backup file chosen for restore → refused after
// verification" — and bad input: "`../` in a restore path". Each test feeds a broken file to
// the reader and expects a Chinese refusal, never data.
import { describe, expect, it, vi } from 'vitest';
import JSZip from 'jszip';
import { CORRUPT, FOREIGN, isSafeEntryPath, readBackup } from '@shared/backup/read';
import { makeV001Data } from '../../../fixtures/db/v001-data';
import { backupOf, replaceBytes, rezip, SCHEMA } from './helpers';

// Zipping and re-zipping takes seconds on a busy shared machine.
vi.setConfig({ testTimeout: 30_000 });

const data = makeV001Data({ townships: 2, villagesPer: 2, enterprisesPer: 2, ledger: 120, audit: 5 });

async function refusal(bytes: Uint8Array, schemaVersion = SCHEMA): Promise<string> {
  const result = await readBackup(bytes, { schemaVersion });
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('corrupt or foreign backup → refused after verification (fault row)', () => {
  it('refuses empty and random bytes as foreign', async () => {
    expect(await refusal(new Uint8Array())).toBe(FOREIGN);
    const random = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) & 0xff);
    expect(await refusal(random)).toBe(FOREIGN);
  });

  it('refuses a truncated file (every cut of a real backup)', async () => {
    const bytes = await backupOf(data);
    for (const fraction of [0.1, 0.5, 0.9, 0.999]) {
      const cut = bytes.slice(0, Math.floor(bytes.length * fraction));
      expect(await refusal(cut)).toMatch(/损坏或不完整|不是村企联建/);
    }
  });

  it('refuses a zip that is not ours (an .xlsx, a zip without manifest, another format id)', async () => {
    const other = new JSZip();
    other.file('[Content_Types].xml', '<Types/>');
    expect(await refusal(await other.generateAsync({ type: 'uint8array' }))).toBe(FOREIGN);
    const wrongId = await rezip(await backupOf(data), async (zip) => {
      const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
      zip.file('manifest.json', JSON.stringify({ ...manifest, format: 'excalidraw' }));
    });
    expect(await refusal(wrongId)).toBe(FOREIGN);
  });

  it('refuses a part whose SHA-256 does not match the manifest', async () => {
    const tampered = await rezip(await backupOf(data), async (zip) => {
      const text = await zip.file('tables/townships/0001.json')!.async('string');
      zip.file('tables/townships/0001.json', text.replace('汀州镇', '汀洲镇'));
    });
    expect(await refusal(tampered)).toMatch(/「乡镇」数据的校验值不符/);
  });

  it('refuses a flipped byte inside compressed data', async () => {
    const bytes = await backupOf(data);
    const flipped = bytes.slice();
    flipped[Math.floor(bytes.length / 3)] ^= 0xff;
    expect(await refusal(flipped)).toMatch(/损坏|校验值不符|无法读取/);
  });

  it('refuses an attachment whose bytes were changed', async () => {
    const tampered = await rezip(await backupOf(data), (zip) => {
      zip.file('attachments/000001.bin', new Uint8Array(256 + 0));
    });
    expect(await refusal(tampered)).toMatch(/附件.*校验值不符/);
  });

  it('refuses entries the manifest does not list, and parts that are missing', async () => {
    const extra = await rezip(await backupOf(data), (zip) => {
      zip.file('tables/evil.js', 'alert(1)');
    });
    expect(await refusal(extra)).toMatch(/清单之外的文件/);
    const missing = await rezip(await backupOf(data), (zip) => {
      zip.remove('tables/ledger/0001.json');
    });
    expect(await refusal(missing)).toBe(CORRUPT);
  });

  it('refuses a backup made by a newer version of the app', async () => {
    expect(await refusal(await backupOf(data), SCHEMA - 1)).toMatch(/较新版本/);
  });

  it('refuses rows that cannot be normalized, naming table and row', async () => {
    const bad = await backupOf({ townships: [{ id: 't1', name: '河田镇', kind: '镇', order: 1 }, { id: 't2', kind: '镇' }] });
    const refused = await readBackup(bad, { schemaVersion: SCHEMA });
    expect(refused).toMatchObject({ ok: false, error: expect.stringContaining('1 处记录不符合'), report: { total: 1 } });
    expect(!refused.ok && refused.report?.issues[0]).toMatchObject({ table: 'townships', index: 2, message: '记录无效：字段「name」缺失或格式不对' });
    const dup = await backupOf({ townships: [{ id: 't1', name: 'a', kind: '镇' }, { id: 't1', name: 'b', kind: '镇' }] });
    const dupRefused = await readBackup(dup, { schemaVersion: SCHEMA });
    expect(!dupRefused.ok && dupRefused.report?.issues[0]).toMatchObject({ table: 'townships', index: 2, message: '记录编号与本表第 1 条记录重复' });
  });

  it('refuses counts in the manifest that disagree with the rows', async () => {
    const lying = await rezip(await backupOf(data), async (zip) => {
      const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
      manifest.counts.townships += 1;
      zip.file('manifest.json', JSON.stringify(manifest));
    });
    expect(await refusal(lying)).toBe(CORRUPT);
  });

  it('refuses a zip bomb from the declared sizes, before inflating it', async () => {
    const bomb = await rezip(await backupOf({}), async (zip) => {
      const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
      const huge = new Uint8Array(64 * 1024 * 1024);
      zip.file('attachments/000001.bin', huge);
      manifest.parts.push({ kind: 'attachment', path: 'attachments/000001.bin', id: 'x', type: '', bytes: huge.length, sha256: '0'.repeat(64) });
      zip.file('manifest.json', JSON.stringify(manifest));
    });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const result = await readBackup(bomb, { schemaVersion: SCHEMA, maxTotalBytes: 16 * 1024 * 1024 });
    expect(result).toEqual({ ok: false, error: '备份文件解压后过大，已拒绝' });
  }, 60_000);

  it('stops inflating a part that grows past the size its manifest declares', async () => {
    const lying = await rezip(await backupOf(data), async (zip) => {
      const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
      const part = manifest.parts.find((p: { path: string }) => p.path === 'tables/townships/0001.json');
      part.bytes = 10;
      zip.file('manifest.json', JSON.stringify(manifest));
    });
    expect(await refusal(lying)).toMatch(/损坏|校验值不符/);
  });
});

describe('`../` in a restore path → rejected (bad-input row)', () => {
  it('refuses a backup whose zip holds an entry named ../…', async () => {
    const base = await rezip(await backupOf(data), (zip) => {
      zip.file('AA/evil.json', '{}');
    });
    const traversal = replaceBytes(base, 'AA/evil.json', '../evil.json');
    expect(await refusal(traversal)).toBe('备份文件含有不安全的路径「../evil.json」，已拒绝');
  });

  it('refuses absolute, drive-letter and backslash entry paths', async () => {
    const base = await rezip(await backupOf(data), (zip) => {
      zip.file('AAetc/passwd', 'x');
    });
    expect(await refusal(replaceBytes(base, 'AAetc/passwd', '/etc//passwd'))).toMatch(/不安全的路径/);
    expect(await refusal(replaceBytes(base, 'AAetc/passwd', 'C:etc/passwd'))).toMatch(/不安全的路径/);
    expect(await refusal(replaceBytes(base, 'AAetc/passwd', '..\\cc\\passwd'))).toMatch(/不安全的路径/);
  });

  it('isSafeEntryPath accepts only plain relative paths', () => {
    for (const ok of ['manifest.json', 'tables/ledger/0001.json', 'attachments/000001.bin', 'dir/']) expect(isSafeEntryPath(ok), ok).toBe(true);
    for (const bad of ['../a', 'a/../../b', '/abs', 'C:/x', 'c:x', 'a\\b', 'a//b', './a', 'a/./b', '', 'a\0b']) {
      expect(isSafeEntryPath(bad), bad).toBe(false);
    }
  });
});
