// 骨干培训 (backbone training classes): a class and its trainees. A trainee is a person of the
// registry attending one class; it keeps the organization and post the person held at the
// time, so a later move or promotion does not rewrite who was trained as what. A person may
// attend several classes, but only once each.
import type { BaseRecord, IsoDate, PersonOrgKind } from './types';

export type TrainingClass = BaseRecord & {
  /** 期次 as the office writes it, e.g. 「第3期」. */
  session?: string;
  name: string;
  startDate: IsoDate;
  endDate?: IsoDate;
  place?: string;
  /** 主办单位 */
  organizer?: string;
  /** 培训内容 (curriculum), one topic a line. */
  content?: string;
  /** 学时 */
  hours?: number;
  /**
   * 名单外学员 (人): trainees counted without a roster (a class whose list was not kept). They
   * count in the county's figures but belong to no township.
   */
  unlistedCount?: number;
  remark?: string;
};

export type Trainee = BaseRecord & {
  classId: string;
  personId: string;
  /** The name on the roster when enrolled, shown should the person's record be deleted. */
  name: string;
  /** The organization held at the time of the class. */
  orgKind: PersonOrgKind;
  orgId?: string;
  /** 单位 as printed on the roster. */
  orgName?: string;
  /** 职务 at the time of the class. */
  post?: string;
  /** Place on the roster (序号 prints 1…n in this order). */
  seq: number;
  remark?: string;
};
