// A meeting's record (会议记录) as plain data for the A4 print: its particulars, attendees,
// topics, minutes and the decisions with their follow-up. The print view draws it.
import type { Meeting } from '../../model/meeting';
import { formatDateCn } from '../../model/parse-date';

export type MeetingRecord = {
  title: string;
  rows: [string, string][];
  topics: string[];
  minutes: string;
  decisions: { no: number; content: string; owner: string; deadline: string; status: string }[];
};

export type MeetingNames = { enterprise: (id: string) => string; village: (id: string) => string; person: (id: string) => string; township: (id: string) => string };

/** 「县委组织部」, 「河田镇党委」, or the township when the host does not already name it. */
function hostText(m: Meeting, names: MeetingNames): string {
  const township = m.townshipId ? names.township(m.townshipId) : '';
  if (!m.host) return township;
  return township && !m.host.includes(township) ? `${m.host}（${township}）` : m.host;
}

export function meetingRecord(m: Meeting, names: MeetingNames): MeetingRecord {
  const orgs = [...m.enterpriseIds.map(names.enterprise), ...m.villageIds.map(names.village)];
  const rows: [string, string][] = [
    ['会议名称', m.title],
    ['会议类型', m.kind],
    ['时间', formatDateCn(m.date)],
    ['地点', m.place ?? ''],
    ['召开单位', hostText(m, names)],
    ['主持人', m.chair ?? ''],
    ['参会单位', [orgs.join('、'), m.otherAttendees ?? ''].filter(Boolean).join('；')],
    ['参会人员', m.personIds.length ? `${m.personIds.map(names.person).join('、')}（共${m.personIds.length}人）` : ''],
  ];
  return {
    title: `${m.title}会议记录`,
    rows,
    topics: (m.topics ?? '').split('\n').map((t) => t.trim()).filter(Boolean),
    minutes: m.minutes ?? '',
    decisions: m.decisions.map((d, i) => ({
      no: i + 1,
      content: d.content,
      owner: d.owner ?? '',
      deadline: d.deadline ? formatDateCn(d.deadline) : '',
      status: d.done ? `已办结${d.doneDate ? `（${formatDateCn(d.doneDate)}）` : ''}${d.progress ? `：${d.progress}` : ''}` : `未办结${d.progress ? `：${d.progress}` : ''}`,
    })),
  };
}
