// Issue 14 item 7, backups: a backup of a newer format names the BACKUP's versions (the app
// version it records may equal the running one), and a part declaring 2 GB is refused as too
// large, not as damaged — whether the manifest or the zip directory declares it.
import { describe, expect, it, vi } from 'vitest';
import { readBackup } from '@shared/backup/read';
import { makeV001Data } from '../../../fixtures/db/v001-data';
import { backupOf, rezip, SCHEMA } from './helpers';

vi.setConfig({ testTimeout: 30_000 });

const data = makeV001Data({ townships: 2, villagesPer: 1, enterprisesPer: 1, ledger: 5, audit: 1 });

async function refusal(bytes: Uint8Array, schemaVersion = SCHEMA): Promise<string> {
  const result = await readBackup(bytes, { schemaVersion });
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

/** Sets the uncompressed size the zip's central directory declares for one entry. */
function declareInDirectory(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = bytes.slice();
  const dv = new DataView(out.buffer);
  const wanted = new TextEncoder().encode(name);
  for (let p = 0; p + 46 < out.length; p++) {
    if (dv.getUint32(p, true) !== 0x02014b50) continue;
    const length = dv.getUint16(p + 28, true);
    if (length === wanted.length && wanted.every((b, i) => out[p + 46 + i] === b)) {
      dv.setUint32(p + 24, size, true);
      return out;
    }
  }
  throw new Error(`${name} not in the directory`);
}

describe('backup messages name the backup and the exact reason', () => {
  it('a backup of a newer data format names its own format, not the running program’s version', async () => {
    const newer = await rezip(await backupOf(data), async (zip) => {
      const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
      manifest.schemaVersion = SCHEMA + 7;
      zip.file('manifest.json', JSON.stringify(manifest));
    });
    const message = await refusal(newer);
    expect(message).toBe(`此备份由较新版本的程序生成（备份的数据格式第 ${SCHEMA + 7} 版，本程序只能恢复第 ${SCHEMA} 版及以前的数据），请先升级本程序再恢复；未做任何更改`);
    expect(message).not.toMatch(/0\.1\.0/);
  });

  it('a newer backup file format is named the same way', async () => {
    const newer = await rezip(await backupOf(data), async (zip) => {
      const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
      manifest.formatVersion += 5;
      zip.file('manifest.json', JSON.stringify(manifest));
    });
    expect(await refusal(newer)).toMatch(/^此备份由较新版本的程序生成（备份文件格式第 \d+ 版，本程序只能读取第 \d+ 版）/);
  });

  it('a part whose manifest declares 2 GB is too large, not damaged', async () => {
    const claimed = await rezip(await backupOf(data), async (zip) => {
      const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
      manifest.parts.find((p: { path: string }) => p.path === 'tables/townships/0001.json').bytes = 2_000_000_000;
      zip.file('manifest.json', JSON.stringify(manifest));
    });
    const message = await refusal(claimed);
    expect(message).toBe('备份文件中的「tables/townships/0001.json」声明解压后有 1907 MB，超过了单个部件 512 MB 的上限：文件过大，已拒绝，未做任何更改');
    expect(message).not.toMatch(/损坏/);
  });

  it('a part whose zip directory declares 2 GB is too large, not damaged', async () => {
    const claimed = declareInDirectory(await backupOf(data), 'tables/townships/0001.json', 2_000_000_000);
    expect(await refusal(claimed)).toMatch(/^备份文件中的「tables\/townships\/0001\.json」声明解压后有 1907 MB，超过了单个部件 512 MB 的上限：文件过大/);
  });
});
