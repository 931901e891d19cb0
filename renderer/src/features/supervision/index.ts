// What the supervision feature offers other features: the 工作台's overdue list, the
// inspections and items of a pairing's archive, the 督查整改 counts of the pairing list, and
// the dashboard's rectification table. (The open items per pairing for other views:
// openRectificationsByPairing in db/repositories/inspections.ts.)
export { OverdueCard } from './inspections/OverdueCard';
export { PairingSupervisionCard } from './inspections/PairingSupervisionCard';
export { usePairingSupervisionCounts, type SupervisionCounts } from './inspections/supervision-counts';
export { RectificationStatsCard } from './inspections/RectificationStatsCard';
