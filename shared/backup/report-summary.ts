// One line saying how many problems a refused backup has, and how many are listed (the
// restore dialog shows it without loading the .xlsx writer).
import type { RecordReport } from '../model/record-rules/types';

export function reportSummary(report: RecordReport): string {
  return report.total > report.issues.length ? `共 ${report.total} 处问题，列出前 ${report.issues.length} 处` : `共 ${report.total} 处问题`;
}
