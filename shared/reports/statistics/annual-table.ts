// 村企联建工作年度统计表: one row per township (county order) — or per enterprise or village
// (annual-groups.ts) —, a row for what belongs to no row when there is any, and the total.
// Columns come in three parts, each of which prints on its own A4 landscape page width:
// 基本情况 (registry, pairings, training classes, commendations), 联建成效 (the figures of the
// catalog, each township's from its tally or the ledger under the rule of sources.ts) and
// 分类明细 (every option count). Pure: plain arrays in, a plain table out.
import { COMMENDATION_LEVELS } from '../../model/enums';
import type { LedgerAggregate } from '../../model/types';
import { detailFigureGroups, figureValue, ledgerFigures, type LedgerFigure } from './ledger-figures';
import { activeAtYearEnd, activeDuring, approvedIn, approvedNominees, live, townshipFinder, type StatisticsInput } from './input';
import { trainingFigures } from './training-figures';
import { rectificationStats } from '../supervision/rectification-stats';
import { EXCHANGE_GROUPS, exchangeTableFigures } from './training-exchange';
import { GroupedRows, TOTAL_KEY, type GroupBy, type Owner, type StatRow } from './annual-groups';
import { summarizeSources, tallyCarries, yearFigures, type SourceSummary } from './sources';

export { REST_KEY, TOTAL_KEY, UNASSIGNED_KEY, type GroupBy, type StatRow } from './annual-groups';

export type StatColumn = {
  id: string;
  label: string;
  unit: string;
  decimals: boolean;
  /** A figure with no breakdown by the table's rows (e.g. 培训班, or village columns by enterprise): only the total row has it. */
  countyOnly?: boolean;
  /**
   * The total is counted on its own, not as the rows' sum: organizations once each however many
   * rows they appear in, county meetings in the total only (培训交流).
   */
  ownTotal?: boolean;
};
export type StatGroup = { label: string; columns: StatColumn[] };
export type StatPart = { key: 'basic' | 'ledger' | 'detail' | 'exchange' | 'supervision'; title: string; groups: StatGroup[] };

export type AnnualTable = {
  year: number;
  groupBy: GroupBy;
  parts: StatPart[];
  /** The rows of the grouping, plus 「其他」 when something belongs to no row. */
  rows: StatRow[];
  total: StatRow;
  /** Whether the table covers every township (a filtered table has no county-only figures). */
  wholeCounty: boolean;
  /** Which townships' figures came from their tallies and which from the ledger. */
  sources: SourceSummary;
};

export type AnnualFilter = { year: number; townshipIds?: readonly string[]; groupBy?: GroupBy };

const col = (id: string, label: string, unit: string, extra: Partial<StatColumn> = {}): StatColumn => ({ id, label, unit, decimals: false, ...extra });

const figureColumn = (f: LedgerFigure): StatColumn => col(`ledger.${f.id}`, f.label, f.unit, { decimals: f.decimals });

const LEVEL_IDS: Record<string, string> = { 县委: 'honour.county', 市委: 'honour.city', 省委: 'honour.province' };

/** The columns of the register of one kind of organization: by rows of the other kind they have only a total. */
const REGISTRY_COLUMNS: Record<'enterprise' | 'village', readonly string[]> = {
  enterprise: ['enterprises', 'employees', 'aboveScale', 'aboveScaleWithParty', 'enterprisePartyOrgs'],
  village: ['villages', 'villagePartyOrgs'],
};

function totalOnly(groupBy: GroupBy, id: string): boolean {
  return (groupBy === 'enterprise' && REGISTRY_COLUMNS.village.includes(id)) || (groupBy === 'village' && REGISTRY_COLUMNS.enterprise.includes(id));
}

