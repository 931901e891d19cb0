// 表彰决定: the decision of a commendation round as an official document, with its name list
// as the attachment (附件). The text is generated from the round; the office may edit any
// part of it (DecisionDraft) before export, and blank parts fall back to the generated text.
import { formatDateCn } from '../../model/parse-date';
import type { DecisionDraft } from '../../model/schemas/commendation';
import { resolveImprint } from '../../model/schemas/imprint';
import type { IsoDate } from '../../model/types';
import type { DocAttachment, DocBlock, OfficialDocument } from '../docx';
import { chineseNumber, countWord, groupColumns, groupHonours, groupRow, joinTitles, type CommendationReport, type HonourEntry, type TitleGroup } from './name-list';

/** What the office's settings contribute to its documents. */
export type OfficeInfo = {
  /** 单位名称, e.g. 中共长汀县委组织部 */
  unitName: string;
  /** 县名, e.g. 长汀县 */
  countyName: string;
  /** 发文机关标志, e.g. 中共长汀县委员会文件 (older settings: the organ's name alone) */
  issuerMark: string;
  /** 发文机关, e.g. 中共长汀县委员会 (设置 → 单位信息) */
  issuerName?: string;
  /** Default 主送机关 (设置 → 单位信息) */
  mainRecipients?: string;
  /** 公示 联系人 (设置 → 单位信息) */
  contactName?: string;
  /** Default 抄送机关 and 印发机关 of the 版记 (设置). */
  copyTo?: string;
  printingOrg?: string;
};

/** The parts of the decision's text the office may edit. */
export type DecisionTextKey = 'issuerMark' | 'title' | 'addressee' | 'body' | 'signature';

export const PROGRAM = '村企党组织联建活动';

/** 「中共长汀县委员会」 from the settings, else from the county name. */
export function issuingOrgan(office: OfficeInfo): string {
  if (office.issuerName?.trim()) return office.issuerName.trim();
  const mark = office.issuerMark.replace(/文件$/, '').trim();
  if (mark) return mark;
  return office.countyName ? `中共${office.countyName.replace(/县$/, '')}县委员会` : '';
}

/** 「授予…“先进基层党组织”称号」: one title, its honourees by kind. */
function phrase(title: TitleGroup): string {
  const parts = title.groups.map((g) => {
    const first = g.entries[0].displayName;
    const n = g.entries.length;
    if (g.kind === 'person') return n === 1 ? `${first}同志` : `${first}等${countWord('person', n)}同志`;
    const what = g.kind === 'pairing' ? '联建点' : g.label;
    return n === 1 ? first : `${first}等${countWord(g.kind, n)}${what}`;
  });
  const who = parts.length > 1 ? `${parts.slice(0, -1).join('、')}和${parts.at(-1)}` : parts[0];
  return `授予${who}“${title.title}”称号`;
}

/** Terms the titles' lines never end inside: the county, the organ, the titles (the round's and the dictionary's). */
export function officeTitleTerms(report: CommendationReport, office: OfficeInfo): string[] {
  return [office.countyName, issuingOrgan(office), office.unitName, ...report.titles, ...(report.titleOrder ?? [])].filter(Boolean);
}

/**
 * The generated text of the decision. The awards are one sentence per title, in the order of
 * the titles' dictionary: after 「县委决定，」 when there is one title, each a paragraph of its
 * own after 「县委决定：」 when there are several.
 */
