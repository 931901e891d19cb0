// The columns of the 联建档案 list (a windowed ListTable) and their sort orders: the same
// columns, orders and marks the list showed as an antd Table, whose layout work on every new
// batch of rows cost more than the rows themselves (a forced layout of the whole table by its
// horizontal scroll and fixed columns, each time one of the page's reads arrived).
import { Typography } from 'antd';
import { formatAreas } from '@shared/model/pairing-changes';
import { formatRate, reportRate, type ReportCounts } from '@shared/model/monthly-report';
import type { ListColumn, SortState } from '../../ui/list/types';
import type { SupervisionCounts } from '../supervision';
import type { PairingScore } from '../evaluation';
import type { PairingRow } from './pairing-filters';
import { PairingStatusTag } from './status-tag';

/** A column with the order its header click sorts by (none: not sortable). */
export type PairingColumn = ListColumn<PairingRow> & { compare?: (a: PairingRow, b: PairingRow) => number };

type Figures = {
  year: number;
  reportRates: ReadonlyMap<string, ReportCounts> | undefined;
  supervision: ReadonlyMap<string, SupervisionCounts> | undefined;
  scores: ReadonlyMap<string, PairingScore> | undefined;
};

const byText = (of: (r: PairingRow) => string) => (a: PairingRow, b: PairingRow) => of(a).localeCompare(of(b), 'zh-CN');
// The same functions on every call (the page re-sorts when the sort column's compare changes).
const BY_CODE = (a: PairingRow, b: PairingRow) => a.code.localeCompare(b.code);
const BY_ENTERPRISE = byText((r) => r.enterpriseName);
const BY_VILLAGE = byText((r) => r.villageName);
const BY_STATUS = byText((r) => r.status);
const BY_APPLIED = (a: PairingRow, b: PairingRow) => a.appliedDate.localeCompare(b.appliedDate);
const column = (c: Omit<PairingColumn, 'kind' | 'sortable'> & { kind?: PairingColumn['kind'] }): PairingColumn => ({ kind: 'text', ...c, sortable: Boolean(c.compare) });

export function pairingColumns({ year, reportRates, supervision, scores }: Figures): PairingColumn[] {
  const rate = (r: PairingRow) => reportRate(reportRates?.get(r.id) ?? { due: 0, reported: 0 }) ?? -1;
  const score = (r: PairingRow) => scores?.get(r.id)?.total ?? -1;
  return [
    column({ key: 'code', title: '编号', width: 116, fixed: 'left', value: (r) => r.code, compare: BY_CODE }),
    column({ key: 'enterprise', title: '企业', width: 180, value: (r) => r.enterpriseName, compare: BY_ENTERPRISE }),
    column({ key: 'village', title: '村', width: 150, value: (r) => `${r.villageTownshipName} · ${r.villageName}`, compare: BY_VILLAGE }),
    // 状态 next to the pair it belongs to: at 1366 px the columns after 挂钩乡镇 need a sideways scroll.
    column({ key: 'status', title: '状态', width: 84, value: (r) => r.status, render: (r) => <PairingStatusTag status={r.status} />, compare: BY_STATUS }),
    column({ key: 'formation', title: '联建方式', width: 96, value: (r) => r.formation }),
    column({ key: 'areas', title: '联建内容', width: 160, value: (r) => formatAreas(r.areas) }),
    column({ key: 'responsible', title: '挂钩乡镇', width: 120, value: (r) => r.responsibleName }),
    column({
      key: 'reports',
      title: `月报（${year}年）`,
      width: 130,
      value: (r) => {
        const c = reportRates?.get(r.id);
        return c ? `${c.reported}/${c.due}（${formatRate(reportRate(c))}）` : '—';
      },
      compare: (a, b) => rate(a) - rate(b),
    }),
    column({
      key: 'supervision',
      title: '督查整改',
      width: 130,
      value: (r) => {
        const c = supervision?.get(r.id);
        if (!c) return '—';
        return c.open ? `督查${c.inspections}次 · 未改${c.open}` : `督查${c.inspections}次`;
      },
      render: (r) => {
        const c = supervision?.get(r.id);
        if (!c) return '—';
        return c.open ? <Typography.Text type="warning">{`督查${c.inspections}次 · 未改${c.open}`}</Typography.Text> : `督查${c.inspections}次`;
      },
    }),
    column({
      key: 'score',
      title: `考评（${year}）`,
      width: 120,
      value: (r) => {
        const s = scores?.get(r.id);
        return s ? `${s.total}分 · ${s.grade}` : '—';
      },
      compare: (a, b) => score(a) - score(b),
    }),
    column({ key: 'appliedDate', title: '申请日期', kind: 'date', width: 110, value: (r) => r.appliedDate, compare: BY_APPLIED }),
  ];
}

/** The list opens newest first, as it always has. */
export const DEFAULT_SORT: SortState = { key: 'appliedDate', order: 'descend' };

/** Rows in the order of a column's compare (stable), or as given when there is none. */
export function sortPairings(rows: readonly PairingRow[], compare: PairingColumn['compare'], order: 'ascend' | 'descend' | undefined): readonly PairingRow[] {
  if (!compare || !order) return rows;
  const sign = order === 'descend' ? -1 : 1;
  return [...rows].sort((a, b) => sign * compare(a, b));
}
