// What the record-rule registry (./index.ts) says about one table. A restore runs these rules
// over every record of every table before anything is replaced; the import commit uses the
// natural keys (`unique`) to re-check new records against the store.
import type { z } from 'zod';
import type { BackupTableName } from '../../backup/tables';

export type Row = Record<string, unknown>;

/** One thing wrong with one field of one record; `field` is a path ('partyOrg.type') or '', `label` its Chinese name where the rule's labels do not have it. */
export type FieldIssue = { field: string; message: string; label?: string };

/** A field that names another record, which must exist (in the same backup, deleted or not). */
export type RefRule = {
  /** Path of the id (a string or an array of strings); blank means "no reference". */
  field: string;
  /** What it names, in Chinese: 所属乡镇. */
  label: string;
  /** The table it points into; a function where the record says which (a person's 所在单位). */
  to: BackupTableName | ((row: Row) => BackupTableName | undefined);
};

/** A key no two live records of the table may share (checked among records with deleted = 0). */
export type UniqueRule = {
  /** In Chinese, for messages: 统一社会信用代码. */
  label: string;
  /** The field shown in reports. */
  field: string;
  /** The key, or null when the record has none (a blank USCC). */
  key: (row: Row) => string | null;
  /** Only records this holds for take part (default: live ones, deleted = 0). */
  applies?: (row: Row) => boolean;
};

export type TableRule = {
  /**
   * The bookkeeping shape every version of the app wrote: required keys and types, neutral
   * defaults filled on restore (a `looseObject`, so fields of a newer version are kept).
   */
  shape: z.ZodType<Row>;
  /** Timestamps a restore fills when missing: 'base' createdAt + updatedAt, 'created', 'updated'. */
  timestamps?: 'base' | 'created' | 'updated';
  /**
   * The record's content as the form and the importer check it: THE zod schema of
   * shared/model/schemas, never a copy. It only judges; the stored record is kept as it is.
   */
  content?: z.ZodType;
  /** Checks the content schema does not cover (status enums, stored dates, ledger figures). */
  check?: (row: Row) => FieldIssue[];
  refs?: readonly RefRule[];
  unique?: readonly UniqueRule[];
  /** How the report names a record: 「红星村」. */
  name?: (row: Row) => string;
  /** Chinese labels of field paths, for the report's 字段 column. */
  labels?: Readonly<Record<string, { label: string }>>;
};

/** One line of the refusal report. */
export type RecordIssue = {
  table: BackupTableName;
  /** 1-based position of the record in its table. */
  index: number;
  /** The record's key (id, seq, key or signature), as text. */
  key: string;
  name: string;
  /** The field in Chinese where known, else its path; '' for the record as a whole. */
  field: string;
  message: string;
};

/** The first MAX_REPORTED issues, and how many there are in all. */
export type RecordReport = { issues: RecordIssue[]; total: number };

export const MAX_REPORTED = 200;
