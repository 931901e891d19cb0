// The monthly-report board (月报报送情况) as plain data: every pairing that owes the month's
// report, with its status (按时报送 / 逾期报送 / 未报 / 逾期未报), grouped by its responsible
// township (分片挂钩) in county order, with the counts per township and for the county, and
// the chase list (催报名单): the pairings that have not reported, with whom to call.
import type { IsoDate, IsoMonth, MonthlyReport, Pairing, Township } from '../../model/types';
import { addStatus, emptyCounts, isReportDue, monthLabel, reportDeadline, reportStatus, type ReportCounts, type ReportStatus } from '../../model/monthly-report';
import { formatLiaison } from '../../model/pairing-changes';
import { leaderOf } from './responsibility';

export type BoardRow = {
  pairingId: string;
  code: string;
  townshipId: string;
  townshipName: string;
  enterpriseName: string;
  villageName: string;
  /** 挂钩领导 */
  leader: string;
  enterpriseLiaison: string;
  villageLiaison: string;
  status: ReportStatus;
  report?: MonthlyReport;
};

export type StatusCounts = ReportCounts & { pending: number; overdue: number };

export type TownshipLine = { townshipId: string; name: string; leader: string; counts: StatusCounts };

export type Board = {
  month: IsoMonth;
  deadline: IsoDate;
  rows: BoardRow[];
  townships: TownshipLine[];
  total: StatusCounts;
};

export type BoardInput = {
  month: IsoMonth;
  deadlineDay: number;
  today: IsoDate;
  /** Live townships (any order). */
  townships: readonly Township[];
  /** Live pairings (those not owing the month are left out here). */
  pairings: readonly Pairing[];
  /** Live reports of the month. */
  reports: readonly MonthlyReport[];
  enterpriseName: (id: string) => string;
  villageName: (id: string) => string;
};

const emptyStatusCounts = (): StatusCounts => ({ ...emptyCounts(), pending: 0, overdue: 0 });

function count(c: StatusCounts, s: ReportStatus): void {
  addStatus(c, s);
  if (s === 'pending') c.pending++;
  if (s === 'overdue') c.overdue++;
}

/** A township no longer in the registry still has its pairings counted, under this name. */
const MISSING_TOWNSHIP = '（未指定乡镇）';

export function buildBoard(input: BoardInput): Board {
  const { month, deadlineDay, today } = input;
  const townships = [...input.townships].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'zh-CN'));
  const townshipById = new Map(townships.map((t) => [t.id, t]));
  const reportOf = new Map(input.reports.map((r) => [r.pairingId, r]));
  const lines = new Map<string, TownshipLine>(townships.map((t) => [t.id, { townshipId: t.id, name: t.name, leader: t.leaderName ?? '', counts: emptyStatusCounts() }]));
  const total = emptyStatusCounts();
  const rows: BoardRow[] = [];
  for (const p of input.pairings) {
    if (!isReportDue(p, month)) continue;
    const township = townshipById.get(p.responsibleTownshipId);
    const report = reportOf.get(p.id);
    const status = reportStatus(report, month, deadlineDay, today);
    let line = lines.get(p.responsibleTownshipId);
    if (!line) {
      line = { townshipId: p.responsibleTownshipId, name: MISSING_TOWNSHIP, leader: '', counts: emptyStatusCounts() };
      lines.set(p.responsibleTownshipId, line);
    }
    count(line.counts, status);
    count(total, status);
    rows.push({
      pairingId: p.id,
      code: p.code,
      townshipId: p.responsibleTownshipId,
      townshipName: line.name,
      enterpriseName: input.enterpriseName(p.enterpriseId),
      villageName: input.villageName(p.villageId),
      leader: leaderOf(p, township),
      enterpriseLiaison: formatLiaison(p.enterpriseLiaison),
      villageLiaison: formatLiaison(p.villageLiaison),
      status,
      report,
    });
  }
  const order = new Map([...lines.keys()].map((id, i) => [id, i]));
  rows.sort((a, b) => order.get(a.townshipId)! - order.get(b.townshipId)! || a.code.localeCompare(b.code));
  return { month, deadline: reportDeadline(month, deadlineDay), rows, townships: [...lines.values()].filter((l) => l.counts.due > 0), total };
}

/** The 催报名单's title and file name (here, not beside its .xlsx builder, so the page loads no sheet writer). */
export const chaseListTitle = (countyName: string, month: IsoMonth): string => `${countyName}${monthLabel(month)}村企联建月报催报名单`;

export const chaseListFileName = (countyName: string, month: IsoMonth): string => `${chaseListTitle(countyName, month)}.xlsx`;

/** 催报名单: the pairings that have not reported, in board order. */
export const chaseRows = (board: Board): BoardRow[] => board.rows.filter((r) => r.status === 'pending' || r.status === 'overdue');

/** The board of one township (its rows, its line, its counts as the total); the whole board when none is given. */
export function narrowBoard(board: Board, townshipId: string | undefined): Board {
  if (!townshipId) return board;
  const line = board.townships.find((l) => l.townshipId === townshipId);
  return {
    ...board,
    rows: board.rows.filter((r) => r.townshipId === townshipId),
    townships: line ? [line] : [],
    total: line ? { ...line.counts } : emptyStatusCounts(),
  };
}
