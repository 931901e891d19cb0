// Titles of the statistics documents, apart from their builders so pages can show them
// without loading the workbook or document writers.

/** 「长汀县村企联建工作年度统计表（2008年）」 */
export function annualTitle(table: { year: number }, countyName: string): string {
  return `${countyName}村企联建工作年度统计表（${table.year}年）`;
}

/** The workbook's file name: the title, and the grouping when it is not by township. */
export function annualFileName(table: { year: number; groupBy?: 'township' | 'enterprise' | 'village' }, countyName: string): string {
  const grouping = table.groupBy === 'enterprise' ? '（按企业）' : table.groupBy === 'village' ? '（按村）' : '';
  return `${annualTitle(table, countyName)}${grouping}.xlsx`;
}

/** 「长汀县2006—2008年村企党组织联建工作情况」 */
export function summaryTitle(countyName: string, fromYear: number, toYear: number): string {
  const span = fromYear === toYear ? `${toYear}年` : `${fromYear}—${toYear}年`;
  return `${countyName}${span}村企党组织联建工作情况`;
}
