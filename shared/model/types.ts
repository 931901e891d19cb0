// Domain types of PRODUCT.md's data model. Every stored record has a stable string id (so a
// later version can sync offices without reshaping data), ISO timestamps, and a soft-delete
// flag: `deleted` is 0 or 1 rather than a nullable date because IndexedDB cannot index null.
import type {
  CommendationLevel,
  CommendationStatus,
  EnterprisePartyOrgType,
  Gender,
  NomineeKind,
  Ownership,
  PairingEventKind,
  PairingFormation,
  PairingStatus,
  PoliticalStatus,
  TownshipKind,
  VillagePartyOrgType,
} from './enums';

/** 'YYYY-MM-DD' — a calendar date with no time zone. */
export type IsoDate = string;
/** 'YYYY-MM' */
export type IsoMonth = string;
/** Full ISO timestamp, e.g. '2026-11-25T09:00:00.000Z'. */
export type Timestamp = string;

export type BaseRecord = {
  id: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  deleted: 0 | 1;
  deletedAt?: Timestamp;
  /** The import batch that created the record, so a whole batch can be undone. */
  importBatchId?: string;
};

/**
 * Search and sort keys of the 信息库 records, filled by the store on every write
 * (shared/model/record-keys.ts); callers never set them.
 */
export type StoredKeys = { searchKeys?: string; sortKey?: string };

/** The fields a caller supplies; the repository fills id, timestamps and the delete flag. */
export type Draft<T extends BaseRecord> = Omit<T, keyof BaseRecord | keyof StoredKeys> & { importBatchId?: string };

export type Township = BaseRecord & StoredKeys & {
  name: string;
  kind: TownshipKind;
  /** Position in lists and reports (county order, not alphabetical). */
  order: number;
  /** 挂钩领导 */
  leaderName?: string;
  leaderPost?: string;
};

export type VillagePartyOrg = {
  name?: string;
  type?: VillagePartyOrgType;
  secretary?: string;
  members?: number;
};

export type Village = BaseRecord & StoredKeys & {
  townshipId: string;
  name: string;
  /** 12-digit statistical area code. */
  areaCode?: string;
  households?: number;
  population?: number;
  /** 富余劳动力 (人) */
  surplusLabour?: number;
  /** 失地农民 (人) */
  landlessFarmers?: number;
  industries: string[];
  /** 村集体收入 (万元) */
  collectiveIncome?: number;
  partyOrg: VillagePartyOrg;
  contactName?: string;
  contactPhone?: string;
};

export type EnterprisePartyOrg = {
  name?: string;
  type: EnterprisePartyOrgType;
  establishedDate?: IsoDate;
  secretary?: string;
  members?: number;
};

export type Enterprise = BaseRecord & StoredKeys & {
  /** Township or 开发区 the enterprise belongs to. */
  townshipId: string;
  name: string;
  /** 统一社会信用代码 (GB 32100-2015), optional for small 个体 businesses. */
  uscc?: string;
  industry?: string;
  ownership?: Ownership;
  /** 规模以上 */
  aboveScale: boolean;
  employees?: number;
  /** 年产值 (万元) */
  outputValue?: number;
  foundedYear?: number;
  partyOrg: EnterprisePartyOrg;
  contactName?: string;
  contactPhone?: string;
};

export type PersonOrgKind = 'enterprise' | 'village' | 'none';

export type Person = BaseRecord & StoredKeys & {
  name: string;
  gender?: Gender;
  /** 身份证号 (GB 11643-1999); masked in lists. */
  idNumber?: string;
  phone?: string;
  politicalStatus?: PoliticalStatus;
  orgKind: PersonOrgKind;
  orgId?: string;
  post?: string;
};

export type Liaison = { personId?: string; name: string; phone?: string };

export type Pairing = BaseRecord & {
  /** e.g. LJ2008-001 */
  code: string;
  enterpriseId: string;
  villageId: string;
  status: PairingStatus;
  formation: PairingFormation;
  /** 联建内容: values of the cooperation-area dictionary (设置 → 字典) when they were entered. */
  areas: string[];
  enterpriseLiaison?: Liaison;
  villageLiaison?: Liaison;
  /** 分片挂钩: the township or 开发区 responsible, and its leader. */
  responsibleTownshipId: string;
  responsibleLeader?: { name: string; post?: string };
  agreement?: string;
  appliedDate: IsoDate;
  approvedDate?: IsoDate;
  endedDate?: IsoDate;
  endReason?: string;
};

export type FieldChange = {
  field: string;
  label: string;
  from: string;
  to: string;
  /** For a liaison (联络员): who it was and who it became, with their person ids (the texts stay for reading). */
  liaison?: { from?: Liaison; to?: Liaison };
};

/** Append-only history of a pairing: never updated or deleted. */
export type PairingEvent = {
  id: string;
  pairingId: string;
  kind: PairingEventKind;
  date: IsoDate;
  changes?: FieldChange[];
  reason?: string;
  createdAt: Timestamp;
};

