// The completeness board of a year's tallies: for each township (county order) how many
// pairings it should report, and whether its tally was received, received with errors (rows
// not imported), or is still missing. Enterprise party organizations' own tallies are listed
// apart: they report their pairings, not a township's.
import type { Township } from '../model/types';
import { activeDuring, type StatisticsInput } from '../reports/statistics/input';
import type { TallyScope } from './meta';

export type TallyStatus = 'received' | 'errors' | 'missing' | 'not-expected';

export type BatchInfo = {
  id: string;
  fileName: string;
  createdAt: string;
  scope?: TallyScope;
  townshipId?: string;
  counts: { added: number; rejected: number };
};

export type ReportInfo = { batchId: string; issues: readonly string[]; missingCodes: readonly string[]; rows: readonly { pairingId: string }[] };

export type BoardRow = {
  key: string;
  name: string;
  /** Pairings active during the year that the township answers for (its template's rows). */
  expected: number;
  status: TallyStatus;
  batch?: BatchInfo;
  reported: number;
  issues: readonly string[];
  missingCodes: readonly string[];
};

export const STATUS_TEXT: Record<TallyStatus, string> = { received: '已收到', errors: '有错误', missing: '未收到', 'not-expected': '无联建点' };

function rowFor(key: string, name: string, expected: number, batch: BatchInfo | undefined, report: ReportInfo | undefined): BoardRow {
  if (!batch) return { key, name, expected, status: expected ? 'missing' : 'not-expected', reported: 0, issues: [], missingCodes: [] };
  return {
    key,
    name,
    expected,
    status: batch.counts.rejected > 0 ? 'errors' : 'received',
    batch,
    reported: report?.rows.length ?? batch.counts.added,
    issues: report?.issues ?? [],
    missingCodes: report?.missingCodes ?? [],
  };
}

export function completenessBoard(
  year: number,
  townships: readonly Township[],
  pairings: StatisticsInput['pairings'],
  batches: readonly BatchInfo[],
  reports: readonly ReportInfo[],
): { townships: BoardRow[]; enterprises: BoardRow[] } {
  const active = pairings.filter((p) => activeDuring(p, year));
  const reportOf = new Map(reports.map((r) => [r.batchId, r]));
  const latest = (kind: TallyScope['kind'], id: string) =>
    batches.filter((b) => (b.scope ? b.scope.kind === kind && b.scope.id === id : kind === 'township' && b.townshipId === id)).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  const rows = [...townships]
    .filter((t) => !t.deleted)
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'zh-CN'))
    .map((t) => {
      const batch = latest('township', t.id);
      return rowFor(t.id, t.name, active.filter((p) => p.responsibleTownshipId === t.id).length, batch, batch && reportOf.get(batch.id));
    });
  const enterpriseScopes = new Map<string, string>();
  for (const b of batches) if (b.scope?.kind === 'enterprise') enterpriseScopes.set(b.scope.id, b.scope.name);
  const enterprises = [...enterpriseScopes].map(([id, name]) => {
    const batch = latest('enterprise', id);
    return rowFor(id, name, active.filter((p) => p.enterpriseId === id).length, batch, batch && reportOf.get(batch.id));
  });
  return { townships: rows, enterprises };
}
