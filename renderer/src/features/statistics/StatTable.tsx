// One part of the annual table on screen: grouped column headers as in the printed table,
// the row labels (township; or enterprise / village with its township) pinned at the left,
// figures sortable by a click on their header, and the total row below; long groupings are
// paged. A plain <table> (about 20 rows by township): antd's Table cost ~100 ms more to open
// cold for the same rows (measured with the 'cq:annual-table' mark).
import { useMemo, useState } from 'react';
import { Pagination, Tag } from 'antd';
import { formatWan } from '@shared/model/money';
import type { AnnualTable, StatColumn, StatPart, StatRow } from '@shared/reports/statistics/annual-table';
import { GROUP_LABELS } from '@shared/reports/statistics/annual-groups';
import './stat-table.css';

export function statText(column: StatColumn, row: StatRow, isTotal: boolean): string {
  const value = row.values[column.id];
  if (column.countyOnly && (!isTotal || value === undefined)) return '—';
  return formatWan(value ?? 0);
}

type Sort = { id: string; dir: 1 | -1 } | undefined;

const TOWNSHIP_WIDTH = 130;
const FIGURE_WIDTH = 96;
const PAGE_SIZE = 50;

export function StatTable({ table, part }: { table: AnnualTable; part: StatPart }) {
  const figures = part.groups.flatMap((g) => g.columns);
  const byTownship = table.groupBy === 'township';
  const labelWidth = table.groupBy === 'enterprise' ? 220 : TOWNSHIP_WIDTH;
  const labelColumns = byTownship ? 1 : 2;
  const tally = useMemo(() => new Set(table.sources.tally), [table.sources.tally]);
  const [sort, setSort] = useState<Sort>();
  const [page, setPage] = useState(1);
  const sorted = useMemo(() => {
    if (!sort) return table.rows;
    return [...table.rows].sort((a, b) => sort.dir * ((a.values[sort.id] ?? 0) - (b.values[sort.id] ?? 0)));
  }, [table.rows, sort]);
  const paged = sorted.length > PAGE_SIZE;
  const rows = paged ? sorted.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE) : sorted;
  // Click: descending, ascending, as listed.
  const toggle = (c: StatColumn) => setSort((s) => (s?.id !== c.id ? { id: c.id, dir: -1 } : s.dir === -1 ? { id: c.id, dir: 1 } : undefined));
  const ariaSort = (c: StatColumn) => (sort?.id !== c.id ? undefined : sort.dir === 1 ? 'ascending' : 'descending');
  const width = labelWidth + (byTownship ? 0 : TOWNSHIP_WIDTH) + figures.length * FIGURE_WIDTH;

  return (
    <>
      <div className="cq-stat-scroll">
        <table className="cq-stat-table" aria-label={part.title} style={{ width }}>
          <colgroup>
            <col style={{ width: labelWidth }} />
            {!byTownship && <col style={{ width: TOWNSHIP_WIDTH }} />}
            {figures.map((c) => (
              <col key={c.id} style={{ width: FIGURE_WIDTH }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className="cq-stat-label" rowSpan={2}>
                {GROUP_LABELS[table.groupBy]}
              </th>
              {!byTownship && (
                <th className="cq-stat-label cq-stat-second" rowSpan={2} style={{ left: labelWidth }}>
                  所属乡镇
                </th>
              )}
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
                <td colSpan={figures.length + labelColumns} style={{ textAlign: 'center', color: 'rgba(0,0,0,0.45)' }}>
                  暂无乡镇。请先在「信息库 · 乡镇」中添加乡镇，或在工作台载入示例数据
                </td>
              </tr>
            ) : (
              rows.map((row) => (
                <tr key={row.key}>
                  <td className="cq-stat-label">
                    {row.label}
                    {/* A township whose figures are its tally's says so in its row, as the note under the table does. */}
                    {byTownship && tally.has(row.label) && (
                      <Tag color="blue" title="本年度联建成效取自该乡镇报送的年终统计表" style={{ marginInlineStart: 4, marginInlineEnd: 0 }}>
                        报
                      </Tag>
                    )}
                  </td>
                  {!byTownship && (
                    <td className="cq-stat-label cq-stat-second" style={{ left: labelWidth }}>
                      {row.township}
                    </td>
                  )}
                  {figures.map((c) => (
                    <td key={c.id}>{statText(c, row, false)}</td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
          <tfoot>
            <tr>
              <td className="cq-stat-label" colSpan={labelColumns}>
                {table.total.label}
              </td>
              {figures.map((c) => (
                <td key={c.id}>{statText(c, table.total, true)}</td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      {paged && (
        <Pagination
          style={{ marginTop: 12, justifyContent: 'flex-end' }}
          current={page}
          pageSize={PAGE_SIZE}
          total={sorted.length}
          showSizeChanger={false}
          showTotal={(n) => `共 ${n} 行`}
          onChange={setPage}
        />
      )}
    </>
  );
}