export function decisionDefaults(report: CommendationReport, office: OfficeInfo): Record<DecisionTextKey, string> {
  const organ = issuingOrgan(office);
  const titles = groupHonours(report);
  const shortOrgan = report.level === '县委' ? '县委' : report.level === '市委' ? '市委' : '省委';
  const titleText = joinTitles(titles.map((t) => t.title));
  const sentences = titles.map((t) => `${phrase(t)}。`);
  const hasPersons = report.entries.some((e) => e.kind === 'person');
  const hasOrgs = report.entries.some((e) => e.kind !== 'person');
  const who = hasPersons && hasOrgs ? '先进集体和个人' : hasPersons ? '同志' : '先进集体';
  const opening = `${report.year}年，全县各级党组织认真贯彻落实${shortOrgan}关于开展${PROGRAM}的部署要求，围绕发展抓联建、抓好联建促发展，在推动非公有制企业党建工作和社会主义新农村建设中涌现出一批成绩突出的先进典型。为表彰先进、树立典型，进一步推动${PROGRAM}深入开展，经推荐、考察和公示，${shortOrgan}决定`;
  const body = [
    ...(sentences.length <= 1 ? [`${opening}，${sentences[0] ?? ''}`] : [`${opening}：`, ...sentences]),
    `希望受到表彰的${who}珍惜荣誉，戒骄戒躁，再接再厉，在新的起点上再创佳绩。全县各级党组织和广大党员要以受表彰的${who}为榜样，学先进、赶先进、创先进，推动${PROGRAM}持续深入开展，使非公有制企业党建工作的路子越走越宽广。`,
  ].join('\n');
  return {
    issuerMark: office.issuerMark.endsWith('文件') ? office.issuerMark : organ ? `${organ}文件` : '',
    title: `${organ}关于表彰${report.year}年度${PROGRAM}${titleText}的决定`,
    addressee: office.mainRecipients?.trim() || '各乡镇党委，开发区党工委，县直各单位党组织',
    body,
    signature: organ,
  };
}

/** The attachment's title, short enough for one line: 「2008年度先进基层党组织名单」. */
export function nameListTitle(report: CommendationReport): string {
  return `${report.year}年度${joinTitles(groupHonours(report).map((t) => t.title))}名单`;
}

/** The name list as document blocks: a heading per title (when several) and per kind, each kind a table. */
export function nameListBlocks(report: CommendationReport, options: { withDeeds?: boolean } = {}): DocBlock[] {
  const titles = groupHonours(report);
  const blocks: DocBlock[] = [];
  const several = titles.length > 1;
  titles.forEach((t, ti) => {
    if (several) blocks.push({ kind: 'heading1', text: `${chineseNumber(ti + 1)}、${t.title}（${t.count}${t.groups.every((g) => g.kind === 'person') ? '名' : '个'}）` });
    t.groups.forEach((g, gi) => {
      const heading = `${g.label}（${countWord(g.kind, g.entries.length)}）`;
      blocks.push(several ? { kind: 'heading2', text: `（${chineseNumber(gi + 1)}）${heading}` } : { kind: 'heading1', text: `${chineseNumber(gi + 1)}、${heading}` });
      const withDeeds = Boolean(options.withDeeds && g.entries.some((e) => e.deed));
      const columns = groupColumns(g.kind, g.entries, withDeeds);
      const rows = g.entries.map((e: HonourEntry, i) => groupRow(g.kind, e, i + 1, withDeeds));
      blocks.push({ kind: 'table', table: { columns, rows } });
    });
  });
  return blocks;
}

const paragraphs = (text: string): DocBlock[] =>
  text
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ kind: 'paragraph', text: p }));

/**
 * The decision as an official document: the draft's text where given, the generated text
 * elsewhere; the 版记 from the draft, else 设置, dated the decision's day (before approval:
 * `today`, as the draft for comment is printed).
 */
export function decisionDocument(report: CommendationReport, office: OfficeInfo, draft: DecisionDraft = {}, today?: IsoDate): OfficialDocument {
  const defaults = decisionDefaults(report, office);
  const pick = (k: DecisionTextKey) => (draft[k]?.trim() ? draft[k]!.trim() : defaults[k]);
  const attachment: DocAttachment = { title: nameListTitle(report), blocks: nameListBlocks(report) };
  const printDate = draft.printDate ?? report.decisionDate ?? today;
  const imprint = printDate ? resolveImprint(draft, office, printDate) : undefined;
  return {
    issuerMark: pick('issuerMark') || undefined,
    docNumber: report.docNumber,
    title: pick('title'),
    titleTerms: officeTitleTerms(report, office),
    addressee: pick('addressee'),
    body: paragraphs(pick('body')),
    attachments: [attachment],
    signature: pick('signature') || undefined,
    date: report.decisionDate ? formatDateCn(report.decisionDate) : undefined,
    imprint,
    creator: office.unitName,
  };
}
