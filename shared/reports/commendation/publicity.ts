// 公示: the notice that publishes a round's nominees before approval, with the list (and the
// deeds) as its attachment. The period and the telephone number come from the office's form;
// nothing is filled in for them, so a notice cannot go out with made-up details.
import { formatDateCn, formatDateRangeCn } from '../../model/parse-date';
import { publicityMissing, type PublicityDetails } from '../../model/schemas/commendation';
import { fail, ok, type Result } from '../../model/result';
import { resolveImprint } from '../../model/schemas/imprint';
import type { OfficialDocument } from '../docx';
import { nameListBlocks, officeTitleTerms, PROGRAM, type OfficeInfo } from './decision';
import { countWord, groupHonours, joinTitles, type CommendationReport } from './name-list';

function summary(report: CommendationReport): string {
  return groupHonours(report)
    .map((t) => {
      const kinds = t.groups.map((g) => `${g.label}${countWord(g.kind, g.entries.length)}`);
      const total = `${t.count}${t.groups.every((g) => g.kind === 'person') ? '名' : '个'}`;
      return `“${t.title}”${total}${kinds.length > 1 ? `（${kinds.join('、')}）` : ''}`;
    })
    .join('、');
}

export function publicityTitle(report: CommendationReport): string {
  return `关于${report.year}年度${PROGRAM}${joinTitles(groupHonours(report).map((t) => t.title))}拟表彰对象的公示`;
}

/** The notice, or the list of what the form still lacks. */
export function publicityDocument(report: CommendationReport, office: OfficeInfo, details: PublicityDetails | undefined): Result<OfficialDocument> {
  const missing = publicityMissing(details);
  if (missing.length) return fail(`请先填写${missing.join('、')}`);
  const p = details!;
  const organ = report.level === '县委' ? '县委' : report.level === '市委' ? '市委' : '省委';
  const body = [
    `根据${organ}关于${PROGRAM}评先表彰工作的安排，经各乡镇党委、开发区党工委推荐和县委组织部审核，拟表彰${summary(report)}。现将拟表彰对象名单予以公示（见附件）。`,
    `公示时间：${formatDateRangeCn(p.startDate!, p.endDate!)}。`,
    '公示期间，对公示对象有不同意见的，可通过来电、来信、来访等方式向县委组织部反映。反映问题要实事求是，以单位名义反映的须加盖公章，以个人名义反映的提倡署实名并提供联系方式。',
    office.contactName ? `联系人：${office.contactName}　受理电话：${p.phone}` : `受理电话：${p.phone}`,
    ...(p.address ? [`受理地址：${p.address}`] : []),
  ];
  return ok({
    title: details?.title?.trim() || publicityTitle(report),
    titleTerms: officeTitleTerms(report, office),
    body: body.map((text) => ({ kind: 'paragraph' as const, text })),
    attachments: [{ title: `${report.year}年度拟表彰对象名单`, blocks: nameListBlocks(report, { withDeeds: true }) }],
    signature: office.unitName || '县委组织部',
    date: formatDateCn(p.startDate!),
    // 版记: as edited on the 公示 tab, else 设置; printed the day the 公示 starts.
    imprint: resolveImprint(p, office, p.printDate ?? p.startDate!),
    creator: office.unitName,
  });
}
