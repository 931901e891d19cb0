// 村企共建产业基地情况表: the sample county's bases as the .xlsx the 产业基地 page exports —
// title, units in the header, numbers as numbers, the totals row counting each base and each
// pairing once — and as LibreOffice prints it (A4, one page).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildSeedCounty } from '@shared/sample/seed-county';
import { basesTableModel, baseTotals } from '@shared/reports/industry-bases';
import { buildXlsxTable } from '@shared/reports/xlsx-table';

describe('村企共建产业基地情况表', { timeout: 120_000 }, () => {
  const county = buildSeedCounty();
  const code = new Map(county.pairings.map((p) => [p.id, p.code]));
  const names = { pairingCode: (id: string) => code.get(id) ?? '', pairingSides: (id: string) => `企业 — 村 ${code.get(id) ?? ''}`, township: () => '河田镇' };
  const bases = [...county.bases, { ...county.bases[0]!, id: 'joint', name: '联合加工基地', pairingIds: [county.bases[0]!.pairingIds[0]!, county.bases[1]!.pairingIds[0]!], area: 500 }];

  it('counts each base and each pairing once', () => {
    expect(baseTotals(bases)).toMatchObject({ bases: 13, pairings: 12, area: 26_500 });
  });

  it('writes the table with units, numbers as numbers and the totals row, and prints on A4', async () => {
    const built = await buildXlsxTable(basesTableModel(bases, names, '导出日期：2008-12-28'));
    if (!built.ok) throw new Error(built.error);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(built.value.buffer as ArrayBuffer);
    const ws = wb.getWorksheet('产业基地')!;
    expect(ws.getCell('A1').value).toBe('村企共建产业基地情况表');
    const header = (ws.getRow(3).values as unknown[]).slice(1).map(String);
    expect(header.slice(3, 7)).toEqual(['面积（亩）', '带动农户（户）', '户均增收（元/年）', '企业增效（万元/年）']);
    const last = ws.lastRow!;
    expect([last.getCell(1).value, last.getCell(2).value, last.getCell(3).value, last.getCell(4).value]).toEqual(['合计', '13个基地', '12个联建点', 26_500]);
    expect(typeof ws.getCell('D4').value).toBe('number');
    const dir = mkdtempSync(join(tmpdir(), 'bases-'));
    const file = join(dir, '产业基地.xlsx');
    writeFileSync(file, built.value);
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'ignore', timeout: 100_000 });
    const info = execFileSync('pdfinfo', [join(dir, '产业基地.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Page size:\s+(841\.[89]\d* x 595|595\.\d* x 841)/);
    console.log(`产业基地 PDF: ${dir}`);
  });
});
