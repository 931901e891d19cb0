// Parsed rows → what an import would do: rows to add, rows to update (with their changes),
// rows that change nothing, rows rejected with every reason, and the names no record has.
// Pure (no store access): the caller loads existing records and candidates once, and the
// preview is rebuilt whenever the user decides about a name.
import type { ParsedRow } from '@shared/io/extract';
import type { ImportIssue } from '@shared/io/issues';
import type { FieldChange } from '@shared/model/types';
import type { DraftRecord, ImportTarget, RefCandidate, ResolvedRefs } from '../target';
import { getPath, sameValue } from './paths';
import { ReferenceResolver, type CreatedRef, type RefChoice, type UnknownRef } from './references';

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

export function buildPreview(
  target: ImportTarget,
  input: PreviewInput,
  context: PreviewContext,
  choices: ReadonlyMap<string, RefChoice>,
  options: PreviewOptions,
): Preview {
  const resolver = new ReferenceResolver(target.references, context.candidates, choices);
  const existingIndex = indexExisting(target, context.existing);
  const refNames = new Map<string, string>();
  for (const list of context.candidates.values()) for (const c of list) refNames.set(c.id, c.name);
  const seen = new Map<string, RowSource>();
  const preview: Preview = { creates: [], updates: [], unchanged: [], rejected: [], unknownRefs: [], createdRefs: [] };

  input.files.forEach((file, fileIndex) => {
    for (const parsed of file.rows) {
      const source: RowSource = { fileIndex, file: parsed.file, sheet: parsed.sheet, row: parsed.row };
      const place = (column?: { letter: string; header: string }) => ({ file: parsed.file, sheet: parsed.sheet, row: parsed.row, column: column?.letter, header: column?.header });
      const reject = (issues: ImportIssue[]) => preview.rejected.push({ ...source, parsed, issues });
      if (parsed.issues.length) {
        reject(parsed.issues);
        continue;
      }

      const refs: ResolvedRefs = {};
      const refIssues: ImportIssue[] = [];
      for (const spec of target.references) {
        const name = parsed.values[spec.field];
        if (typeof name !== 'string' || name === '') continue;
        const scope = spec.scopeField ? parsed.values[spec.scopeField] : undefined;
        const r = resolver.resolve(spec, name, typeof scope === 'string' ? scope : undefined, fileIndex);
        if (r.ok) refs[spec.field] = r.ref;
        else refIssues.push({ ...place(parsed.columns[spec.field]), message: r.message });
      }
      if (refIssues.length) {
        reject(refIssues);
        continue;
      }

      // The stored record this row is about: every identity key must point to the same one.
      const env = { existing: context.existing, newIndex: preview.creates.length };
      const probe = target.toDraft(parsed.values, refs, undefined, env);
      const matches = new Map<DraftRecord, string>();
      for (const identity of target.identities) {
        const key = identity.key(probe);
        const hit = key === null ? undefined : existingIndex.get(key);
        if (hit && !matches.has(hit)) matches.set(hit, identity.label);
      }
      if (matches.size > 1) {
        const described = [...matches].map(([r, label]) => `按${label}为已有的${target.label}「${target.name(r)}」`).join('，');
        reject([{ ...place(), message: `对应到多条已有记录（${described}），请核对后再导入` }]);
        continue;
      }
      const existing = matches.size === 1 ? [...matches.keys()][0] : undefined;
      const outcome = target.validate(existing ? target.toDraft(parsed.values, refs, existing, env) : probe);
      if (!outcome.ok) {
        reject(
          outcome.issues.map((issue) => {
            const spec = target.references.find((r) => r.idPath === issue.path);
            const column = parsed.columns[spec ? spec.field : issue.path] ?? Object.entries(parsed.columns).find(([k]) => k.startsWith(`${issue.path}.`))?.[1];
            return { ...place(column), message: issue.message };
          }),
        );
        continue;
      }
      const draft = outcome.value;

      // The same record twice in the import: the later row is refused.
      let duplicate: ImportIssue | null = null;
      const keys: string[] = [];
      for (const identity of target.identities) {
        const key = identity.key(draft);
        if (key === null) continue;
        const first = seen.get(key);
        if (first && !duplicate) {
          const where = first.fileIndex === fileIndex ? `第${first.row}行` : `文件 ${first.file} 第${first.row}行`;
          duplicate = { ...place(), message: `与${where}重复（${identity.label}相同）` };
        }
        keys.push(key);
      }
      if (duplicate) {
        reject([duplicate]);
        continue;
      }
      for (const key of keys) seen.set(key, source);

      if (!existing) {
        preview.creates.push({ ...source, parsed, draft });
        continue;
      }
      const changes = changesOf(target, existing, draft, refNames);
      const planned: PlannedRow = { ...source, parsed, draft, existing, changes };
      if (changes.length && options.updateExisting) preview.updates.push(planned);
      else preview.unchanged.push(planned);
    }
  });
  preview.unknownRefs = [...resolver.unknown.values()];
  preview.createdRefs = [...resolver.created.values()];
  return preview;
}

/** Rows written per file: the counts each file's batch records. */
export function countsByFile(preview: Preview, files: number): { added: number; updated: number; rejected: number }[] {
  const counts = Array.from({ length: files }, () => ({ added: 0, updated: 0, rejected: 0 }));
  for (const r of preview.creates) counts[r.fileIndex].added++;
  for (const r of preview.updates) counts[r.fileIndex].updated++;
  for (const r of preview.rejected) counts[r.fileIndex].rejected++;
  return counts;
}
