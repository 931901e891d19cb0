// Saving the import template and the error workbook through the host (a dialog under
// Electron, a download in the browser edition).
import { useCallback } from 'react';
import { App } from 'antd';
import type { ErrorSheet } from '@shared/io/error-workbook';
import { withDictionaryHelp } from '@shared/io/fields';
import { getStore } from '../../../db';
import { getSetting } from '../../../db/settings';
import { host } from '../../../host';
import type { RejectedRow } from '../plan/preview';
import type { SheetPlan } from '../session/sheets';
import type { ImportTarget } from '../target';

const XLSX_FILTER = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];

const TEMPLATE_NOTES: Record<string, string[]> = {
  villages: ['6. 所属乡镇须为信息库中已有的乡镇；区划代码相同、或所属乡镇和村名都相同的，视为同一个村，导入时更新该村。'],
  enterprises: ['6. 有统一社会信用代码的企业以代码识别；没有代码的，所属乡镇和企业名称都相同的视为同一企业，导入时更新。'],
  persons: ['6. 有身份证号的人员以身份证号识别，导入时更新；所在单位须为信息库中已有的企业或村。'],
  townships: ['6. 名称相同的乡镇视为同一个，导入时更新。'],
};

export function useTemplateDownload(target: ImportTarget) {
  const { message } = App.useApp();
  return useCallback(async () => {
    // ExcelJS is loaded when a workbook is written, not with the page.
    const { buildTemplate } = await import('@shared/io/template');
    const { db } = getStore();
    // Columns filled from the office's dictionaries (行业, 联建内容) list their current values.
    const fields = withDictionaryHelp(target.fields, { industries: await getSetting(db, 'industries'), cooperationAreas: await getSetting(db, 'cooperationAreas') });
    const bytes = await buildTemplate({ title: target.title, fields, notes: TEMPLATE_NOTES[target.key] });
    const r = await host.saveFile({ title: '保存导入模板', defaultName: `${target.title}导入模板.xlsx`, bytes: bytes as Uint8Array<ArrayBuffer>, filters: XLSX_FILTER });
    if (r.ok) message.success(`已保存导入模板：${r.value.location}`);
    else if (!r.cancelled) message.error(`保存失败：${r.error}`);
  }, [target, message]);
}

/** The rejected rows grouped by the sheet they came from, with that sheet's header. */
export function errorSheets(rejected: readonly RejectedRow[], plans: readonly SheetPlan[]): ErrorSheet[] {
  const sheets = new Map<string, ErrorSheet & { rows: ErrorSheet['rows'][number][] }>();
  for (const r of rejected) {
    const plan = plans.find((p) => p.fileName === r.file && p.sheetLabel === r.sheet && p.include && p.layout);
    if (!plan?.layout) continue;
    const key = plan.key;
    let sheet = sheets.get(key);
    if (!sheet) {
      sheet = { name: plan.sheetLabel ? `${plan.fileName.replace(/\.[^.]*$/, '')}-${plan.sheetLabel}` : plan.fileName.replace(/\.[^.]*$/, ''), layout: plan.layout, rows: [] };
      sheets.set(key, sheet);
    }
    const letters = new Map(plan.layout.columns.map((c) => [c.letter, c.index]));
    sheet.rows.push({
      row: r.row,
      cells: r.parsed.cells,
      badColumns: r.issues.flatMap((i) => (i.column && letters.has(i.column) ? [letters.get(i.column)!] : [])),
      reasons: r.issues.map((i) => (i.column ? `${i.column}列「${i.header ?? ''}」：${i.message}` : i.message)),
    });
  }
  return [...sheets.values()];
}

export function useErrorWorkbookDownload() {
  const { message } = App.useApp();
  return useCallback(
    async (rejected: readonly RejectedRow[], plans: readonly SheetPlan[], baseName: string) => {
      const { buildErrorWorkbook } = await import('@shared/io/error-workbook');
      const bytes = await buildErrorWorkbook(errorSheets(rejected, plans));
      const r = await host.saveFile({ title: '保存错误行', defaultName: `${baseName}-错误行.xlsx`, bytes: bytes as Uint8Array<ArrayBuffer>, filters: XLSX_FILTER });
      if (r.ok) message.success(`已保存错误行：${r.value.location}`);
      else if (!r.cancelled) message.error(`保存失败：${r.error}`);
    },
    [message],
  );
}
