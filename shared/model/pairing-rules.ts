// The life cycle of a pairing (联建): 申请 → 已批准 → 已终止, as pure rules. The repository
// refuses what these functions object to (inside its write transaction); the UI asks them
// which actions to offer. Every refusal is a Chinese sentence a clerk can act on.
//
// Dates are ISO calendar dates (YYYY-MM-DD) and compare as strings. An event may not be
// dated before the event that precedes it, nor after today: the history records facts.
import type { IsoDate, Pairing, PairingEvent } from './types';
import { formatDateTable } from './parse-date';

const pad = (n: number) => String(n).padStart(2, '0');

/** Today's local calendar date as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): IsoDate {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function dateIssues(date: string, what: string, notBefore: { date?: string; label: string }[], today: IsoDate): string[] {
  if (!ISO_DATE.test(date)) return [`请填写${what}`];
  if (date > today) return [`${what}（${date}）不能晚于今天（${today}）`];
  for (const limit of notBefore) {
    if (limit.date && date < limit.date) return [`${what}（${date}）不能早于${limit.label}（${limit.date}）`];
  }
  return [];
}

/** The latest dated event of a pairing: later events may not be dated before it. */
export function lastEventDate(events: readonly Pick<PairingEvent, 'date'>[]): IsoDate | undefined {
  return events.reduce<string | undefined>((max, e) => (max === undefined || e.date > max ? e.date : max), undefined);
}

export function checkApplication(appliedDate: IsoDate, today: IsoDate = todayIso()): string[] {
  return dateIssues(appliedDate, '申请日期', [], today);
}

export function checkApprove(p: Pairing, date: IsoDate, lastEvent: IsoDate | undefined, today: IsoDate = todayIso()): string[] {
  if (p.status === '已批准') return [`联建「${p.code}」已于 ${formatDateTable(p.approvedDate ?? '')} 批准，不能重复批准`];
  if (p.status === '已终止') return [`联建「${p.code}」已终止，不能再批准`];
  return dateIssues(date, '批准日期', [{ date: p.appliedDate, label: '申请日期' }, { date: lastEvent, label: '上一条记录的日期' }], today);
}

export function checkChange(
  p: Pairing,
  date: IsoDate,
  reason: string,
  changeCount: number,
  lastEvent: IsoDate | undefined,
  today: IsoDate = todayIso(),
): string[] {
  if (p.status === '已终止') return [`联建「${p.code}」已终止，不能再变更`];
  const issues = dateIssues(date, '变更日期', [{ date: p.appliedDate, label: '申请日期' }, { date: lastEvent, label: '上一条记录的日期' }], today);
  if (!reason.trim()) issues.push('请填写变更原因');
  if (changeCount === 0) issues.push('没有修改任何内容，无需变更');
  return issues;
}

export function checkTerminate(p: Pairing, date: IsoDate, reason: string, lastEvent: IsoDate | undefined, today: IsoDate = todayIso()): string[] {
  if (p.status === '已终止') return [`联建「${p.code}」已于 ${formatDateTable(p.endedDate ?? '')} 终止，不能重复终止`];
  const issues = dateIssues(
    date,
    '终止日期',
    [{ date: p.approvedDate ?? p.appliedDate, label: p.approvedDate ? '批准日期' : '申请日期' }, { date: lastEvent, label: '上一条记录的日期' }],
    today,
  );
  if (!reason.trim()) issues.push('请填写终止原因');
  return issues;
}

/** Which actions a pairing in its current status offers. */
export function allowedActions(p: Pick<Pairing, 'status'>): { approve: boolean; change: boolean; terminate: boolean } {
  return { approve: p.status === '申请', change: p.status !== '已终止', terminate: p.status !== '已终止' };
}

/** A live pairing blocks another application for the same enterprise and village. */
export function isLive(p: Pick<Pairing, 'status' | 'deleted'>): boolean {
  return !p.deleted && p.status !== '已终止';
}

// ---- codes ------------------------------------------------------------------------------

export const codePrefix = (year: number) => `LJ${year}-`;

/** The next free code of a year: one past the highest number used, deleted pairings included. */
export function nextPairingCode(year: number, existingCodes: readonly string[]): string {
  const prefix = codePrefix(year);
  let max = 0;
  for (const code of existingCodes) {
    if (!code.startsWith(prefix)) continue;
    const n = Number(code.slice(prefix.length));
    if (Number.isInteger(n) && n > max) max = n;
  }
  return `${prefix}${String(max + 1).padStart(3, '0')}`;
}

// ---- the active period, for ledger entries ------------------------------------------------

/**
 * Why a ledger entry dated `date` cannot belong to the pairing, or null when it can. An
 * entry known only by its month counts if any day of that month lies in the active period.
 */
export function activePeriodIssue(
  p: Pick<Pairing, 'code' | 'status' | 'approvedDate' | 'endedDate'>,
  date: IsoDate,
  precision: 'day' | 'month',
): string | null {
  if (!p.approvedDate) return `联建「${p.code}」尚未批准，不能登记台账`;
  const first = precision === 'month' ? date.slice(0, 7) + '-01' : date;
  const last = precision === 'month' ? date.slice(0, 7) + '-31' : date;
  const shown = precision === 'month' ? date.slice(0, 7) : date;
  if (last < p.approvedDate) return `台账日期（${shown}）早于联建「${p.code}」的批准日期（${p.approvedDate}）`;
  if (p.endedDate && first > p.endedDate) return `台账日期（${shown}）晚于联建「${p.code}」的终止日期（${p.endedDate}）`;
  return null;
}
