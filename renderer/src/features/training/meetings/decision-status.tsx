import { Tag } from 'antd';
import { overdue, type MeetingDecision } from '@shared/model/meeting';
import dayjs from 'dayjs';

/** 已办结 · 已逾期 · 未办结, as a tag. */
export function DecisionStatus({ d }: { d: MeetingDecision }) {
  if (d.done) return <Tag color="green">已办结{d.doneDate ? ` ${d.doneDate}` : ''}</Tag>;
  if (overdue(d, dayjs().format('YYYY-MM-DD'))) return <Tag color="red">已逾期</Tag>;
  return <Tag color="orange">未办结</Tag>;
}
