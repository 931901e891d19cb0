import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Township } from '@shared/model/types';
import { computeAnnualTable } from '@shared/reports/statistics/annual-table';
import { annualSheets, buildAnnualXlsx, MAX_FIGURES_PER_SHEET, paginate } from '@shared/reports/statistics/annual-xlsx';
import { buildXlsxSheets } from '@shared/reports/xlsx-stream';
import { readPdf } from '../docx/render';
import { seedInput } from './seed-input';

const run = promisify(execFile);
const meta = { countyName: '长汀县', unitName: '中共长汀县委组织部', madeOn: '2008年12月3日' };

async function renderXlsx(bytes: Uint8Array) {
  const dir = await mkdtemp(join(tmpdir(), 'cq-xlsx-'));
  try {
    await writeFile(join(dir, 'table.xlsx'), bytes);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    await run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'table.xlsx')], { timeout: 120_000 });
    return await readPdf(join(dir, 'table.pdf'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('the annual table as a workbook', () => {
  const input = seedInput();
  const table = computeAnnualTable(input, { year: 2008 });

  it('holds every cell of the table as a number under merged group headers, with the totals row', async () => {
    const r = buildAnnualXlsx(table, meta);
    if (!r.ok) throw new Error(r.error);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.value.buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['表一 基本情况', '表二 联建成效（一）', '表三 联建成效（二）', '表四 分类明细（一）', '表五 分类明细（二）', '表六 培训交流', '表七 督查整改']);
    const pages = table.parts.flatMap(paginate);
    expect(pages.flatMap((p) => p.groups)).toEqual(table.parts.flatMap((p) => p.groups));
    pages.forEach((page, p) => {
      const ws = wb.worksheets[p];
      const columns = page.groups.flatMap((g) => g.columns);
      expect(columns.length).toBeLessThanOrEqual(MAX_FIGURES_PER_SHEET);
      expect(ws.getCell('A1').value).toBe('长汀县村企联建工作年度统计表（2008年）');
      expect(ws.getCell(3, 2).value).toBe(page.groups[0].label);
      [...table.rows, table.total].forEach((row, i) => {
        const excelRow = ws.getRow(5 + i);
        expect(excelRow.getCell(1).value).toBe(row.label);
        columns.forEach((c, j) => {
          const cell = excelRow.getCell(2 + j).value;
          if (c.countyOnly && row !== table.total) expect(cell).toBeNull();
          else expect(cell, `${row.label} ${c.id}`).toBe(row.values[c.id] ?? 0);
        });
      });
    });
    expect(wb.worksheets[0].getCell(5 + table.rows.length, 1).value).toBe('全县合计');
  });

  it('takes the same figures as the table under the rule, says under each sheet where they came from, and groups by enterprise', async () => {
    const hetian = input.townships.find((t) => t.name === '河田镇')!;
    const rows = input.pairings.filter((p) => p.responsibleTownshipId === hetian.id && !p.endedDate).map((p) => ({ pairingId: p.id, figures: { labour: { sent: 100 } } }));
    const withTally = { ...input, tallies: [{ year: 2008, townshipId: hetian.id, createdAt: '2009-01-05', rows }] };
    const load = async (groupBy: 'township' | 'enterprise') => {
      const r = buildAnnualXlsx(computeAnnualTable(withTally, { year: 2008, groupBy }), meta);
      if (!r.ok) throw new Error(r.error);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(r.value.buffer as ArrayBuffer);
      return wb;
    };
    const wb = await load('township');
    const ledger = wb.worksheets[1];
    const hetianRow = [...Array(ledger.rowCount).keys()].map((i) => ledger.getRow(i + 1)).find((r) => r.getCell(1).value === '河田镇')!;
    expect(hetianRow.getCell(2).value).toBe(100 * rows.length);
    for (const ws of wb.worksheets) expect(String(ws.getCell(ws.rowCount, 1).value), ws.name).toContain(`2008年联建成效：1个乡镇（开发区）取自年终统计表（河田镇），${input.townships.length - 1}个取自台账。`);

    const byEnterprise = await load('enterprise');
    const basic = byEnterprise.worksheets[0];
    expect([basic.getCell(3, 1).value, basic.getCell(3, 2).value]).toEqual(['企业', '所属乡镇']);
    expect(String(basic.getCell(2, 1).value)).toContain('按企业统计');
    const taihui = [...Array(basic.rowCount).keys()].map((i) => basic.getRow(i + 1)).find((r) => r.getCell(1).value === '福建台慧体育器材有限公司')!;
    expect(taihui.getCell(2).value).toBe('长汀经济开发区');
    expect(taihui.getCell(3).value).toBe(1);
  });

  it('prints on A4 landscape, one page wide, with the header repeated on page 2 (LibreOffice → PDF)', async () => {
    // 60 townships make the first part run over more than one page.
    const townships: Township[] = Array.from({ length: 60 }, (_, i) => ({ ...input.townships[0], id: `t${i}`, name: `测试乡镇${i + 1}`, order: i }));
    const long = computeAnnualTable({ ...input, townships, enterprises: [], villages: [] }, { year: 2008 });
    const [basic] = annualSheets(long, meta);
    const r = buildXlsxSheets([basic]);
    if (!r.ok) throw new Error(r.error);
    const pdf = await renderXlsx(r.value);
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    expect(pdf.pageSizeMm.width).toBeCloseTo(297, 0);
    expect(pdf.pageSizeMm.height).toBeCloseTo(210, 0);
    for (let page = 1; page <= pdf.pages; page++) {
      const words = pdf.words.filter((w) => w.page === page).map((w) => w.text);
      expect(words.join('')).toContain('村企联建工作年度统计表');
      expect(words).toContain('乡镇（开发区）');
      // The last group's header is on every page: nothing spilled onto a page to the right.
      expect(words).toContain('表彰先进');
      const right = Math.max(...pdf.words.filter((w) => w.page === page).map((w) => w.xMax));
      expect(right).toBeLessThan(297);
    }
    expect(pdf.words.filter((w) => w.page === pdf.pages).map((w) => w.text)).toContain('测试乡镇60');
    expect(pdf.text).toContain(`第 2 页，共 ${pdf.pages} 页`);
  }, 120_000);
});
