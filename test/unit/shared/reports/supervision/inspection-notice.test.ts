// 督查情况通报: the text names every finding and every item with its deadline; rendered
// through LibreOffice it is an A4 document whose pages carry all of it.
import { describe, expect, it } from 'vitest';
import { packOfficialDocument } from '@shared/reports/docx';
import { attachmentTitle, inspectionNotice, noticeTitle, type NoticeInput } from '@shared/reports/supervision/inspection-notice';
import { renderDocx } from '../docx/render';

const input: NoticeInput = {
  round: { year: 2008, quarter: 3, team: '县委组织部组织科、县农办', leader: '县委组织部副部长', startDate: '2008-09-22', endDate: '2008-09-26', summary: '各联建点能按照联建协议开展活动，台账资料较齐全' },
  visits: [
    { pairingName: '长汀盼盼食品有限公司—河田镇露湖村', rating: '好', finding: '劳务输送和技能培训开展扎实，订单式培训成效明显' },
    { pairingName: '福建台慧体育器材有限公司—大同镇东关村', rating: '一般', finding: '活动记录不全。' },
    { pairingName: '长汀金龙稀土有限公司—策武镇南坑村', finding: '联建协议未按期续签' },
  ],
  items: [
    { pairingName: '福建台慧体育器材有限公司—大同镇东关村', problem: '月报连续两个月未报', requirement: '补报7月、8月月报，明确专人负责', responsible: '大同镇党委', deadline: '2008-10-31' },
    { pairingName: '长汀金龙稀土有限公司—策武镇南坑村', problem: '联建协议已到期', requirement: '重新签订联建协议并报备', responsible: '策武镇党委', deadline: '2008-11-15' },
  ],
  office: {
    unitName: '中共长汀县委组织部',
    issuerName: '中共长汀县委组织部',
    issuerMark: '中共长汀县委组织部文件',
    mainRecipients: '各乡（镇）党委、开发区党工委',
    countyName: '长汀县',
    copyTo: '县委办公室，县农办',
    printingOrg: '中共长汀县委组织部办公室',
  },
  noticeNumber: '汀委组〔2008〕25号',
  date: '2008-10-10',
};

describe('督查情况通报', () => {
  it('lists the round, every visit with its finding, and every item with what and by when', () => {
    const doc = inspectionNotice(input);
    expect(doc.title).toBe(noticeTitle(input.round));
    expect(doc.title).toBe('关于2008年第三季度村企党组织联建活动督查情况的通报');
    expect(doc.docNumber).toBe('汀委组〔2008〕25号');
    expect(doc.signature).toBe('中共长汀县委组织部');
    const text = doc.body.map((b) => ('text' in b ? b.text : '')).join('\n');
    expect(text).toContain('县委组织部副部长带领督查组（县委组织部组织科、县农办）对全县3个村企联建点开展了2008年第三季度督查');
    expect(text).toContain('评价为“好”的1个、“一般”的1个');
    expect(text).toContain('督查发现问题2个');
    expect(text).toContain('（二）福建台慧体育器材有限公司—大同镇东关村\n督查评价：一般。活动记录不全。\n');
    expect(text).toContain('1. 福建台慧体育器材有限公司—大同镇东关村：月报连续两个月未报。整改要求：补报7月、8月月报，明确专人负责。责任单位：大同镇党委。整改期限：2008年10月31日前。');
    expect(doc.attachments?.[0].title).toBe(attachmentTitle(input.round));
  });

  it('carries the 版记 of 设置 dated the 通报, or as edited for it; none without a 印发机关', () => {
    expect(inspectionNotice(input).imprint).toEqual({ copyTo: '县委办公室，县农办', printingOrg: '中共长汀县委组织部办公室', printDate: '2008-10-10' });
    expect(inspectionNotice({ ...input, imprint: { copyTo: '', printingOrg: '县委组织部办公室', printDate: '2008-10-12' } }).imprint).toEqual({
      copyTo: '',
      printingOrg: '县委组织部办公室',
      printDate: '2008-10-12',
    });
    expect(inspectionNotice({ ...input, imprint: { printingOrg: '' } }).imprint).toBeUndefined();
    expect(inspectionNotice(input).titleTerms).toContain('2008年第三季度');
  });

  it('says so when nothing needs rectifying, and carries no attachment', () => {
    const doc = inspectionNotice({ ...input, items: [] });
    const text = doc.body.map((b) => ('text' in b ? b.text : '')).join('\n');
    expect(text).toContain('督查未发现需要整改的问题。');
    expect(doc.attachments).toBeUndefined();
  });

  it('renders through LibreOffice on A4 with every finding, item and deadline', { timeout: 120_000 }, async () => {
    const pdf = await renderDocx(await packOfficialDocument(inspectionNotice(input)));
    expect(pdf.pageSizeMm.width).toBeCloseTo(210, 0);
    expect(pdf.pageSizeMm.height).toBeCloseTo(297, 0);
    const flat = pdf.text.replace(/\s+/g, '');
    for (const v of input.visits) expect(flat).toContain(v.finding.replace(/。$/, ''));
    for (const it of input.items) {
      expect(flat).toContain(it.problem);
      expect(flat).toContain(it.requirement);
    }
    expect(flat).toContain('整改期限：2008年10月31日前');
    expect(flat).toContain('2008年第三季度督查问题整改清单');
  });
});
