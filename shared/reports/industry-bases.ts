// 村企共建产业基地情况表: the bases as a plain table (title, units, totals as the statistics
// count them — each base once, each pairing with a base once) for the .xlsx builder.
import type { IndustryBase } from '../model/industry-base';
import type { TableModel } from './xlsx-table';

export type BaseTotals = { bases: number; pairings: number; area: number; households: number; enterpriseGain: number };

export function baseTotals(bases: readonly IndustryBase[]): BaseTotals {
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    bases: bases.length,
    pairings: new Set(bases.flatMap((b) => b.pairingIds)).size,
    area: round(bases.reduce((s, b) => s + (b.area ?? 0), 0)),
    households: bases.reduce((s, b) => s + (b.households ?? 0), 0),
    enterpriseGain: round(bases.reduce((s, b) => s + (b.enterpriseGain ?? 0), 0)),
  };
}

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
