// 学员签到表: the title and dates as documents write them, and the .xlsx people sign — 序号,
// 姓名, 单位, 职务 and an empty 签名 column, rows tall enough to sign, A4 portrait with the
// header repeated on every page; a name that looks like a formula stays text.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { formatDateCn, formatDateRangeCn } from '@shared/model/parse-date';
import { signInSheet } from '@shared/reports/training/sign-in';
import { buildSignInXlsx } from '@shared/reports/training/sign-in-xlsx';

const klass = { session: '第3期', name: '全县村企党组织负责人骨干培训班', startDate: '2008-03-07', endDate: '2008-03-11', place: '县委党校', organizer: '县委组织部' };

describe('学员签到表', () => {
  it('writes dates without leading zeros and spans the way documents do', () => {
    expect(formatDateCn('2008-03-07')).toBe('2008年3月7日');
    expect(formatDateRangeCn('2008-03-17', '2008-03-21')).toBe('2008年3月17日至21日');
    expect(formatDateRangeCn('2008-03-30', '2008-04-02')).toBe('2008年3月30日至4月2日');
    expect(formatDateRangeCn('2008-12-30', '2009-01-02')).toBe('2008年12月30日至2009年1月2日');
    expect(formatDateRangeCn('2008-03-17')).toBe('2008年3月17日');
    const sheet = signInSheet(klass, []);
    expect(sheet.title).toBe('全县村企党组织负责人骨干培训班（第3期）学员签到表');
    expect(sheet.subtitle).toBe('时间：2008年3月7日至11日　地点：县委党校　主办：县委组织部');
  });

  it('builds the workbook to sign: one row a trainee, an empty 签名 column, A4 portrait, header on every page', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({ name: i === 0 ? '=王明' : `学员${i + 1}`, unit: `河田镇露湖村${i}`, post: '党支部书记' }));
    const r = await buildSignInXlsx(signInSheet(klass, rows));
    if (!r.ok) throw new Error(r.error);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.value.buffer as ArrayBuffer);
    const ws = wb.getWorksheet('签到表')!;
    expect(ws.getCell('A1').value).toBe('全县村企党组织负责人骨干培训班（第3期）学员签到表');
    expect(ws.getRow(3).values).toEqual([undefined, '序号', '姓名', '单位', '职务', '签名']);
    expect([ws.getCell('A4').value, ws.getCell('B4').value, ws.getCell('C4').value, ws.getCell('D4').value, ws.getCell('E4').value]).toEqual([1, '=王明', '河田镇露湖村0', '党支部书记', null]);
    expect(ws.getCell('B4').numFmt).toBe('@');
    expect(ws.getCell('A63').value).toBe(60);
    expect(ws.getRow(10).height).toBe(30);
    expect(ws.getCell('E10').border?.left?.style).toBe('thin');
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', printTitlesRow: '3:3', fitToWidth: 1 });
  });
});
