// The reconciliation as a workbook for the follow-up with the townships: the county totals
// (reported against the same townships' ledger, the whole ledger, and what the annual table
// takes), every township's figures side by side with the difference and the figures that
// stand, and every reported pairing's figures that are not both zero.
import type { Result } from '../../model/result';
import { SOURCE_LABELS } from '../../model/figure-source';
import { buildXlsxSheets, type SheetModel } from '../xlsx-stream';
import type { TableCell, TableColumn } from '../xlsx-table';
import { checkUnit, type CountyCheck, type FigureCheck, type TownshipCheck } from './reconcile';

export type ReconcileMeta = { countyName: string; year: number; madeOn: string; pairingLabel: (pairingId: string) => string };

const FIGURE_COLUMNS: TableColumn[] = [
  { header: '台账类型', kind: 'text', width: 12 },
  { header: '指标', kind: 'text', width: 20 },
  { header: '单位', kind: 'text', width: 8 },
];
const figureCells = (c: FigureCheck): TableCell[] => [c.figure.typeName, c.figure.label, checkUnit(c.figure)];
const shows = (c: FigureCheck, ...more: number[]) => c.reported !== null || c.ledger !== 0 || more.some((v) => v !== 0);

export function reconcileSheets(checks: readonly TownshipCheck[], county: CountyCheck, meta: ReconcileMeta): SheetModel[] {
  const title = `${meta.countyName}${meta.year}年年终统计对账表`;
  const subtitle = (part: string) => `${part}　　乡镇填报数与台账合计数对照　　制表日期：${meta.madeOn}`;
  const totals: SheetModel = {
    title,
    subtitle: subtitle(`全县合计（已报送 ${county.withTally} 个乡镇，年度统计表中 ${county.fromTally} 个取自年终统计表、${county.townships - county.fromTally} 个取自台账）`),
    sheetName: '全县合计',
    columns: [
      ...FIGURE_COLUMNS,
      { header: '已报送乡镇填报', kind: 'number', width: 12 },
      { header: '同一乡镇台账', kind: 'number', width: 12 },
      { header: '差额', kind: 'number', width: 10 },
      { header: '全县台账合计', kind: 'number', width: 12 },
      { header: '年度统计表采用', kind: 'number', width: 12 },
    ],
    rows: county.figures.filter((c) => shows(c, c.ledgerAll, c.adopted)).map((c) => [...figureCells(c), c.reported, c.ledger, c.reported === null ? null : c.difference, c.ledgerAll, c.adopted]),
    freezeColumns: 2,
  };
  const byTownship: SheetModel = {
    title,
    subtitle: subtitle('分乡镇'),
    sheetName: '分乡镇',
    columns: [
      { header: '乡镇（开发区）', kind: 'text', width: 16 },
      { header: '采用', kind: 'text', width: 10 },
      ...FIGURE_COLUMNS,
      { header: '乡镇填报', kind: 'number', width: 11 },
      { header: '台账合计', kind: 'number', width: 11 },
      { header: '差额', kind: 'number', width: 10 },
      { header: '年度统计表采用', kind: 'number', width: 12 },
    ],
    rows: checks
      .filter((t) => t.hasTally)
      .flatMap((t) => t.figures.filter((c) => shows(c, c.adopted)).map((c) => [t.name, SOURCE_LABELS[t.source.source], ...figureCells(c), c.reported, c.ledger, c.reported === null ? null : c.difference, c.adopted])),
    freezeColumns: 1,
  };
  const byPairing: SheetModel = {
    title,
    subtitle: subtitle('分联建点'),
    sheetName: '分联建点',
    columns: [
      { header: '乡镇（开发区）', kind: 'text', width: 14 },
      { header: '联建点', kind: 'text', width: 34 },
      ...FIGURE_COLUMNS,
      { header: '乡镇填报', kind: 'number', width: 11 },
      { header: '台账合计', kind: 'number', width: 11 },
      { header: '差额', kind: 'number', width: 10 },
    ],
    rows: checks
      .filter((t) => t.hasTally)
      .flatMap((t) =>
        t.pairings.flatMap((p) => p.figures.filter((c) => shows(c)).map((c) => [t.name, meta.pairingLabel(p.pairingId), ...figureCells(c), c.reported, c.ledger, c.reported === null ? null : c.difference])),
      ),
    freezeColumns: 2,
  };
  return [totals, byTownship, byPairing];
}

export function buildReconcileXlsx(checks: readonly TownshipCheck[], county: CountyCheck, meta: ReconcileMeta): Result<Uint8Array> {
  return buildXlsxSheets(reconcileSheets(checks, county, meta));
}
