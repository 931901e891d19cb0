// One part of the annual table on screen: grouped column headers as in the printed table,
// the township column pinned at the left, figures sortable by a click on their header, and
// the total row below. A plain <table> (about 20 rows): antd's Table cost ~100 ms more to
// open cold for the same rows (measured with the 'cq:annual-table' mark).
import { useMemo, useState } from 'react';
import { formatWan } from '@shared/model/money';
import type { AnnualTable, StatColumn, StatPart, StatRow } from '@shared/reports/statistics/annual-table';
import './stat-table.css';

export function statText(column: StatColumn, row: StatRow, isTotal: boolean, wholeCounty: boolean): string {
  if (column.countyOnly && (!isTotal || !wholeCounty)) return '—';
  return formatWan(row.values[column.id] ?? 0);
}

type Sort = { id: string; dir: 1 | -1 } | undefined;

const LABEL_WIDTH = 130;
const FIGURE_WIDTH = 96;

export function StatTable({ table, part }: { table: AnnualTable; part: StatPart }) {
  const figures = part.groups.flatMap((g) => g.columns);
  const [sort, setSort] = useState<Sort>();
  const rows = useMemo(() => {
    if (!sort) return table.rows;
    return [...table.rows].sort((a, b) => sort.dir * ((a.values[sort.id] ?? 0) - (b.values[sort.id] ?? 0)));
  }, [table.rows, sort]);
  // Click: descending, ascending, as listed.
  const toggle = (c: StatColumn) => setSort((s) => (s?.id !== c.id ? { id: c.id, dir: -1 } : s.dir === -1 ? { id: c.id, dir: 1 } : undefined));
  const ariaSort = (c: StatColumn) => (sort?.id !== c.id ? undefined : sort.dir === 1 ? 'ascending' : 'descending');

  return (
    <div className="cq-stat-scroll">
      <table className="cq-stat-table" aria-label={part.title} style={{ width: LABEL_WIDTH + figures.length * FIGURE_WIDTH }}>
        <colgroup>
          <col style={{ width: LABEL_WIDTH }} />
          {figures.map((c) => (
            <col key={c.id} style={{ width: FIGURE_WIDTH }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className="cq-stat-label" rowSpan={2}>
              乡镇（开发区）
            </th>
            {part.groups.map((g) => (
              <th key={g.label} colSpan={g.columns.length}>
                {g.label}
              </th>
            ))}
          </tr>
          <tr>
            {figures.map((c) => (
              <th
                key={c.id}
                className={c.countyOnly ? undefined : 'cq-stat-sortable'}
                aria-sort={ariaSort(c)}
                title={c.countyOnly ? undefined : '点击排序'}
                onClick={c.countyOnly ? undefined : () => toggle(c)}
              >
                {c.unit ? `${c.label}（${c.unit}）` : c.label}
                {sort?.id === c.id ? <span className="cq-stat-arrow">{sort.dir === 1 ? '↑' : '↓'}</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={figures.length + 1} style={{ textAlign: 'center', color: 'rgba(0,0,0,0.45)' }}>
                暂无乡镇。请先在「信息库 · 乡镇」中添加乡镇，或在工作台载入示例数据
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={row.key}>
                <td className="cq-stat-label">{row.label}</td>
                {figures.map((c) => (
                  <td key={c.id}>{statText(c, row, false, table.wholeCounty)}</td>
                ))}
              </tr>
            ))
          )}
        </tbody>
        <tfoot>
          <tr>
            <td className="cq-stat-label">{table.total.label}</td>
            {figures.map((c) => (
              <td key={c.id}>{statText(c, table.total, true, table.wholeCounty)}</td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
