// The archive card of one pairing (联建档案卡) as plain data: sections of text and tables.
// The print view draws it as HTML and the .docx builder writes it with the official-document
// helpers, so what is printed from the app and what is sent as Word is the same card. A record
// card, not a 公文: its tables are compact (小四, in the .docx and the print view alike),
// label–value tables have no header row, and a month's report is one line, so a typical
// pairing fits two A4 pages. Every date is written as documents write it (2008年9月1日).
import type { Enterprise, LedgerEntry, MonthlyReport, Pairing, PairingEvent, Village } from '../model/types';
import type { LedgerType } from '../model/ledger-catalog';
import { totalsByType } from '../model/ledger-totals';
import { formatAreas, formatLeader } from '../model/pairing-changes';
import { formatDateCn, formatMonth } from '../model/parse-date';
import { allLiaisonTerms, SIDE_LABELS } from '../model/liaison-history';

export type CardColumn = { header: string; width: number; align?: 'left' | 'center' };
/** Tables of the card are compact (小四 in the .docx); `header: false` for label–value tables. */
export type CardTable = { columns: CardColumn[]; rows: string[][]; compact: true; header?: boolean };
export type CardSection = { title: string; table?: CardTable; text?: string; empty?: string };

export type ArchiveCard = {
  title: string;
  /** e.g. 「编号：LJ2008-001 状态：已批准」 */
  subtitle: string;
  sections: CardSection[];
  /** The office that keeps the archive, and the day it was printed (written out). */
  signature: string;
  date: string;
  /** The card's last line: the office and the date, e.g. 「中共长汀县委组织部 2008年12月3日」 (ideographic space between). */
  footer: string;
};

export type Honour = { year: number; level: string; title: string; status: string; docNumber?: string; decisionDate?: string };

export type ArchiveInput = {
  pairing: Pairing;
  events: readonly PairingEvent[];
  enterprise?: Enterprise;
  village?: Village;
  townshipName: (id: string | undefined) => string;
  entries: readonly LedgerEntry[];
  catalog: readonly LedgerType[];
  reports: readonly MonthlyReport[];
  honours: readonly Honour[];
  unitName: string;
  /** YYYY-MM-DD */
  today: string;
};

const ellipsis = (s: string, max: number) => (s.length > max ? `${s.slice(0, max)}…` : s);

/** One line of the history, as the timeline and the card show it. */
export function describeEvent(e: PairingEvent, formation?: string): string {
  const reason = e.reason ? e.reason : '';
  switch (e.kind) {
    case '申请':
      return `提出联建申请${formation ? `（${formation}）` : ''}${reason ? `。${reason}` : ''}`;
    case '批准':
      return `批准联建${reason ? `（${reason}）` : ''}`;
    case '变更': {
      const what = (e.changes ?? []).map((c) => `${c.label}：${ellipsis(c.from, 40)} → ${ellipsis(c.to, 40)}`).join('；');
      return `${what}${reason ? `。原因：${reason}` : ''}`;
    }
    case '终止':
      return `终止联建${reason ? `。原因：${reason}` : ''}`;
  }
}

const dash = (s: string | number | undefined | null) => (s === undefined || s === null || s === '' ? '—' : String(s));

function sidesTable(input: ArchiveInput): CardTable {
  const { enterprise: e, village: v, townshipName } = input;
  const count = (n: number | undefined, unit: string) => (n === undefined ? '—' : `${n} ${unit}`);
  return {
    compact: true,
    columns: [
      { header: '项目', width: 5, align: 'center' },
      { header: '企业方', width: 11 },
      { header: '村方', width: 11 },
    ],
    rows: [
      ['名称', dash(e?.name), dash(v?.name)],
      ['所在乡镇', dash(townshipName(e?.townshipId)), dash(townshipName(v?.townshipId))],
      ['主要产业', dash(e?.industry), dash(v?.industries.join('、'))],
      ['规模', e ? `职工 ${count(e.employees, '人')}${e.aboveScale ? '，规模以上' : ''}` : '—', v ? `富余劳动力 ${count(v.surplusLabour, '人')}` : '—'],
      ['党组织', dash(e?.partyOrg.name), dash(v?.partyOrg.name)],
      ['组织类型', dash(e?.partyOrg.type), dash(v?.partyOrg.type)],
      ['书记', dash(e?.partyOrg.secretary), dash(v?.partyOrg.secretary)],
      ['党员', count(e?.partyOrg.members, '名'), count(v?.partyOrg.members, '名')],
    ],
  };
}

