// Parsed rows → what an import would do: rows to add, rows to update (with their changes),
// rows that change nothing, rows rejected with every reason, and the names no record has.
// Pure (no store access): the caller loads existing records and candidates once, and the
// preview is rebuilt whenever the user decides about a name.
import type { ParsedRow } from '@shared/io/extract';
import type { ImportIssue } from '@shared/io/issues';
import type { FieldChange } from '@shared/model/types';
import type { DraftRecord, Identity, ImportTarget, RefCandidate, ResolvedRef, ResolvedRefs } from '../target';
import { getPath, sameValue } from './paths';
import { ReferenceResolver, splitNames, type CreatedRef, type RefChoice, type UnknownRef } from './references';

export type RowSource = { fileIndex: number; file: string; sheet?: string; row: number };

export type PlannedRow = RowSource & { parsed: ParsedRow; draft: DraftRecord; existing?: DraftRecord; changes?: FieldChange[] };

export type RejectedRow = RowSource & { parsed: ParsedRow; issues: ImportIssue[] };

export type PreviewInput = { files: { fileName: string; rows: ParsedRow[] }[] };

export type PreviewContext = {
  /** Live records of the target's table. */
  existing: DraftRecord[];
  /** Candidates per reference field. */
  candidates: ReadonlyMap<string, readonly RefCandidate[]>;
};

export type PreviewOptions = {
  /** Rows matching a stored record update it (else they are listed as 已有, unchanged). */
  updateExisting: boolean;
};

export type Preview = {
  creates: PlannedRow[];
  updates: PlannedRow[];
  /** Matched a stored record and change nothing (or updating is switched off). */
  unchanged: PlannedRow[];
  rejected: RejectedRow[];
  unknownRefs: UnknownRef[];
  createdRefs: CreatedRef[];
};

function display(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) return v.join('、');
  if (typeof v === 'boolean') return v ? '是' : '否';
  return String(v);
}

function indexExisting(target: ImportTarget, existing: readonly DraftRecord[]): Map<string, DraftRecord> {
  const index = new Map<string, DraftRecord>();
  for (const record of existing) {
    for (const identity of target.identities) {
      const key = identity.key(record);
      if (key !== null && !index.has(key)) index.set(key, record);
    }
  }
  return index;
}

/** Changes between a stored record and its new content, labelled as the columns are. */
function changesOf(target: ImportTarget, before: DraftRecord, after: DraftRecord, names: Map<string, string>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const ref of target.references) {
    const from = getPath(before, ref.idPath);
    const to = getPath(after, ref.idPath);
    if (!sameValue(from, to)) changes.push({ field: ref.idPath, label: ref.label, from: names.get(String(from)) ?? display(from), to: names.get(String(to)) ?? display(to) });
  }
  const refFields = new Set(target.references.flatMap((r) => [r.field, r.scopeField]));
  for (const field of target.fields) {
    if (refFields.has(field.key)) continue;
    const from = getPath(before, field.key);
    const to = getPath(after, field.key);
    if (!sameValue(from, to)) changes.push({ field: field.key, label: field.label, from: display(from), to: display(to) });
  }
  return changes;
}

/**
 * An issue at a row and column. Every issue names a column (issue 16 item 10): the first of
 * `fields` the file has, else the column of the target's first required field, else the
 * row's first mapped column.
 */
function issueAt(target: ImportTarget) {
  const required = target.fields.filter((f) => f.required).map((f) => f.key);
  return (parsed: ParsedRow, fields: readonly (string | undefined)[], message: string): ImportIssue => {
    const columns = parsed.columns;
    const column =
      [...fields, ...required].map((k) => (k === undefined ? undefined : columns[k])).find(Boolean) ??
      Object.values(columns).sort((a, b) => a.index - b.index)[0];
    return { file: parsed.file, sheet: parsed.sheet, row: parsed.row, column: column?.letter, header: column?.header, message };
  };
}

/**
 * Builds a preview one row at a time (so a long import can yield to the UI between slices):
 * `add` every parsed row of every file in order, then `finish`.
 */
