// ImportTarget: everything the import pipeline needs to know about one kind of record. The
// pipeline (shared/io for reading, plan/ for the preview, db/repositories/import-batches for
// the commit and undo) is generic; a target is data plus a few small functions. Later imports
// (联建 lists, 台账 rows, 年终统计 tallies, 表彰 nominees) add a target, not a pipeline.
//
// How a row becomes a record:
//  1. `fields` drive header matching, cell conversion and the import template. A row arrives
//     as values keyed by field key (already converted: numbers, ISO dates, checked codes).
//  2. `references` turn names into ids (所属乡镇 → townshipId). A name no record has is never
//     created silently: the preview lists it, and the user chooses 新建 (if `create` is given)
//     or 对应到 an existing record; until then its rows are rejected.
//  3. `identities` say how a row finds the record it updates: each returns a key or null
//     (e.g. 'uscc:9135…', 'name:<townshipId>|红星村'). A row whose keys hit one existing
//     record updates it; two different records is a conflict; none, a new record. Two rows
//     of the import with a key in common are duplicates (the later one is rejected).
//  4. `toDraft` builds the record's content from the row, the resolved ids and, for an
//     update, the existing record (blank cells keep what is stored).
//  5. `validate` checks the draft (the same zod schema as the entry form), so an import can
//     never store what the form would refuse. Messages name the field; the pipeline adds
//     file, sheet, row and column.
//  6. The commit writes creates and updates of `table` in one transaction with the batch
//     record and audit entries (db/repositories/import-batches.ts; TABLE_HOOKS keeps derived
//     data such as ledger aggregates current).
import type { ImportField } from '@shared/io/fields';
import type { RowValues } from '@shared/io/extract';
import type { ImportBatchKind } from '@shared/model/types';
import type { AppDatabase, EntityTable } from '../../db/database';

export type DraftRecord = Record<string, unknown>;

/** An existing record a name may refer to. */
export type RefCandidate = {
  id: string;
  name: string;
  /** For references that may point into several tables (a person's 所在单位: 'enterprise' or 'village'). */
  kind?: string;
  /** Text that tells same-named candidates apart (a village's township name). */
  scope?: string;
  /** Shown next to the name in pickers, e.g. 「河田镇」. */
  hint?: string;
  /** List position (townships), so records created by an import go after the others. */
  order?: number;
  /** Exact values of the spec's `keyField` that find this record before any name does (its 身份证号). */
  keys?: readonly string[];
};

export type ResolvedRef = {
  id: string;
  kind?: string;
  /** The further records of a cell that names several (`multiple`), in the order written. */
  more?: ResolvedRef[];
};
/** Resolved ids by reference field key; undefined when the cell was blank. */
export type ResolvedRefs = Record<string, ResolvedRef | undefined>;

export type ReferenceSpec = {
  /** The row field holding the name, e.g. 'townshipName'. */
  field: string;
  /** The draft path the resolved id goes to, e.g. 'townshipId' (validation messages about it point at `field`'s column). */
  idPath: string;
  /** What the name names, in Chinese: 乡镇. */
  label: string;
  /** Live records a name may match (exactly, after normalization). */
  load: (db: AppDatabase) => Promise<RefCandidate[]>;
  /** Row field whose text narrows same-named candidates (所在乡镇 for a village name). */
  scopeField?: string;
  /**
   * The scope must agree even when only one candidate has the name (a person is matched by
   * name and organization, never by a name alone); two unknown names in different scopes are
   * two records to create.
   */
  strictScope?: boolean;
  /**
   * A row field whose value finds the record before the name does: a candidate listing it in
   * `keys` is taken whatever the name (身份证号 before 姓名). Rows with different values are
   * different records when created.
   */
  keyField?: string;
  /** How an unknown name's key is shown in the preview (an ID number masked). */
  keyLabel?: (value: string) => string;
  /** The cell may name several records (separated by 、，；or line breaks); each must resolve. */
  multiple?: boolean;
  /** When given, the user may create a record for an unknown name. */
  create?: {
    table: EntityTable;
    /**
     * `index` counts the records created so far in this import (for ordering); `context` is
     * the first row naming it, with the references resolved before this one (a person's 身份证号
     * and organization, a round's 文号 and level).
     */
    draft: (name: string, index: number, existing: readonly RefCandidate[], context: CreateContext) => DraftRecord;
    /** What a later row naming the same record adds to it (a round's further titles). */
    merge?: (draft: DraftRecord, context: CreateContext) => DraftRecord;
    validate: (draft: DraftRecord) => ValidationOutcome;
  };
};

export type CreateContext = { row: RowValues; refs: ResolvedRefs };

export type Identity = {
  /** What the key is, for duplicate messages: 统一社会信用代码. */
  label: string;
  key: (record: DraftRecord) => string | null;
  /**
   * The row fields the key is made of, most telling first (['uscc']; ['name', 'townshipName']):
   * a duplicate is reported at the first of their columns the file has. Without it, at the
   * column of the target's first required field.
   */
  fields?: readonly string[];
};

/** What a draft may depend on beyond its row: the stored records, and how many new ones came before it. */
export type DraftEnv = { existing: readonly DraftRecord[]; newIndex: number };

export type ValidationOutcome = { ok: true; value: DraftRecord } | { ok: false; issues: { path: string; message: string }[] };

export type ImportTarget = {
  /** Route segment and importMappings key: 'villages'. */
  key: string;
  kind: ImportBatchKind;
  /** One record, in Chinese: 村. */
  label: string;
  /** Heading of the wizard and file name of the template: 村情信息. */
  title: string;
  table: EntityTable;
  fields: readonly ImportField[];
  references: readonly ReferenceSpec[];
  identities: readonly Identity[];
  toDraft: (row: RowValues, refs: ResolvedRefs, existing: DraftRecord | undefined, env: DraftEnv) => DraftRecord;
  validate: (draft: DraftRecord) => ValidationOutcome;
  /** How a record is named in lists and messages. */
  name: (record: DraftRecord) => string;
  /** Where the list of these records lives, for 「查看」 after an import. */
  listRoute?: string;
};