export function buildArchiveCard(input: ArchiveInput): ArchiveCard {
  const { pairing: p } = input;
  const basics: CardTable = {
    compact: true,
    header: false,
    columns: [
      { header: '项目', width: 5, align: 'center' },
      { header: '内容', width: 22 },
    ],
    rows: [
      ['联建方式', p.formation],
      ['联建内容', dash(formatAreas(p.areas))],
      ['申请日期', formatDateCn(p.appliedDate)],
      ['批准日期', p.approvedDate ? formatDateCn(p.approvedDate) : '尚未批准'],
      ...(p.endedDate ? [['终止日期', `${formatDateCn(p.endedDate)}（${dash(p.endReason)}）`]] : []),
      ['分片挂钩', `${dash(input.townshipName(p.responsibleTownshipId))}${formatLeader(p.responsibleLeader) ? `，${formatLeader(p.responsibleLeader)}` : ''}`],
    ],
  };
  const history: CardTable = {
    compact: true,
    columns: [
      { header: '日期', width: 9, align: 'center' },
      { header: '事项', width: 3, align: 'center' },
      { header: '内容', width: 15 },
    ],
    rows: input.events.map((e) => [formatDateCn(e.date), e.kind, describeEvent(e, p.formation)]),
  };
  // Who served as liaison on each side, from when to when (read from the history).
  const liaisons: CardTable = {
    compact: true,
    columns: [
      { header: '方别', width: 3, align: 'center' },
      { header: '姓名', width: 4.3, align: 'center' },
      { header: '联系电话', width: 8.5, align: 'center' },
      { header: '任职时间', width: 19.2 },
    ],
    // One line a liaison (on A4, in 4号 or 小四): the side as 企业/村, the phone and the term unbroken.
    rows: allLiaisonTerms(p, input.events).map((t) => [SIDE_LABELS[t.side].replace(/联络员$/, ''), t.name, dash(t.phone), `${formatDateCn(t.from)}至${t.to ? formatDateCn(t.to) : '今'}`]),
  };
  const totals = totalsByType(input.catalog, input.entries);
  const ledger: CardTable = {
    compact: true,
    columns: [
      { header: '台账类型', width: 5, align: 'center' },
      { header: '条数', width: 3, align: 'center' },
      { header: '合计', width: 19 },
    ],
    rows: totals.map((t) => [t.type.name, String(t.count), t.items.map((i) => i.text).join('；') || '—']),
  };
  const reports = [...input.reports].sort((a, b) => a.month.localeCompare(b.month));
  // One line a month (the 月报 page holds the full text): 18 characters of 4号 in the column (21 of 小四).
  const reportTable: CardTable = {
    compact: true,
    columns: [
      { header: '月份', width: 7, align: 'center' },
      { header: '开展活动', width: 4, align: 'center' },
      { header: '情况摘要', width: 16 },
    ],
    rows: reports.map((r) => [formatMonth(r.month), r.active ? '是' : '否', ellipsis(r.summary, 17)]),
  };
  const honours: CardTable = {
    compact: true,
    columns: [
      { header: '年度', width: 3, align: 'center' },
      { header: '表彰机关', width: 5, align: 'center' },
      { header: '荣誉称号', width: 9 },
      { header: '文号', width: 10 },
    ],
    rows: input.honours.map((h) => [String(h.year), h.level, h.status === '批准' ? h.title : `${h.title}（${h.status}）`, dash(h.docNumber)]),
  };
  const date = formatDateCn(input.today);
  return {
    title: '村企党组织联建档案卡',
    subtitle: `编号：${p.code}　　状态：${p.status}`,
    sections: [
      { title: '一、基本情况', table: basics },
      { title: '二、联建双方', table: sidesTable(input) },
      { title: '三、联络员', table: liaisons, empty: '尚未指派联络员' },
      { title: '四、联建协议', text: p.agreement, empty: '（未录入联建协议）' },
      { title: '五、联建历程', table: history },
      { title: '六、成效台账', table: ledger, empty: '暂无台账记录' },
      { title: '七、月报情况', table: reportTable, empty: '暂无月报' },
      { title: '八、所获荣誉', table: honours, empty: '暂无' },
    ],
    signature: input.unitName,
    date,
    footer: [input.unitName, date].filter(Boolean).join('　'),
  };
}