export function annualParts(groupBy: GroupBy = 'township'): StatPart[] {
  const byType = new Map<string, StatGroup>();
  for (const f of ledgerFigures()) {
    const group = byType.get(f.typeKey) ?? { label: f.typeName, columns: [] };
    group.columns.push(figureColumn(f));
    byType.set(f.typeKey, group);
  }
  const parts: StatPart[] = [
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
  for (const c of parts[0].groups.flatMap((g) => g.columns)) if (totalOnly(groupBy, c.id)) c.countyOnly = true;
  // 培训交流 and 督查整改 are counted per township (organizations once each, items by the pairing's
  // township): in a table by enterprise or village they have only the total.
  if (groupBy !== 'township') for (const p of parts) if (p.key === 'exchange' || p.key === 'supervision') for (const c of p.groups.flatMap((g) => g.columns)) c.countyOnly = true;
  return parts;
}

export function computeAnnualTable(input: StatisticsInput, filter: AnnualFilter): AnnualTable {
  const { year } = filter;
  const groupBy = filter.groupBy ?? 'township';
  const parts = annualParts(groupBy);
  const chosen = filter.townshipIds?.length ? new Set(filter.townshipIds) : null;
  const grouped = new GroupedRows(input, groupBy, chosen);
  const townshipOf = townshipFinder(input);
  const pairingOf = new Map(input.pairings.map((p) => [p.id, p]));
  const personOf = new Map(input.persons.map((p) => [p.id, p]));
  const ofPairing = (p: StatisticsInput['pairings'][number]): Owner => ({ townshipId: p.responsibleTownshipId, enterpriseId: p.enterpriseId, villageId: p.villageId });
  const enterpriseIds = new Set(input.enterprises.map((e) => e.id));
  const villageIds = new Set(input.villages.map((v) => v.id));
  const ofOrg = (org: string): Owner => ({ townshipId: townshipOf(org), enterpriseId: enterpriseIds.has(org) ? org : undefined, villageId: villageIds.has(org) ? org : undefined });
  const ofPerson = (id: string): Owner => {
    const org = personOf.get(id)?.orgId;
    return org ? ofOrg(org) : {};
  };

  for (const e of live(input.enterprises)) {
    const owner = { townshipId: e.townshipId, enterpriseId: e.id };
    const party = e.partyOrg.type !== '未建立';
    grouped.add(owner, 'enterprises', 1, 'enterprise');
    grouped.add(owner, 'employees', e.employees ?? 0, 'enterprise');
    if (e.aboveScale) grouped.add(owner, 'aboveScale', 1, 'enterprise');
    if (e.aboveScale && party) grouped.add(owner, 'aboveScaleWithParty', 1, 'enterprise');
    if (party) grouped.add(owner, 'enterprisePartyOrgs', 1, 'enterprise');
  }
  for (const v of live(input.villages)) {
    const owner = { townshipId: v.townshipId, villageId: v.id };
    grouped.add(owner, 'villages', 1, 'village');
    if (v.partyOrg.type || v.partyOrg.name) grouped.add(owner, 'villagePartyOrgs', 1, 'village');
  }
  for (const p of input.pairings) {
    if (activeDuring(p, year)) grouped.touch(ofPairing(p));
    if (activeAtYearEnd(p, year)) grouped.add(ofPairing(p), 'pairings', 1);
    if (approvedIn(p, year, year)) grouped.add(ofPairing(p), 'pairingsNew', 1);
  }

  // Each figure once (the cross-appointment outcomes are both a 联建成效 and a 分类明细 column).
  const figureByType = new Map<string, LedgerFigure[]>();
  const seen = new Set<string>();
  for (const f of [...ledgerFigures(), ...detailFigureGroups().flatMap((g) => g.figures)]) {
    if (seen.has(f.id)) continue;
    seen.add(f.id);
    figureByType.set(f.typeKey, [...(figureByType.get(f.typeKey) ?? []), f]);
  }
  const ownerOf = (a: LedgerAggregate): Owner => {
    const p = a.pairingId ? pairingOf.get(a.pairingId) : undefined;
    return { townshipId: a.townshipId, enterpriseId: p?.enterpriseId ?? a.enterpriseId, villageId: p?.villageId ?? a.villageId };
  };
  const { aggregates, setAside } = yearFigures(input, year);
  for (const agg of aggregates) {
    const owner = ownerOf(agg);
    for (const f of figureByType.get(agg.type) ?? []) grouped.add(owner, `ledger.${f.id}`, figureValue(f, agg));
  }
  // Tally townships: what a tally does not carry (the option breakdowns) still comes from the ledger.
  for (const agg of setAside) {
    const owner = ownerOf(agg);
    for (const f of figureByType.get(agg.type) ?? []) {
      if (!tallyCarries(f.typeKey, f.source.kind === 'count' ? '#count' : f.source.key)) grouped.add(owner, `ledger.${f.id}`, figureValue(f, agg));
    }
  }

  const training = trainingFigures(input, year, year);
  for (const orgId of training.traineeOrgIds) grouped.add(orgId ? ofOrg(orgId) : {}, 'trainees', 1);
  // Trainees counted without a roster belong to no township.
  grouped.add({}, 'trainees', training.unlisted);
  for (const { nominee, level } of approvedNominees(input, year, year)) {
    const id = nominee.refId;
    const pairing = nominee.kind === 'pairing' ? pairingOf.get(id) : undefined;
    const owner: Owner =
      nominee.kind === 'person'
        ? ofPerson(id)
        : pairing
          ? ofPairing(pairing)
          : { townshipId: townshipOf(id), enterpriseId: nominee.kind === 'enterprise' ? id : undefined, villageId: nominee.kind === 'village' ? id : undefined };
    grouped.add(owner, LEVEL_IDS[level], 1);
  }

  // 培训交流: organizations counted once per row and once in the total (which is not the rows' sum);
  // 技能培训 and 学习交流 read from the same figures as the 联建成效 (a tally township's tally, sources.ts).
  // Counted per township only: in a table by enterprise or village the part has only its total.
  const byTownship = groupBy === 'township';
  const exchange = exchangeTableFigures({ aggregates, meetings: input.meetings }, year, (id) => pairingOf.get(id), chosen ? [...chosen] : null);
  if (byTownship) for (const [townshipId, values] of exchange.byTownship) for (const [id, value] of Object.entries(values)) grouped.add({ townshipId }, id, value);

  // 督查整改: the year's rounds, the pairings they visited and the items they raised, by the pairing's township.
  // (Only closed items count here, so no "today" is needed: the table is the same on any day.)
  const inspected = rectificationStats(year, input.inspections ?? [], input.rectifications ?? [], townshipOf, '0000-00-00');
  const supervision: Record<string, number> = {};
  for (const [townshipId, c] of inspected.byTownship) {
    const counts: [string, number][] = [['inspection.visited', c.visited], ['inspection.found', c.found], ['inspection.rectified', c.closed], ['inspection.rectifiedLate', c.closedLate]];
    for (const [id, value] of counts) {
      if (byTownship) grouped.add({ townshipId: townshipId || undefined }, id, value);
      else if (!chosen || chosen.has(townshipId)) supervision[id] = (supervision[id] ?? 0) + value;
    }
  }

  const total: StatRow = { key: TOTAL_KEY, label: chosen ? '合计' : '全县合计', values: { ...grouped.total, ...supervision, ...exchange.total } };
  if (!chosen) total.values['inspection.rounds'] = inspected.rounds;
  for (const c of parts.flatMap((p) => p.groups.flatMap((g) => g.columns))) {
    if (c.id === 'trainingClasses') {
      if (!chosen) total.values.trainingClasses = training.classes;
    } else if (c.countyOnly && chosen) delete total.values[c.id];
    else total.values[c.id] ??= 0;
  }
  return { year, groupBy, parts, rows: grouped.rows(), total, wholeCounty: !chosen, sources: summarizeSources(input, year, filter.townshipIds) };
}

/** Every column of every part, in order. */
export function allColumns(table: Pick<AnnualTable, 'parts'>): StatColumn[] {
  return table.parts.flatMap((p) => p.groups.flatMap((g) => g.columns));
}
