// The tables a backup holds, their keys and their Chinese names. ledgerAggregates is left
// out on purpose: it is derived from the ledger and rebuilt on restore, so a backup can
// never carry totals that disagree with its entries.
export const BACKUP_TABLES = [
  'townships',
  'villages',
  'enterprises',
  'persons',
  'pairings',
  'pairingEvents',
  'ledger',
  'attachments',
  'monthlyReports',
  'inspections',
  'rectifications',
  'evaluations',
  'trainings',
  'trainees',
  'commendations',
  'nominees',
  'importBatches',
  'tallyReports',
  'audit',
  'settings',
  'importMappings',
  'industryBases',
  'trainingBases',
  'meetings',
  'figureSources',
] as const;

export type BackupTableName = (typeof BACKUP_TABLES)[number];

/** Tables of the database that are deliberately not in a backup (derived data). */
export const DERIVED_TABLES = ['ledgerAggregates', 'townshipAggregates', 'registerDigest'] as const;

/** The primary key property of each table (inbound keys only). */
export const PRIMARY_KEYS: Record<BackupTableName, string> = {
  townships: 'id',
  villages: 'id',
  enterprises: 'id',
  persons: 'id',
  pairings: 'id',
  pairingEvents: 'id',
  ledger: 'id',
  attachments: 'id',
  monthlyReports: 'id',
  inspections: 'id',
  rectifications: 'id',
  evaluations: 'id',
  trainings: 'id',
  trainees: 'id',
  commendations: 'id',
  nominees: 'id',
  importBatches: 'id',
  tallyReports: 'id',
  audit: 'seq',
  settings: 'key',
  importMappings: 'signature',
  industryBases: 'id',
  trainingBases: 'id',
  meetings: 'id',
  figureSources: 'id',
};

/** Chinese names of every table, as the backup preview and the 操作日志 show them. */
export const TABLE_LABELS: Record<BackupTableName | (typeof DERIVED_TABLES)[number], string> = {
  townships: '乡镇',
  villages: '村',
  enterprises: '企业',
  persons: '人员',
  pairings: '联建',
  pairingEvents: '联建变更记录',
  ledger: '台账',
  ledgerAggregates: '台账汇总',
  townshipAggregates: '台账乡镇汇总',
  registerDigest: '信息库乡镇摘要',
  attachments: '附件',
  monthlyReports: '月报',
  inspections: '督查',
  rectifications: '整改事项',
  evaluations: '考评',
  trainings: '培训班',
  trainees: '培训班学员',
  commendations: '表彰',
  nominees: '表彰对象',
  importBatches: '导入批次',
  tallyReports: '年终统计表',
  audit: '操作日志',
  settings: '设置',
  importMappings: '导入列对应',
  industryBases: '产业基地',
  trainingBases: '技能培训基地',
  meetings: '交流会议',
  figureSources: '统计采用数字',
};

export function isBackupTable(name: string): name is BackupTableName {
  return (BACKUP_TABLES as readonly string[]).includes(name);
}

export function tableLabel(name: string): string {
  return (TABLE_LABELS as Record<string, string>)[name] ?? name;
}
