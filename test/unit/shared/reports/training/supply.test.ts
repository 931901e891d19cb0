import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { supplyMatrix, type SupplyNames } from '@shared/reports/training/supply';
import { buildSupplyXlsx } from '@shared/reports/training/supply-xlsx';
import type { SupplyRelation } from '@shared/reports/statistics/training-exchange';
import { readPdf } from '../docx/render';

const rel = (enterpriseId: string, villageId: string, sessions: number, trainees: number, years: number[]): SupplyRelation => ({
  enterpriseId, villageId, pairingIds: [`p-${enterpriseId}-${villageId}`], townshipId: 't', sessions, trainees, employedAfter: Math.floor(trainees / 2), orderBased: 1, entries: 1, years,
});
const relations = [rel('e1', 'v1', 3, 100, [2007, 2008]), rel('e1', 'v2', 1, 20, [2008]), rel('e2', 'v3', 2, 50, [2008]), rel('e3', 'v1', 1, 30, [2006])];
const ENTERPRISES: Record<string, string> = { e1: '福建台慧体育器材有限公司', e2: '长汀盼盼食品有限公司', e3: '=HYPERLINK("x")公司' };
const VILLAGES: Record<string, [string, string, number]> = { v1: ['红星村', '河田镇', 7], v2: ['露湖村', '汀州镇', 1], v3: ['南塘村', '河田镇', 7] };
const names: SupplyNames = {
  enterprise: (id) => ENTERPRISES[id]!,
  village: (id) => VILLAGES[id]![0],
  villageTownship: (id) => ({ name: VILLAGES[id]![1], order: VILLAGES[id]![2] }),
  pairingCode: (id) => id.toUpperCase(),
  bases: (r) => [`${VILLAGES[r.villageId]![0]}劳动力培训基地`],
};

describe('技能培训供给关系 workbook', () => {
  it('orders villages by township and enterprises by how many villages they supply', () => {
    const m = supplyMatrix(relations, names);
    expect(m.villages.map((v) => `${v.township}${v.name}`)).toEqual(['汀州镇露湖村', '河田镇红星村', '河田镇南塘村']);
    expect(m.enterprises.map((e) => [e.id, e.villages])).toEqual([['e1', 2], ['e3', 1], ['e2', 1]]);
    expect(m.cells.get('v1|e1')).toBe(3);
  });

  it('holds the list and the matrix as numbers with totals, formula-like names as text, and prints on A4 landscape', async () => {
    const built = buildSupplyXlsx({ title: '长汀县村企劳动力技能培训供给关系表', subtitle: '2006—2008年　范围：全县', relations, names });
    if (!built.ok) throw new Error(built.error);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(built.value.buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['供给关系一览', '供给关系矩阵']);
    const list = wb.getWorksheet('供给关系一览')!;
    expect(list.getCell('A1').value).toBe('长汀县村企劳动力技能培训供给关系表');
    const header = (list.getRow(3).values as unknown[]).slice(1).map(String);
    expect(header[1]).toBe('用工企业');
    // 台慧 first (two villages), its villages in the matrix's order: 露湖村 (汀州镇), then 红星村.
    expect([list.getRow(4).getCell(2).value, list.getRow(4).getCell(4).value, list.getRow(4).getCell(7).value]).toEqual(['福建台慧体育器材有限公司', '露湖村', '2008']);
    expect([list.getRow(5).getCell(4).value, list.getRow(5).getCell(7).value, list.getRow(5).getCell(8).value]).toEqual(['红星村', '2007—2008', 3]);
    const totals = list.getRow(4 + relations.length);
    expect([totals.getCell(1).value, totals.getCell(2).value, totals.getCell(4).value, totals.getCell(8).value, totals.getCell(9).value]).toEqual(['合计', '3家企业', '3个村', 7, 200]);
    const matrix = wb.getWorksheet('供给关系矩阵')!;
    // Title, subtitle, the 用工企业 group row, the enterprise names; then 露湖村, 红星村, 南塘村.
    expect(matrix.getRow(4).getCell(3).value).toContain('台慧');
    expect(matrix.getRow(4).getCell(4).value).toContain('HYPERLINK');
    expect(matrix.getRow(4).getCell(4).formula).toBeUndefined();
    const red = matrix.getRow(6);
    expect([red.getCell(1).value, red.getCell(2).value, red.getCell(3).value, red.getCell(4).value, red.getCell(5).value, red.getCell(6).value]).toEqual(['河田镇', '红星村', 3, 1, null, 2]);
    const foot = matrix.getRow(8);
    expect([foot.getCell(1).value, foot.getCell(3).value, foot.getCell(4).value, foot.getCell(6).value]).toEqual(['联系村数', 2, 1, 4]);

    const dir = await mkdtemp(join(tmpdir(), 'cq-supply-'));
    try {
      await writeFile(join(dir, 'supply.xlsx'), built.value);
      const profile = pathToFileURL(join(dir, 'profile')).href;
      await promisify(execFile)('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'supply.xlsx')], { timeout: 120_000 });
      const pdf = await readPdf(join(dir, 'supply.pdf'));
      expect(pdf.pageSizeMm.width).toBeCloseTo(297, 0);
      expect(pdf.text).toContain('供给关系表（矩阵）');
      expect(pdf.text).toContain('共3家企业与3个村建立劳动力技能培训供给关系4对');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
