// The bases on screen as .xlsx (title, units, totals row, A4 print setup) through the host.
import type { IndustryBase } from '@shared/model/industry-base';
import { todayIso } from '@shared/model/pairing-rules';
import { buildXlsxTable, type TableModel } from '@shared/reports/xlsx-table';
import type { Result, SavedFile } from '@shared/ipc/contract';
import { host } from '../../../host';
import { baseTotals } from './use-bases';

export type BaseNames = { pairingCode: (id: string) => string; pairingSides: (id: string) => string; township: (id: string) => string };

export function basesTableModel(bases: readonly IndustryBase[], names: BaseNames, subtitle: string): TableModel {
  const t = baseTotals(bases);
  return {
    title: '村企共建产业基地情况表',
    subtitle,
    sheetName: '产业基地',
    columns: [
      { header: '序号', kind: 'integer', width: 6 },
      { header: '基地名称', kind: 'text' },
      { header: '主要产品', kind: 'text' },
      { header: '面积', unit: '亩', kind: 'number' },
      { header: '带动农户', unit: '户', kind: 'integer' },
      { header: '户均增收', unit: '元/年', kind: 'number' },
      { header: '企业增效', unit: '万元/年', kind: 'number' },
      { header: '联建编号', kind: 'text' },
      { header: '联建点', kind: 'text' },
      { header: '乡镇', kind: 'text' },
      { header: '建立年份', kind: 'integer' },
    ],
    rows: bases.map((b, i) => [
      i + 1,
      b.name,
      b.product,
      b.area,
      b.households,
      b.incomePerHousehold,
      b.enterpriseGain,
      b.pairingIds.map(names.pairingCode).join('、'),
      b.pairingIds.map(names.pairingSides).join('；'),
      names.township(b.townshipId),
      b.year,
    ]),
    totals: ['合计', `${t.bases}个基地`, `${t.pairings}个联建点`, t.area, t.households, null, t.enterpriseGain, null, null, null, null],
  };
}

export async function exportBases(bases: readonly IndustryBase[], names: BaseNames, filterText: string): Promise<Result<SavedFile>> {
  const today = todayIso();
  const built = await buildXlsxTable(basesTableModel(bases, names, `${filterText ? `${filterText}　` : ''}导出日期：${today}`));
  if (!built.ok) return built;
  return host.saveFile({
    title: '导出产业基地',
    defaultName: `产业基地_${today}.xlsx`,
    bytes: built.value,
    filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
  });
}