export type FigureValue = number | string | boolean | null;

export type LedgerEntry = BaseRecord & {
  pairingId?: string;
  /** For entries of an enterprise or village alone (no pairing). */
  enterpriseId?: string;
  villageId?: string;
  /** Denormalized from the pairing (or the organization) for filters and aggregates. */
  townshipId: string;
  /** Key of a type in the ledger catalog. */
  type: string;
  date: IsoDate;
  /** 'day' for a dated entry, 'month' when only the month is known (date is the 1st). */
  precision: 'day' | 'month';
  year: number;
  figures: Record<string, FigureValue>;
  personIds: string[];
  description?: string;
  attachmentIds: string[];
  /** Set on the entries a monthly report wrote (one per report and type); they change only through the report. */
  monthlyReportId?: string;
};

export type Attachment = {
  id: string;
  ownerId: string;
  /** The table of the owner when it is not a ledger entry: a rectification item's evidence. */
  ownerTable?: 'rectifications';
  name: string;
  mime: string;
  size: number;
  blob: Blob;
  createdAt: Timestamp;
};

/**
 * Running totals per pairing × year × ledger type, updated in the same transaction as the
 * ledger, so the annual table never scans 100k entries.
 */
export type LedgerAggregate = {
  /** `${pairingId || 'org:' + orgId}|${year}|${type}` */
  id: string;
  pairingId?: string;
  enterpriseId?: string;
  villageId?: string;
  townshipId: string;
  year: number;
  type: string;
  count: number;
  /** Numeric sums per field key; option counts as `${field}=${option}`; booleans as `${field}=true`. */
  sums: Record<string, number>;
};

export type MonthlyReport = BaseRecord & {
  pairingId: string;
  month: IsoMonth;
  submittedDate: IsoDate;
  /** 活动情况: what was done. */
  summary: string;
  /** 是否开展活动 */
  active: boolean;
  /** 存在问题 */
  problems?: string;
  /** 下月计划 */
  nextPlan?: string;
  /** 填报人 */
  reporter?: string;
  /** Ledger figures per catalog type key; each type given writes one ledger entry (see monthly-report.ts). */
  figures?: Record<string, Record<string, FigureValue>>;
};

// 督查 and 考评 live in their own files (shared/model/inspection.ts, shared/model/evaluation/).
export type { InspectionRound as Inspection, Rectification } from './inspection';
export type { Evaluation } from './evaluation/types';

export type { Trainee, TrainingClass } from './training';

export type CommendationRound = BaseRecord & {
  year: number;
  level: CommendationLevel;
  titles: string[];
  status: CommendationStatus;
  /** 文号, e.g. 汀委〔2008〕42号 */
  docNumber?: string;
  decisionDate?: IsoDate;
};

export type Nominee = BaseRecord & {
  roundId: string;
  title: string;
  kind: NomineeKind;
  /** Id of the enterprise, village, pairing or person named. */
  refId: string;
  /** The name as printed, kept even if the record is renamed later. */
  displayName: string;
  deed?: string;
  source: '手工' | '台账' | '考评' | '导入';
};

export type ImportBatchKind = 'townships' | 'villages' | 'enterprises' | 'persons' | 'pairings' | 'ledger' | 'tally' | 'honours' | 'sample' | 'trainings' | 'bases' | 'monthlyReports';

export type ImportBatch = {
  id: string;
  kind: ImportBatchKind;
  fileName: string;
  /** SHA-256 of the file, hex. */
  fileHash: string;
  createdAt: Timestamp;
  counts: { added: number; updated: number; rejected: number };
  /** For tallies: which township and year the batch reports. */
  townshipId?: string;
  year?: number;
  undone: boolean;
  undoneAt?: Timestamp;
};

/** A township's returned year-end tally (年终统计): the figures it reported per pairing. */
export type TallyReport = {
  id: string;
  year: number;
  townshipId: string;
  batchId: string;
  rows: { pairingId: string; figures: Record<string, Record<string, FigureValue>> }[];
  createdAt: Timestamp;
};

export type AuditAction = 'create' | 'update' | 'delete' | 'restore';

export type AuditEntry = {
  seq?: number;
  time: Timestamp;
  action: AuditAction;
  /** Table name, e.g. 'townships'. */
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  batchId?: string;
  /** An import batch's entry for the records it created in `entity` (one entry per batch and
   * table, `entityId` is the batch id): their ids, and the file they came from. */
  ids?: string[];
  fileName?: string;
  fileHash?: string;
};

export type Setting = { key: string; value: unknown };

/** A remembered column mapping for spreadsheets of one layout (keyed by their header signature). */
export type ImportMapping = {
  signature: string;
  target: string;
  mapping: Record<string, string | null>;
  updatedAt: Timestamp;
};
