// 季度督查 (quarterly inspections) and their 整改事项 (rectification items), as stored and as
// pure rules: the states 待整改 → 整改中 → 已整改, 逾期 computed from the deadline (never
// stored, so it is right on any day), and the counts other pages ask for (the 工作台's
// overdue list, the responsibility view's open items per pairing, the annual table).
import type { BaseRecord, IsoDate } from './types';
import type { ImprintDraft } from './schemas/imprint';

export const QUARTERS = [1, 2, 3, 4] as const;
export type Quarter = (typeof QUARTERS)[number];

const QUARTER_WORDS = ['一', '二', '三', '四'] as const;

/** 第三季度 */
export const quarterLabel = (q: number): string => `第${QUARTER_WORDS[q - 1] ?? q}季度`;

/** 2008年第三季度 */
export const roundPeriod = (r: { year: number; quarter: number }): string => `${r.year}年${quarterLabel(r.quarter)}`;

/** 督查评价 of a visited pairing. */
export const INSPECTION_RATINGS = ['好', '较好', '一般', '较差'] as const;
export type InspectionRating = (typeof INSPECTION_RATINGS)[number];

export const RECTIFICATION_STATES = ['待整改', '整改中', '已整改'] as const;
export type RectificationState = (typeof RECTIFICATION_STATES)[number];

/** A pairing visited in a round and what was found there. */
export type InspectionVisit = {
  pairingId: string;
  /** 督查日期 of this pairing, within the round's dates. */
  date?: IsoDate;
  rating?: InspectionRating;
  /** 督查发现: what was found (good practice and problems). */
  finding: string;
};

/** A round of inspection (督查): one quarter, one team, the pairings it visited. */
export type InspectionRound = BaseRecord & {
  year: number;
  quarter: Quarter;
  /** 督查组: its members as the office writes them. */
  team: string;
  /** 带队领导 */
  leader?: string;
  startDate: IsoDate;
  endDate: IsoDate;
  visits: InspectionVisit[];
  /** 总体情况: the opening assessment of the 通报. */
  summary?: string;
  /** 通报 文号 and date, as last exported. */
  noticeNumber?: string;
  noticeDate?: IsoDate;
  /** 通报's 版记 as last exported; blank parts take 设置's defaults and the 通报's date. */
  noticeImprint?: ImprintDraft;
};

/** A rectification item (整改事项) raised by a round for one pairing. */
export type Rectification = BaseRecord & {
  inspectionId: string;
  pairingId: string;
  /** The pairing's 挂钩乡镇, kept for lists and counts by township. */
  townshipId: string;
  /** 存在问题 */
  problem: string;
  /** 整改要求 */
  requirement: string;
  /** 责任单位 */
  responsible: string;
  /** 整改期限 */
  deadline: IsoDate;
  status: RectificationState;
  /** 整改情况 */
  progress?: string;
  /** 复查日期 and 复查人: required once 已整改. */
  reviewDate?: IsoDate;
  reviewer?: string;
  /** Evidence (photos, scans) in the attachments table. */
  attachmentIds: string[];
};

type Due = Pick<Rectification, 'status' | 'deadline' | 'reviewDate'>;

/** Open and past its deadline on `today`. */
export const isOverdue = (r: Due, today: IsoDate): boolean => r.status !== '已整改' && r.deadline < today;

/** Closed after its deadline. */
export const closedLate = (r: Due): boolean => r.status === '已整改' && Boolean(r.reviewDate) && r.reviewDate! > r.deadline;

export type RectificationDisplay = { text: string; color: string };

/** What a list shows for an item: its state, 逾期 when open past the deadline, 逾期完成 when closed late. */
export function rectificationDisplay(r: Due, today: IsoDate): RectificationDisplay {
  if (r.status === '已整改') return closedLate(r) ? { text: '已整改（逾期完成）', color: 'orange' } : { text: '已整改', color: 'green' };
  if (isOverdue(r, today)) return { text: `${r.status} · 逾期`, color: 'red' };
  return { text: r.status, color: r.status === '整改中' ? 'blue' : 'default' };
}

/** Days past the deadline on `today` (0 when not overdue). */
export function daysOverdue(r: Due, today: IsoDate): number {
  if (!isOverdue(r, today)) return 0;
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${r.deadline}T00:00:00Z`)) / 86_400_000);
}

/**
 * Open rectification items (not 已整改) per pairing id — what the responsibility view
 * (分片挂钩) and the pairing list count. Pass live items; deleted ones are skipped anyway.
 */
export function openRectificationCounts(items: readonly Pick<Rectification, 'pairingId' | 'status' | 'deleted'>[]): Map<string, number> {
  const open = new Map<string, number>();
  for (const r of items) if (!r.deleted && r.status !== '已整改') open.set(r.pairingId, (open.get(r.pairingId) ?? 0) + 1);
  return open;
}

/** The transitions of an item's state; anything else is refused with the reason. */
export function transitionIssue(from: RectificationState, to: RectificationState): string | null {
  if (from === to) return null;
  if (from === '已整改' && to === '待整改') return '已整改的事项只能退回「整改中」重新整改';
  return null;
}
