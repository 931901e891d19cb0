// Names in a row → ids, per ReferenceSpec. A name matches a candidate when both normalize to
// the same header text (spaces and bracket styles ignored). Unknown or ambiguous names are
// collected for the preview, where the user decides: 新建 or 对应到 an existing record.
import { normalizeHeader } from '@shared/model/normalize';
import type { CreateContext, DraftRecord, RefCandidate, ReferenceSpec, ResolvedRef } from '../target';

export type RefChoice = { action: 'create' } | { action: 'map'; id: string; kind?: string };

export type UnknownRef = {
  /** Identifies the name across previews (choices are stored under it). */
  key: string;
  spec: ReferenceSpec;
  name: string;
  /** The narrowing text the rows gave (所在乡镇), if any. */
  scope?: string;
  /** Rows that use it. */
  count: number;
  /** Same-named candidates, when the name is ambiguous rather than unknown. */
  ambiguous: RefCandidate[];
  /** Why 新建 is not possible for this name, when it is not. */
  createError?: string;
  /** The `keyField` value the rows gave (an ID number), which tells same-named unknowns apart. */
  keyValue?: string;
};

/** `raw` is the draft as built and merged; `draft` the validated record that is written. */
export type CreatedRef = { key: string; spec: ReferenceSpec; name: string; id: string; draft: DraftRecord; raw: DraftRecord; fileIndex: number };

const NO_CONTEXT: CreateContext = { row: {}, refs: {} };

/** The names of a cell that may name several records (`multiple`). */
export const splitNames = (text: string): string[] =>
  text
    .split(/[、，,；;\n]+/)
    .map((t) => t.trim())
    .filter(Boolean);

export type Resolution = { ok: true; ref: ResolvedRef } | { ok: false; unknown: UnknownRef; message: string };

export class ReferenceResolver {
  private readonly index = new Map<string, Map<string, RefCandidate[]>>();
  /** Candidates by their `keys` (normalized), per reference field. */
  private readonly keyIndex = new Map<string, Map<string, RefCandidate[]>>();
  readonly unknown = new Map<string, UnknownRef>();
  readonly created = new Map<string, CreatedRef>();

  constructor(
    specs: readonly ReferenceSpec[],
    private readonly candidates: ReadonlyMap<string, readonly RefCandidate[]>,
    private readonly choices: ReadonlyMap<string, RefChoice>,
  ) {
    for (const spec of specs) {
      const byName = new Map<string, RefCandidate[]>();
      for (const c of candidates.get(spec.field) ?? []) {
        const k = normalizeHeader(c.name);
        const list = byName.get(k);
        if (list) list.push(c);
        else byName.set(k, [c]);
      }
      this.index.set(spec.field, byName);
      if (!spec.keyField) continue;
      const byKey = new Map<string, RefCandidate[]>();
      for (const c of candidates.get(spec.field) ?? []) {
        for (const k of c.keys ?? []) {
          const list = byKey.get(normalizeHeader(k));
          if (list) list.push(c);
          else byKey.set(normalizeHeader(k), [c]);
        }
      }
      this.keyIndex.set(spec.field, byKey);
    }
  }

  resolve(spec: ReferenceSpec, name: string, scopeText: string | undefined, fileIndex: number, context: CreateContext = NO_CONTEXT): Resolution {
    const keyRaw = spec.keyField ? context.row[spec.keyField] : undefined;
    const keyValue = typeof keyRaw === 'string' && keyRaw ? normalizeHeader(keyRaw) : '';
    if (keyValue) {
      const byKey = this.keyIndex.get(spec.field)?.get(keyValue) ?? [];
      if (byKey.length === 1) return { ok: true, ref: { id: byKey[0].id, kind: byKey[0].kind } };
    }
    const norm = normalizeHeader(name);
    let found = this.index.get(spec.field)?.get(norm) ?? [];
    // A candidate with another key (another ID number) is another person, whatever the name.
    if (keyValue) found = found.filter((c) => !c.keys?.length || c.keys.some((k) => normalizeHeader(k) === keyValue));
    const scope = scopeText ? normalizeHeader(scopeText) : '';
    if (scope && (found.length > 1 || spec.strictScope)) found = found.filter((c) => normalizeHeader(c.scope ?? '') === scope);
    if (found.length === 1) return { ok: true, ref: { id: found[0].id, kind: found[0].kind } };

    const ambiguous = found.length > 1 ? found : [];
    const key = `${spec.field}|${norm}|${ambiguous.length || spec.strictScope ? scope : ''}${keyValue ? `|${keyValue}` : ''}`;
    const choice = this.choices.get(key);
    if (choice?.action === 'map') return { ok: true, ref: { id: choice.id, kind: choice.kind } };

    let unknown = this.unknown.get(key);
    if (!unknown) {
      unknown = { key, spec, name, scope: scopeText, count: 0, ambiguous, ...(keyValue ? { keyValue } : {}) };
      this.unknown.set(key, unknown);
    }
    unknown.count++;

    if (choice?.action === 'create' && spec.create && !ambiguous.length) {
      const created = this.createFor(spec, key, name, fileIndex, context);
      if (created.ok) return { ok: true, ref: { id: created.id } };
      unknown.createError = created.error;
      return { ok: false, unknown, message: `无法新建${spec.label}「${name}」：${created.error}` };
    }
    const message = ambiguous.length
      ? `${spec.label}「${name}」有${ambiguous.length}个同名（${ambiguous.map((c) => c.hint ?? c.scope ?? '').join('、')}），请在预览中对应到其中一个${spec.scopeField ? '，或填写所在乡镇' : ''}`
      : `${spec.label}「${name}」不存在，请在预览的「未知名称」中选择${spec.create ? '新建或' : ''}对应到已有${spec.label}`;
    return { ok: false, unknown, message };
  }

  private createFor(spec: ReferenceSpec, key: string, name: string, fileIndex: number, context: CreateContext): { ok: true; id: string } | { ok: false; error: string } {
    const create = spec.create!;
    const done = this.created.get(key);
    if (done && !create.merge) return { ok: true, id: done.id };
    const raw = done ? create.merge!(done.raw, context) : create.draft(name, this.created.size, this.candidates.get(spec.field) ?? [], context);
    const outcome = create.validate(raw);
    if (!outcome.ok) return { ok: false, error: outcome.issues.map((i) => i.message).join('；') };
    if (done) {
      Object.assign(done, { raw, draft: outcome.value });
      return { ok: true, id: done.id };
    }
    const id = crypto.randomUUID();
    this.created.set(key, { key, spec, name, id, draft: outcome.value, raw, fileIndex });
    return { ok: true, id };
  }
}
