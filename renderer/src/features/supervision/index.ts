// What the supervision feature offers other features: the 工作台's overdue list; a pairing's
// monthly reports and its inspections and items on the archive page; the year's report counts
// and the 督查整改 counts of the pairing list; the dashboard's report-rate and rectification
// tables. (The open items per pairing for other views: openRectificationsByPairing in
// db/repositories/inspections.ts.)
export { OverdueCard } from './inspections/OverdueCard';
export { PairingSupervisionCard } from './inspections/PairingSupervisionCard';
export { usePairingSupervisionCounts, type SupervisionCounts } from './inspections/supervision-counts';
export { RectificationStatsCard } from './inspections/RectificationStatsCard';
export { PairingReportsCard } from './reports/PairingReportsCard';
export { usePairingReportRates } from './reports/report-rates';
export { ReportRateCard } from './reports/ReportRateCard';
