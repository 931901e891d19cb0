// 村企联建工作年度统计表: one row per township (county order), a row for what belongs to
// no township when there is any, and the total. Columns come in three parts, each of
// which prints on its own A4 landscape page width: 基本情况 (registry, pairings, training
// classes, commendations), 联建成效 (the ledger figures of the catalog) and 分类明细
// (every option count). Pure: plain arrays in, a plain table out.
import { COMMENDATION_LEVELS } from '../../model/enums';
import { detailFigureGroups, figureValue, ledgerFigures, type LedgerFigure } from './ledger-figures';
import { activeAtYearEnd, approvedIn, approvedNominees, live, townshipFinder, type StatisticsInput } from './input';
import { trainingFigures } from './training-figures';
import { rectificationStats } from '../supervision/rectification-stats';
import { EXCHANGE_GROUPS, exchangeTableFigures } from './training-exchange';

export type StatColumn = {
  id: string;
  label: string;
  unit: string;
  decimals: boolean;
  /** A county-level figure with no township breakdown: only the total row has it. */
  countyOnly?: boolean;
  /**
   * The total is counted on its own, not as the rows' sum: organizations once each however many
   * rows they appear in, county meetings in the total only (培训交流).
   */
  ownTotal?: boolean;
};
export type StatGroup = { label: string; columns: StatColumn[] };
export type StatPart = { key: 'basic' | 'ledger' | 'detail' | 'exchange' | 'supervision'; title: string; groups: StatGroup[] };
export type StatRow = { key: string; label: string; values: Record<string, number> };

export type AnnualTable = {
  year: number;
  parts: StatPart[];
  /** Township rows, plus 「其他（未分乡镇）」 when something belongs to no listed township. */
  rows: StatRow[];
  total: StatRow;
  /** Whether the table covers every township (a filtered table has no county-only figures). */
  wholeCounty: boolean;
};

export type AnnualFilter = { year: number; townshipIds?: readonly string[] };

export const UNASSIGNED_KEY = '__unassigned__';
export const TOTAL_KEY = '__total__';

const col = (id: string, label: string, unit: string, extra: Partial<StatColumn> = {}): StatColumn => ({ id, label, unit, decimals: false, ...extra });

const figureColumn = (f: LedgerFigure): StatColumn => col(`ledger.${f.id}`, f.label, f.unit, { decimals: f.decimals });

const LEVEL_IDS: Record<string, string> = { 县委: 'honour.county', 市委: 'honour.city', 省委: 'honour.province' };

export function annualParts(): StatPart[] {
  const byType = new Map<string, StatGroup>();
  for (const f of ledgerFigures()) {
    const group = byType.get(f.typeKey) ?? { label: f.typeName, columns: [] };
    group.columns.push(figureColumn(f));
    byType.set(f.typeKey, group);
  }
  return [
    {
      key: 'basic',
      title: '基本情况',
      groups: [
        {
          label: '非公有制企业',
          columns: [
            col('enterprises', '企业数', '家'),
            col('employees', '从业人员', '人'),
            col('aboveScale', '规模以上企业', '家'),
            col('aboveScaleWithParty', '其中建立党组织', '家'),
            col('enterprisePartyOrgs', '企业党组织', '个'),
          ],
        },
        { label: '村', columns: [col('villages', '村数', '个'), col('villagePartyOrgs', '村党组织', '个')] },
        { label: '村企联建', columns: [col('pairings', '联建对数', '对'), col('pairingsNew', '本年新增', '对')] },
        { label: '骨干培训', columns: [col('trainingClasses', '培训班', '期', { countyOnly: true }), col('trainees', '培训人员', '人次')] },
        { label: '表彰先进', columns: COMMENDATION_LEVELS.map((level) => col(LEVEL_IDS[level], `${level}表彰`, '个')) },
      ],
    },
    { key: 'ledger', title: '联建成效', groups: [...byType.values()] },
    {
      key: 'detail',
      title: '分类明细',
      groups: detailFigureGroups().map((g) => ({ label: g.label, columns: g.figures.map(figureColumn) })),
    },
    { key: 'exchange', title: '培训交流', groups: EXCHANGE_GROUPS.map((g) => ({ label: g.label, columns: g.columns.map((c) => col(c.id, c.label, c.unit, { ownTotal: true })) })) },
    // Last, so the sheets before it keep their numbers.
    {
      key: 'supervision',
      title: '督查整改',
      groups: [
        { label: '季度督查', columns: [col('inspection.rounds', '督查', '次', { countyOnly: true }), col('inspection.visited', '督查联建点', '个次')] },
        { label: '问题整改', columns: [col('inspection.found', '发现问题', '个'), col('inspection.rectified', '已整改', '个'), col('inspection.rectifiedLate', '其中逾期完成', '个')] },
      ],
    },
  ];
}

