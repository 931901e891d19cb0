// Field keys are paths into a draft ('partyOrg.secretary'). Drafts are built on plain objects
// from known keys only; a path segment that could reach a prototype is refused.
import type { DraftRecord } from '../target';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

export function getPath(record: DraftRecord, path: string): unknown {
  let node: unknown = record;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

export function setPath(record: DraftRecord, path: string, value: unknown): void {
  const parts = path.split('.');
  if (parts.some((p) => FORBIDDEN.has(p))) throw new Error(`字段路径无效：${path}`);
  let node = record;
  for (const part of parts.slice(0, -1)) {
    const next = Object.hasOwn(node, part) ? node[part] : undefined;
    if (next === null || typeof next !== 'object' || Array.isArray(next)) node[part] = {};
    else node[part] = { ...(next as DraftRecord) };
    node = node[part] as DraftRecord;
  }
  node[parts[parts.length - 1]] = value;
}

/**
 * The draft a row gives: `base` (the existing record, or defaults) with every non-blank row
 * value written over it. Blank cells (null) keep what `base` has.
 */
export function overlay(base: DraftRecord, row: Record<string, unknown>, keys: readonly string[]): DraftRecord {
  // A shallow copy is enough: setPath copies every nested object before writing into it, and
  // arrays are replaced whole, so `base` is never changed.
  const draft: DraftRecord = { ...base };
  for (const key of keys) {
    const value = row[key];
    if (value !== null && value !== undefined) setPath(draft, key, value);
  }
  return draft;
}

/** Equality of stored values (primitives, arrays of primitives, plain objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if ((a === undefined || a === null || a === '') && (b === undefined || b === null || b === '')) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  return false;
}
