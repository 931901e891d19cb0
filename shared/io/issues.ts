// Problems found in a file, each naming where it is so the sender can find and fix it:
// 「文件 村情信息表.xlsx · 工作表 Sheet1 · 第12行 · F列「富余劳动力（人）」：应为非负整数，实际为「约50」」.

export type ImportIssue = {
  file: string;
  /** Absent for CSV files, which have no sheets. */
  sheet?: string;
  /** 1-based row number as the spreadsheet shows it. */
  row?: number;
  /** Column letters, e.g. 'F'. */
  column?: string;
  /** The column's header as written in the file. */
  header?: string;
  message: string;
};

/** Where an issue is, without the message: 「文件 a.xlsx · 工作表 Sheet1 · 第12行 · F列「户数」」. */
export const formatPlace = (issue: Omit<ImportIssue, 'message'>): string => {
  const parts = [`文件 ${issue.file}`];
  if (issue.sheet !== undefined) parts.push(`工作表 ${issue.sheet}`);
  if (issue.row !== undefined) parts.push(`第${issue.row}行`);
  if (issue.column !== undefined) parts.push(issue.header ? `${issue.column}列「${issue.header}」` : `${issue.column}列`);
  return parts.join(' · ');
};

export const formatIssue = (issue: ImportIssue): string => `${formatPlace(issue)}：${issue.message}`;

/**
 * A file that cannot be read at all (corrupt, encrypted, too large, refused). The message is
 * the reason alone; readWorkbook prefixes the file name.
 */
export class ReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReadError';
  }
}

/** 「文件 X 无法读取：reason」, the one form every unreadable file is reported in. */
export const unreadableMessage = (fileName: string, reason: string): string => `文件 ${fileName} 无法读取：${reason}`;