export function computeAnnualTable(input: StatisticsInput, filter: AnnualFilter): AnnualTable {
  const { year } = filter;
  const parts = annualParts();
  const townships = live(input.townships).sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'zh-CN'));
  const chosen = filter.townshipIds?.length ? new Set(filter.townshipIds) : null;
  const shown = chosen ? townships.filter((t) => chosen.has(t.id)) : townships;
  const rows = new Map<string, StatRow>(shown.map((t) => [t.id, { key: t.id, label: t.name, values: {} }]));
  const unassigned: StatRow = { key: UNASSIGNED_KEY, label: '其他（未分乡镇）', values: {} };
  const known = new Set(townships.map((t) => t.id));

  // Figures of an unknown township go to the 其他 row, but only in the whole-county table.
  const add = (townshipId: string | undefined, id: string, value: number) => {
    if (value === 0) return;
    const row = townshipId && known.has(townshipId) ? rows.get(townshipId) : chosen ? undefined : unassigned;
    if (row) row.values[id] = Math.round(((row.values[id] ?? 0) + value) * 1e6) / 1e6;
  };

  for (const e of live(input.enterprises)) {
    add(e.townshipId, 'enterprises', 1);
    add(e.townshipId, 'employees', e.employees ?? 0);
    const party = e.partyOrg.type !== '未建立';
    if (e.aboveScale) add(e.townshipId, 'aboveScale', 1);
    if (e.aboveScale && party) add(e.townshipId, 'aboveScaleWithParty', 1);
    if (party) add(e.townshipId, 'enterprisePartyOrgs', 1);
  }
  for (const v of live(input.villages)) {
    add(v.townshipId, 'villages', 1);
    if (v.partyOrg.type || v.partyOrg.name) add(v.townshipId, 'villagePartyOrgs', 1);
  }
  for (const p of input.pairings) {
    if (activeAtYearEnd(p, year)) add(p.responsibleTownshipId, 'pairings', 1);
    if (approvedIn(p, year, year)) add(p.responsibleTownshipId, 'pairingsNew', 1);
  }

  const ledgerColumns = parts.filter((p) => p.key !== 'basic').flatMap((p) => p.groups.flatMap((g) => g.columns));
  const allFigures = [...ledgerFigures(), ...detailFigureGroups().flatMap((g) => g.figures)];
  const figureByType = new Map<string, LedgerFigure[]>();
  for (const f of allFigures) figureByType.set(f.typeKey, [...(figureByType.get(f.typeKey) ?? []), f]);
  for (const agg of input.aggregates) {
    if (agg.year !== year) continue;
    for (const f of figureByType.get(agg.type) ?? []) add(agg.townshipId, `ledger.${f.id}`, figureValue(f, agg));
  }

  const townshipOf = townshipFinder(input);
  const training = trainingFigures(input, year, year);
  for (const orgId of training.traineeOrgIds) add(orgId ? townshipOf(orgId) : undefined, 'trainees', 1);
  // Trainees counted without a roster belong to no township.
  add(undefined, 'trainees', training.unlisted);
  for (const { nominee, level } of approvedNominees(input, year, year)) add(townshipOf(nominee.refId), LEVEL_IDS[level], 1);
  // 培训交流: organizations counted once per row and once in the total (which is not the rows' sum).
  const pairingById = new Map(input.pairings.map((p) => [p.id, p]));
  const exchange = exchangeTableFigures(input, year, (id) => pairingById.get(id), chosen ? [...chosen] : null);
  for (const [townshipId, values] of exchange.byTownship) for (const [id, value] of Object.entries(values)) add(townshipId, id, value);

  // 督查整改: the year's rounds, the pairings they visited and the items they raised, by the pairing's township.
  // (Only closed items count here, so no "today" is needed: the table is the same on any day.)
  const inspected = rectificationStats(year, input.inspections ?? [], input.rectifications ?? [], townshipOf, '0000-00-00');
  for (const [townshipId, c] of inspected.byTownship) {
    add(townshipId || undefined, 'inspection.visited', c.visited);
    add(townshipId || undefined, 'inspection.found', c.found);
    add(townshipId || undefined, 'inspection.rectified', c.closed);
    add(townshipId || undefined, 'inspection.rectifiedLate', c.closedLate);
  }

  const list = [...rows.values()];
  if (Object.keys(unassigned.values).length > 0) list.push(unassigned);
  const total: StatRow = { key: TOTAL_KEY, label: chosen ? '合计' : '全县合计', values: {} };
  const allColumns = [...parts[0].groups.flatMap((g) => g.columns), ...ledgerColumns];
  for (const c of allColumns) {
    if (c.countyOnly) continue;
    total.values[c.id] = Math.round(list.reduce((s, r) => s + (r.values[c.id] ?? 0), 0) * 1e6) / 1e6;
  }
  if (!chosen) total.values.trainingClasses = training.classes;
  if (!chosen) total.values['inspection.rounds'] = inspected.rounds;
  Object.assign(total.values, exchange.total);
  return { year, parts, rows: list, total, wholeCounty: !chosen };
}

/** Every column of every part, in order. */
export function allColumns(table: Pick<AnnualTable, 'parts'>): StatColumn[] {
  return table.parts.flatMap((p) => p.groups.flatMap((g) => g.columns));
}
