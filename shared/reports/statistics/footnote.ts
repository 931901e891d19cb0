// The note under the annual table, in the workbook, on paper and on screen: what each part is
// drawn from, and which townships' figures came from their tallies and which from the ledger.
import type { GroupBy } from './annual-groups';
import { sourceNote, type SourceSummary } from './sources';

export const ANNUAL_FOOTNOTE =
  '说明：企业、村的情况取自信息库；联建对数为年末已批准未终止的联建；联建成效：已报送年终统计表的乡镇取报表数，未报送的取台账，二者不相加；报表不填的分类明细取自台账；产业共建各乡镇均取自产业基地记录；培训班为全县期数，培训人员按参训时所在单位统计（无名单的计入“其他”）；表彰为本年度已批准的；培训交流中的企业、村按单位计数，合计中同一单位只计一次，县级召开的会议只计入合计。';

const GROUPING_NOTES: Record<GroupBy, string> = {
  township: '',
  enterprise: '按企业：联建点的数字归其企业，村的情况只有合计；培训交流、督查整改按乡镇统计，只有合计。',
  village: '按村：联建点的数字归其村，企业的情况只有合计；培训交流、督查整改按乡镇统计，只有合计。',
};

type Part = 'basic' | 'ledger' | 'detail' | 'exchange' | 'supervision';

/** The whole note of one table: what it is drawn from, its grouping, and its sources. */
export function annualFootnote(table: { groupBy: GroupBy; sources: SourceSummary }): string {
  return `${ANNUAL_FOOTNOTE}${GROUPING_NOTES[table.groupBy]}${sourceNote(table.sources)}`;
}

/** The note under one sheet of the workbook: the whole note under 基本情况, the sources (and a pointer) under the others, which print narrower. */
export function annualSheetNote(table: { groupBy: GroupBy; sources: SourceSummary }, part: Part): string {
  if (part === 'basic') return annualFootnote(table);
  return `注：${GROUPING_NOTES[table.groupBy]}${sourceNote(table.sources)}其他说明见表一。`;
}