export function previewBuilder(target: ImportTarget, context: PreviewContext, choices: ReadonlyMap<string, RefChoice>, options: PreviewOptions) {
  const resolver = new ReferenceResolver(target.references, context.candidates, choices);
  const existingIndex = indexExisting(target, context.existing);
  const refNames = new Map<string, string>();
  for (const list of context.candidates.values()) for (const c of list) refNames.set(c.id, c.name);
  const seen = new Map<string, RowSource>();
  const preview: Preview = { creates: [], updates: [], unchanged: [], rejected: [], unknownRefs: [], createdRefs: [] };
  const at = issueAt(target);

  const reject = (source: RowSource, parsed: ParsedRow, issues: ImportIssue[]): void => {
    preview.rejected.push({ ...source, parsed, issues });
  };

  function add(fileIndex: number, parsed: ParsedRow): void {
    const source: RowSource = { fileIndex, file: parsed.file, sheet: parsed.sheet, row: parsed.row };
    if (parsed.issues.length) return reject(source, parsed, parsed.issues);

    const refs: ResolvedRefs = {};
    let refIssues: ImportIssue[] | null = null;
    for (const spec of target.references) {
      const text = parsed.values[spec.field];
      if (typeof text !== 'string' || text === '') continue;
      const scope = spec.scopeField ? parsed.values[spec.scopeField] : undefined;
      const found: ResolvedRef[] = [];
      for (const name of spec.multiple ? splitNames(text) : [text]) {
        const r = resolver.resolve(spec, name, typeof scope === 'string' ? scope : undefined, fileIndex, { row: parsed.values, refs });
        if (r.ok) found.push(r.ref);
        else (refIssues ??= []).push(at(parsed, [spec.field], r.message));
      }
      if (found.length) refs[spec.field] = found.length > 1 ? { ...found[0], more: found.slice(1) } : found[0];
    }
    if (refIssues) return reject(source, parsed, refIssues);

    // The stored record this row is about: every identity key must point to the same one.
    const env = { existing: context.existing, newIndex: preview.creates.length };
    const probe = target.toDraft(parsed.values, refs, undefined, env);
    let existing: DraftRecord | undefined;
    let conflict: Map<DraftRecord, Identity> | null = null;
    for (const identity of target.identities) {
      const key = identity.key(probe);
      const hit = key === null ? undefined : existingIndex.get(key);
      if (!hit || hit === existing) continue;
      if (!existing) {
        existing = hit;
        conflict = new Map([[hit, identity]]);
      } else conflict!.set(hit, identity);
    }
    if (conflict && conflict.size > 1) {
      const described = [...conflict].map(([r, identity]) => `按${identity.label}为已有的${target.label}「${target.name(r)}」`).join('，');
      const fields = [...conflict.values()].flatMap((i) => i.fields ?? []);
      return reject(source, parsed, [at(parsed, fields, `对应到多条已有记录（${described}），请核对后再导入`)]);
    }
    const outcome = target.validate(existing ? target.toDraft(parsed.values, refs, existing, env) : probe);
    if (!outcome.ok) {
      return reject(
        source,
        parsed,
        outcome.issues.map((issue) => {
          const spec = target.references.find((r) => r.idPath === issue.path);
          const nested = Object.keys(parsed.columns).find((k) => issue.path !== '' && k.startsWith(`${issue.path}.`));
          // A check across fields (「其中技术工人」不能大于「输送人数」) is shown at the field it names first.
          const named = issue.path === '' ? target.fields.find((f) => issue.message.startsWith(`「${f.label}」`))?.key : undefined;
          return at(parsed, [spec ? spec.field : issue.path, nested, named], issue.message);
        }),
      );
    }
    const draft = outcome.value;

    // The same record twice in the import: the later row is refused.
    const keys: string[] = [];
    for (const identity of target.identities) {
      const key = identity.key(draft);
      if (key === null) continue;
      const first = seen.get(key);
      if (first) {
        const where = first.fileIndex === fileIndex ? `第${first.row}行` : `文件 ${first.file} 第${first.row}行`;
        return reject(source, parsed, [at(parsed, identity.fields ?? [], `与${where}重复（${identity.label}相同）`)]);
      }
      keys.push(key);
    }
    for (const key of keys) seen.set(key, source);

    if (!existing) {
      preview.creates.push({ ...source, parsed, draft });
      return;
    }
    const changes = changesOf(target, existing, draft, refNames);
    const planned: PlannedRow = { ...source, parsed, draft, existing, changes };
    if (changes.length && options.updateExisting) preview.updates.push(planned);
    else preview.unchanged.push(planned);
  }

  function finish(): Preview {
    preview.unknownRefs = [...resolver.unknown.values()];
    preview.createdRefs = [...resolver.created.values()];
    return preview;
  }

  return { add, finish };
}

export function buildPreview(target: ImportTarget, input: PreviewInput, context: PreviewContext, choices: ReadonlyMap<string, RefChoice>, options: PreviewOptions): Preview {
  const builder = previewBuilder(target, context, choices, options);
  input.files.forEach((file, fileIndex) => {
    for (const parsed of file.rows) builder.add(fileIndex, parsed);
  });
  return builder.finish();
}

/** Rows per slice between two yields to the UI. */
const SLICE = 2000;

/** buildPreview in slices, yielding to the UI between them; resolves to null when `signal` aborts. */
export async function buildPreviewAsync(
  target: ImportTarget,
  input: PreviewInput,
  context: PreviewContext,
  choices: ReadonlyMap<string, RefChoice>,
  options: PreviewOptions,
  progress?: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal },
): Promise<Preview | null> {
  const builder = previewBuilder(target, context, choices, options);
  const total = input.files.reduce((n, f) => n + f.rows.length, 0);
  let done = 0;
  for (const [fileIndex, file] of input.files.entries()) {
    for (let i = 0; i < file.rows.length; i += SLICE) {
      for (const parsed of file.rows.slice(i, i + SLICE)) builder.add(fileIndex, parsed);
      done += Math.min(SLICE, file.rows.length - i);
      progress?.onProgress?.(done, total);
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (progress?.signal?.aborted) return null;
    }
  }
  return builder.finish();
}

/** Rows written per file: the counts each file's batch records. */
export function countsByFile(preview: Preview, files: number): { added: number; updated: number; rejected: number }[] {
  const counts = Array.from({ length: files }, () => ({ added: 0, updated: 0, rejected: 0 }));
  for (const r of preview.creates) counts[r.fileIndex].added++;
  for (const r of preview.updates) counts[r.fileIndex].updated++;
  for (const r of preview.rejected) counts[r.fileIndex].rejected++;
  return counts;
}
