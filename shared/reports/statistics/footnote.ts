/** The note under the annual table, in the workbook, on paper and on screen. */
export const ANNUAL_FOOTNOTE =
  '说明：企业、村的情况取自信息库现有数据；联建对数为年末已批准且未终止的联建；联建成效和分类明细为本年度台账合计；培训班为全县期数，培训人员按学员参训时所在单位的乡镇统计（无名单的计入“其他”）；表彰为本年度已批准的表彰；培训交流中的企业、村按单位计数，合计中同一单位只计一次，县级召开的会议只计入合计。';
