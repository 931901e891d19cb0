// 月报报送情况 (the monthly board): for a month, every pairing that owes a report, reported on
// time, late, not yet or overdue, by township; the chase list printed or exported; and the
// three ways reports come in — the form, a township's month in the grid, and the township's
// returned 月报表 through the import wizard (templates downloaded here).
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { App, Button, Card, Col, DatePicker, Row, Segmented, Space, Spin, Statistic, Typography } from 'antd';
import { ExportOutlined, ImportOutlined, PlusOutlined, PrinterOutlined, TableOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { formatRate, isReported, monthLabel, reportRate } from '@shared/model/monthly-report';
import { todayIso } from '@shared/model/pairing-rules';
import { chaseListFileName, chaseListTitle, chaseRows, narrowBoard, type BoardRow } from '@shared/reports/supervision/monthly-board';
import type { MonthlyReport } from '@shared/model/types';
import { getStore } from '../../../db';
import { useSetting } from '../../../app/use-setting';
import { useConfirmDelete } from '../../../ui/use-confirm-delete';
import { TownshipSelect } from '../../../ui/records/pickers';
import { PrintPreview } from '../print/PrintPreview';
import { saveXlsx } from '../save';
import { useBoard } from './board-data';
import { PairingStatusTable, TownshipCounts } from './BoardTables';
import { ChaseListSheet } from './ChaseListSheet';
import { DeadlineDay } from './DeadlineDay';
import { ReportFormModal } from './ReportFormModal';
import { ReportGridModal } from './ReportGridModal';
import { ReportViewModal } from './ReportViewModal';
import { TemplateButton } from './TemplateButton';

const MONTH_KEY = 'cq.supervision.month';
/** Performance measure: the page mounting to the month's board shown (test/bench/monthly-board.bench.ts). */
export const BOARD_MEASURE = 'cq:monthly-board';
type StatusFilter = '全部' | '已报' | '未报';

export function MonthlyBoardPage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const confirmDelete = useConfirmDelete();
  const [office] = useSetting('office');
  const [chosen, setChosen] = useState<string | undefined>(() => sessionStorage.getItem(MONTH_KEY) ?? undefined);
  const [townshipId, setTownshipId] = useState<string>();
  const [filter, setFilter] = useState<StatusFilter>('全部');
  const [form, setForm] = useState<{ open: boolean; pairingId?: string; month?: string }>({ open: false });
  const [grid, setGrid] = useState(false);
  const [viewing, setViewing] = useState<{ id: string; title: string }>();
  const [printing, setPrinting] = useState(false);
  const opened = useRef<string>(undefined);
  const board = useBoard(chosen, opened);
  const month = chosen ?? board?.month;
  const [openedAt] = useState(() => performance.now());
  const measured = useRef(false);
  useEffect(() => {
    if (!board || measured.current) return;
    measured.current = true;
    performance.measure(BOARD_MEASURE, { start: openedAt, end: performance.now(), detail: { pairings: board.rows.length } });
  }, [board, openedAt]);

  const setMonth = (m: string) => {
    sessionStorage.setItem(MONTH_KEY, m);
    setChosen(m);
  };
  useEffect(() => {
    if (board && !chosen) sessionStorage.setItem(MONTH_KEY, board.month);
  }, [board, chosen]);

  const shown = useMemo(() => (board ? narrowBoard(board, townshipId) : undefined), [board, townshipId]);
  const rows = useMemo(() => (shown?.rows ?? []).filter((r) => filter === '全部' || (filter === '已报') === isReported(r.status)), [shown, filter]);
  const missing = shown ? chaseRows(shown).length : 0;
  const townshipName = townshipId ? board?.townships.find((l) => l.townshipId === townshipId)?.name : undefined;
  const title = month ? `${chaseListTitle(office.countyName, month)}${townshipName ? `（${townshipName}）` : ''}` : '';

  const exportChase = async () => {
    if (!shown || !month) return;
    const name = chaseListFileName(office.countyName, month).replace(/\.xlsx$/, townshipName ? `（${townshipName}）.xlsx` : '.xlsx');
    // The sheet writer loads on the first export, not with the page.
    const { buildChaseListXlsx } = await import('@shared/reports/supervision/chase-list-xlsx');
    await saveXlsx(buildChaseListXlsx(shown, office.countyName, todayIso()), name, message);
  };

  const remove = (r: MonthlyReport) =>
    confirmDelete({
      what: `${monthLabel(r.month)}的月报`,
      remove: async () => {
        await getStore().monthlyReports.remove(r.id);
        setViewing(undefined);
      },
      undo: () => getStore().monthlyReports.restore(r.id),
    });

  // Until the first board is read, only the heading: the reads start at once and the tables render once, with data.
  if (!board || !shown) {
    return (
      <Card>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          月报报送情况
        </Typography.Title>
        <Spin tip="正在读取月报……">
          <div style={{ height: 160 }} />
        </Spin>
      </Card>
    );
  }
  const t = shown.total;
  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        月报报送情况
      </Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>月份</span>
        <DatePicker picker="month" aria-label="报送月份" format="YYYY-MM" allowClear={false} value={month ? dayjs(`${month}-01`) : undefined} onChange={(d) => d && setMonth(d.format('YYYY-MM'))} />
        <span>乡镇</span>
        <TownshipSelect aria-label="乡镇" placeholder="全部乡镇（开发区）" style={{ width: 180 }} value={townshipId} onChange={(v) => setTownshipId(v as string | undefined)} />
        <Segmented<StatusFilter> aria-label="报送状态" options={['全部', '已报', '未报']} value={filter} onChange={setFilter} />
        <DeadlineDay />
      </Space>
      <Row gutter={16} style={{ marginBottom: 12 }} data-testid="board-summary">
        <Col span={4}>
          <Statistic title="应报" value={t.due} suffix="个" />
        </Col>
        <Col span={5}>
          <Statistic title={`已报（其中逾期 ${t.late}）`} value={t.reported} suffix="个" />
        </Col>
        <Col span={5}>
          <Statistic title={`未报（其中逾期未报 ${t.overdue}）`} value={t.pending + t.overdue} suffix="个" styles={{ content: { color: missing ? '#c8161d' : undefined } }} />
        </Col>
        <Col span={4}>
          <Statistic title="报送率" value={formatRate(reportRate(t))} />
        </Col>
        <Col span={6}>
          <Statistic title="报送截止日期" value={shown.deadline} />
        </Col>
      </Row>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ open: true, month })}>
          填报月报
        </Button>
        <Button icon={<TableOutlined />} onClick={() => setGrid(true)}>
          快速录入
        </Button>
        <TemplateButton board={board} townshipId={townshipId} />
        <Button icon={<ImportOutlined />} onClick={() => navigate('/import/monthly-reports')}>
          导入月报表
        </Button>
        <Button icon={<PrinterOutlined />} disabled={!shown} onClick={() => setPrinting(true)}>
          打印催报名单
        </Button>
        <Button icon={<ExportOutlined />} disabled={!shown} onClick={() => void exportChase()}>
          导出催报名单
        </Button>
      </Space>
      <TownshipCounts board={board} selected={townshipId} onSelect={setTownshipId} />
      <Typography.Title level={5} style={{ margin: '16px 0 8px' }}>
        {townshipName ? `${townshipName}各联建点` : '各联建点'}报送情况（{rows.length} 个）
      </Typography.Title>
      <PairingStatusTable
        rows={rows}
        showTownship={!townshipId}
        loading={false}
        onFill={(r: BoardRow) => setForm({ open: true, pairingId: r.pairingId, month })}
        onView={(r: BoardRow) => r.report && setViewing({ id: r.report.id, title: `${r.code} ${r.enterpriseName} — ${r.villageName}` })}
        onArchive={(r: BoardRow) => navigate(`/pairings/${r.pairingId}`)}
      />
      {/* Dialogs mount when opened, so a cold open of the board reads only what the board shows. */}
      {form.open && <ReportFormModal open pairingId={form.pairingId} month={form.month} onClose={() => setForm({ open: false })} />}
      {grid && <ReportGridModal open townshipId={townshipId} month={month} onClose={() => setGrid(false)} />}
      {viewing && (
        <ReportViewModal
          reportId={viewing?.id}
          title={viewing?.title ?? ''}
          onClose={() => setViewing(undefined)}
          onEdit={(r) => {
            setViewing(undefined);
            setForm({ open: true, pairingId: r.pairingId, month: r.month });
          }}
          onDelete={remove}
        />
      )}
      {shown && printing && (
        <PrintPreview open={printing} onClose={() => setPrinting(false)} title={title} landscape note={`未报 ${missing} 个联建点`}>
          <ChaseListSheet board={shown} title={title} printedOn={todayIso()} />
        </PrintPreview>
      )}
    </Card>
  );
}
