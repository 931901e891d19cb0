// 交流会、研讨会、通报会: the meetings of the joint-building programme (「县里定期召开村企党组织联建
// 活动交流会」, 「领导小组定期召开联建活动情况研讨会、通报会」): when and where, who attended
// (organizations and persons of the registry, and others by name), the topics, the minutes,
// and the decisions taken, each followed up (who, by when, done or not).
import type { BaseRecord, IsoDate } from './types';

export const MEETING_KINDS = ['交流会', '研讨会', '通报会', '推进会', '其他'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export type MeetingDecision = {
  id: string;
  /** 议定事项 */
  content: string;
  /** 责任单位或责任人 */
  owner?: string;
  /** 完成时限 */
  deadline?: IsoDate;
  done: boolean;
  /** 办结日期 */
  doneDate?: IsoDate;
  /** 办理情况 */
  progress?: string;
};

export type Meeting = BaseRecord & {
  kind: MeetingKind;
  /** e.g. 「2008年第三季度村企党组织联建活动交流会」 */
  title: string;
  date: IsoDate;
  place?: string;
  /** 召开单位, e.g. 县委组织部 or 河田镇党委 */
  host?: string;
  /** The township whose meeting it is; none: a county meeting (it counts in the county total only). */
  townshipId?: string;
  /** 主持人 */
  chair?: string;
  /** 参会单位 and 参会人员 of the registry. */
  enterpriseIds: string[];
  villageIds: string[];
  personIds: string[];
  /** Others present, as written (e.g. 「县农办、开发区党工委」). */
  otherAttendees?: string;
  /** 会议议题, one a line. */
  topics?: string;
  /** 会议纪要 */
  minutes?: string;
  decisions: MeetingDecision[];
};

/** Decisions not done whose deadline has passed by `today`. */
export const overdue = (d: Pick<MeetingDecision, 'done' | 'deadline'>, today: IsoDate): boolean => !d.done && Boolean(d.deadline) && d.deadline! < today;
