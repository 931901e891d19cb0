// 联建档案 list: every pairing with its sides, filtered by status, township, area and year, in a
// windowed table (only the rows in view are drawn; the print table holds them all).
//
// The rows come first: the pairings' read starts with the route (the shared live reads of
// ui/records/live-records.ts), and the columns' figures (月报, 督查整改, 考评) are read once the
// rows are in, so their reads do not delay the rows; the form and toolbar do not render again
// when a figure arrives.
import { memo, useCallback, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { App, Card, Typography } from 'antd';
import { choicesWith } from '@shared/model/dictionaries';
import { formatAreas } from '@shared/model/pairing-changes';
import { allowedActions } from '@shared/model/pairing-rules';
import { getStore } from '../../db';
import { useSetting, useStoredSetting } from '../../app/use-setting';
import { host } from '../../host';
import { useConfirmDelete } from '../../ui/use-confirm-delete';
import { useLiveRecords, useLookup } from '../../ui/records/data';
import { PrintTable, type PrintColumn } from '../../ui/PrintTable';
import { ListTable, type RowActions } from '../../ui/list/ListTable';
import type { SortState } from '../../ui/list/types';
import { useTableHeight } from '../../ui/list/use-table-height';
import { usePairingReportRates, usePairingSupervisionCounts } from '../supervision';
import { usePairingScores } from '../evaluation';
import { lazyForm } from '../../ui/form/lazy-form';
import type { ApplyPairingModalProps } from './ApplyPairingModal';
import { PairingFilters, PairingToolbar } from './list-controls';
import { usePaintedAfter } from '../../ui/use-painted-after';
import { DEFAULT_SORT, pairingColumns, sortPairings } from './pairing-columns';
import { filterPairings, pairingRows, type PairingFilter, type PairingRow } from './pairing-filters';
import { exportPairings } from './pairings-export';
import { usePairingDialogs } from './use-pairing-dialogs';

// The application form (its pickers, matching and date fields) loads on its first open.
const ApplyPairingModal = lazyForm<ApplyPairingModalProps>(() => import('./ApplyPairingModal'), 'ApplyPairingModal');

const PRINT_COLUMNS: PrintColumn<PairingRow>[] = [
  { title: '编号', value: (r) => r.code },
  { title: '企业', value: (r) => r.enterpriseName },
  { title: '村', value: (r) => `${r.villageTownshipName}${r.villageName}` },
  { title: '联建方式', value: (r) => r.formation },
  { title: '联建内容', value: (r) => formatAreas(r.areas) },
  { title: '挂钩乡镇', value: (r) => r.responsibleName },
  { title: '状态', value: (r) => r.status },
  { title: '申请日期', value: (r) => r.appliedDate },
  { title: '批准日期', value: (r) => r.approvedDate ?? '' },
];

/** 查看 · 批准 · 变更 · 删除 side by side. */
const ACTIONS_WIDTH = 180;
const rowKey = (r: PairingRow) => r.id;
// The print copy holds every row: drawn again only when the rows change.
const PrintRows = memo(PrintTable) as typeof PrintTable;

export function PairingsPage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const confirmDelete = useConfirmDelete();
  const dialogs = usePairingDialogs();
  const [applying, setApplying] = useState(false);
  const [filter, setFilter] = useState<PairingFilter>({});
  const pairings = useLiveRecords('pairings');
  const townshipList = useLiveRecords('townships');
  const villageList = useLiveRecords('villages');
  const enterpriseList = useLiveRecords('enterprises');
  // The rows wait for the names they show (never a flash of 「已删除的企业」).
  const loaded = pairings !== undefined && townshipList !== undefined && villageList !== undefined && enterpriseList !== undefined;
  const townships = useLookup(townshipList);
  const villages = useLookup(villageList);
  const enterprises = useLookup(enterpriseList);
  const townshipName = useCallback((id: string | undefined) => (id ? (townships.get(id)?.name ?? '') : ''), [townships]);
  const { value: workingYear, loaded: yearLoaded } = useStoredSetting('workingYear');
  const painted = usePaintedAfter(loaded);
  const reportRates = usePairingReportRates(workingYear, yearLoaded && painted);
  const supervision = usePairingSupervisionCounts(painted);
  const scores = usePairingScores(workingYear, painted);

  const [sort, setSort] = useState<SortState>(DEFAULT_SORT);
  const height = useTableHeight();
  const columns = useMemo(() => pairingColumns({ year: workingYear, reportRates, supervision, scores }), [workingYear, reportRates, supervision, scores]);
  const filtered = useMemo(() => {
    const all = loaded ? pairingRows(pairings, enterprises, villages, townshipName) : [];
    const shown = filterPairings(all, filter, (r) => [villages.get(r.villageId)?.townshipId, enterprises.get(r.enterpriseId)?.townshipId]);
    // Newest first (then by code), the order a cancelled sort returns to.
    return shown.sort((a, b) => b.appliedDate.localeCompare(a.appliedDate) || b.code.localeCompare(a.code));
  }, [loaded, pairings, enterprises, villages, townshipName, filter]);
  // Sorted again when a figure arrives only if the list is sorted by that figure.
  const compare = sort ? columns.find((c) => c.key === sort.key)?.compare : undefined;
  const rows = useMemo(() => sortPairings(filtered, compare, sort?.order), [filtered, compare, sort]);
  // A new filter or sort starts at the top of the list (an edit keeps the place).
  const topKey = `${JSON.stringify(filter)}\u0000${sort ? `${sort.key}:${sort.order}` : ''}`;
  const [areaList] = useSetting('cooperationAreas');
  const areaChoices = useMemo(() => choicesWith(areaList, (pairings ?? []).flatMap((p) => p.areas)), [areaList, pairings]);
  const years = useMemo(() => [...new Set((pairings ?? []).map((p) => Number(p.appliedDate.slice(0, 4))))].sort((a, b) => b - a), [pairings]);

  // Read at click time, so the actions (and the memoized rows) stay the same across renders.
  const latest = useRef({ dialogs, confirmDelete, navigate });
  latest.current = { dialogs, confirmDelete, navigate };
  const actions = useMemo(
    (): RowActions<PairingRow> => ({
      onView: (r) => latest.current.navigate(`/pairings/${r.id}`),
      more: (r) => {
        const allowed = allowedActions(r);
        return [
          ...(allowed.approve ? [{ label: '批准', onClick: () => latest.current.dialogs.approve(r) }] : []),
          { label: '变更', disabled: !allowed.change, onClick: () => latest.current.dialogs.change(r) },
        ];
      },
      onDelete: (p) =>
        latest.current.confirmDelete({
          what: `联建「${p.code}」`,
          remove: () => getStore().pairings.remove(p.id),
          undo: () => getStore().pairings.restore(p.id),
        }),
    }),
    [],
  );

  const shown = useRef(rows);
  shown.current = rows;
  const exportList = useCallback(async () => {
    const list = shown.current;
    const result = await exportPairings(list);
    if (result.ok) message.success(`已导出 ${list.length} 条联建：${result.value.location}`);
    else if (!result.cancelled) message.error(result.error);
  }, [message]);
  const onExport = useCallback(() => void exportList(), [exportList]);
  const onPrint = useCallback(() => void host.print({ title: '联建档案列表', landscape: true }), []);
  // Mounted at its first use (lazyForm): closed, it would still read every person (its pickers).
  const onApply = useCallback(() => setApplying(true), []);

  return (
    <Card>
      <div className="lj-screen-only">
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          联建档案
        </Typography.Title>
        <PairingFilters filter={filter} onFilter={setFilter} areaChoices={areaChoices} years={years} />
        <PairingToolbar count={rows.length} onApply={onApply} onExport={onExport} onPrint={onPrint} />
        <ListTable<PairingRow>
          topKey={topKey}
          loading={!loaded}
          rows={rows}
          columns={columns}
          sort={sort}
          onSort={setSort}
          height={height}
          label="联建档案"
          emptyText={pairings?.length ? '没有符合条件的联建' : '暂无联建，点击「新建」登记联建申请，或点击「导入」导入已有的联建名单'}
          actions={actions}
          actionsWidth={ACTIONS_WIDTH}
        />
      </div>
      <PrintRows title="联建档案列表" columns={PRINT_COLUMNS} rows={rows} rowKey={rowKey} />
      <ApplyPairingModal
        open={applying}
        onClose={() => setApplying(false)}
        onSaved={(p) => {
          setApplying(false);
          message.success(`已登记联建申请「${p.code}」`);
        }}
      />
      {dialogs.dialogs}
    </Card>
  );
}
