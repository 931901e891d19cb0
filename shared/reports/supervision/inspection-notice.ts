// 督查情况通报: what a round of inspection found and what must be rectified by when, as an
// official document (GB/T 9704, through the shared builders). The body: how the round was
// done, the overall picture, what was found at each pairing, the rectification items with
// their deadlines; the 整改清单 as the attachment. The office's details (设置) give the
// letterhead, the addressee, the signature and the 版记's defaults; the title breaks and the
// 版记 are laid out by the same builders as the 表彰决定's.
import { formatDateCn, formatDateRangeCn } from '../../model/parse-date';
import { resolveImprint, type ImprintDraft } from '../../model/schemas/imprint';
import { INSPECTION_RATINGS, quarterLabel, type InspectionRating, type InspectionRound } from '../../model/inspection';
import type { OfficeSettings } from '../../model/settings';
import type { DocBlock, OfficialDocument } from '../docx';
import { chineseNumber } from '../commendation/name-list';

export type NoticeVisit = { pairingName: string; rating?: InspectionRating; finding: string };
export type NoticeItem = { pairingName: string; problem: string; requirement: string; responsible: string; deadline: string };

export type NoticeInput = {
  round: Pick<InspectionRound, 'year' | 'quarter' | 'team' | 'leader' | 'startDate' | 'endDate' | 'summary'>;
  /** In the order the document lists them (township order, then code). */
  visits: NoticeVisit[];
  items: NoticeItem[];
  office: Pick<OfficeSettings, 'unitName' | 'issuerName' | 'issuerMark' | 'mainRecipients'> & Partial<Pick<OfficeSettings, 'countyName' | 'copyTo' | 'printingOrg'>>;
  /** 文号, e.g. 汀委〔2008〕15号; none prints no number line. */
  noticeNumber?: string;
  /** 成文日期 */
  date: string;
  /** 版记 as edited for this 通报; blank parts take 设置's defaults, the 印发日期 the 成文日期. */
  imprint?: ImprintDraft;
};

/** A sentence ends with 。 unless it already ends with a stop. */
const sentence = (text: string): string => (/[。！？；.!?;]$/.test(text.trim()) ? text.trim() : `${text.trim()}。`);

export function noticeTitle(round: Pick<InspectionRound, 'year' | 'quarter'>): string {
  return `关于${round.year}年${quarterLabel(round.quarter)}村企党组织联建活动督查情况的通报`;
}

export function attachmentTitle(round: Pick<InspectionRound, 'year' | 'quarter'>): string {
  return `${round.year}年${quarterLabel(round.quarter)}督查问题整改清单`;
}

function overview(input: NoticeInput): string {
  const { visits, items } = input;
  const rated = INSPECTION_RATINGS.map((r) => ({ r, n: visits.filter((v) => v.rating === r).length })).filter((x) => x.n > 0);
  const ratings = rated.length ? `，评价为${rated.map((x) => `“${x.r}”的${x.n}个`).join('、')}` : '';
  const found = items.length ? `督查发现问题${items.length}个，均已提出整改要求，明确了责任单位和整改期限。` : '督查未发现需要整改的问题。';
  return `本次共督查联建点${visits.length}个${ratings}。${found}`;
}

export function inspectionNotice(input: NoticeInput): OfficialDocument {
  const { round, visits, items, office } = input;
  const when = formatDateRangeCn(round.startDate, round.endDate);
  const who = round.leader ? `${round.leader}带领督查组（${round.team}）` : `督查组（${round.team}）`;
  const body: DocBlock[] = [
    {
      kind: 'paragraph',
      text: `为推动村企党组织联建活动持续深入开展，按照每季度组织督查的工作安排，${when}，${who}对全县${visits.length}个村企联建点开展了${round.year}年${quarterLabel(round.quarter)}督查。现将督查情况通报如下。`,
    },
    { kind: 'heading1', text: '一、总体情况' },
    ...(round.summary ?? '')
      .split(/\n+/)
      .map((t) => t.trim())
      .filter(Boolean)
      .map((text) => ({ kind: 'paragraph' as const, text: sentence(text) })),
    { kind: 'paragraph', text: overview(input) },
    { kind: 'heading1', text: '二、督查发现的情况' },
  ];
  visits.forEach((v, i) => {
    const problems = items.filter((it) => it.pairingName === v.pairingName);
    body.push({ kind: 'heading2', text: `（${chineseNumber(i + 1)}）${v.pairingName}` });
    body.push({ kind: 'paragraph', text: `${v.rating ? `督查评价：${v.rating}。` : ''}${sentence(v.finding)}` });
    if (problems.length === 1) body.push({ kind: 'paragraph', text: `存在问题：${sentence(problems[0].problem)}` });
    else if (problems.length) body.push({ kind: 'paragraph', text: `存在问题：${problems.map((p, j) => `${j + 1}. ${sentence(p.problem)}`).join('')}` });
  });
  body.push({ kind: 'heading1', text: '三、整改要求' });
  if (items.length) {
    body.push({
      kind: 'paragraph',
      text: `针对督查发现的问题，提出整改要求${items.length}项（见附件）。请各乡（镇）党委、开发区党工委督促有关村企党组织对照整改清单逐项整改，在整改期限前完成，并将整改情况书面报县委组织部。县委组织部将适时组织复查，复查情况纳入年度绩效考评。`,
    });
    items.forEach((it, i) => {
      body.push({ kind: 'paragraph', text: `${i + 1}. ${it.pairingName}：${sentence(it.problem)}整改要求：${sentence(it.requirement)}责任单位：${it.responsible}。整改期限：${formatDateCn(it.deadline)}前。` });
    });
  } else {
    body.push({ kind: 'paragraph', text: '各联建点要总结经验，巩固成果，推动联建活动持续深入开展。' });
  }
  const signature = office.issuerName || office.unitName || undefined;
  return {
    issuerMark: office.issuerMark || undefined,
    docNumber: office.issuerMark && input.noticeNumber ? input.noticeNumber : undefined,
    title: noticeTitle(round),
    // Lines never end inside the county, the organ or the quarter (「2008年第三季度」).
    titleTerms: [office.countyName, office.issuerName, office.unitName, `${round.year}年${quarterLabel(round.quarter)}`, '督查情况'].filter((t): t is string => Boolean(t)),
    addressee: office.mainRecipients || '各乡（镇）党委、开发区党工委',
    body,
    attachments: items.length
      ? [
          {
            title: attachmentTitle(round),
            blocks: [
              {
                kind: 'table',
                table: {
                  columns: [
                    // Widths in 3号 characters plus the cell margins: a four-character header
                    // needs 5.25 of the 32.5 to stay on one line (「责任单位」 wrapped at 4.5).
                    { header: '序号', width: 3, align: 'center' },
                    { header: '联建点', width: 6.5 },
                    { header: '存在问题', width: 6 },
                    { header: '整改要求', width: 6 },
                    { header: '责任单位', width: 5.5 },
                    { header: '整改期限', width: 5.5, align: 'center' },
                  ],
                  rows: items.map((it, i) => [String(i + 1), it.pairingName, it.problem, it.requirement, it.responsible, formatDateCn(it.deadline)]),
                },
              },
            ],
          },
        ]
      : undefined,
    signature,
    date: formatDateCn(input.date),
    imprint: resolveImprint(input.imprint, office, input.date),
    creator: office.unitName,
  };
}
