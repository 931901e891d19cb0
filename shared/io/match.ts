// Header text → field. Headers arrive padded with spaces, in full-width brackets, with units
// (「富余劳动力（人）」), with a required mark (「*村名」), under a group (基本情况 / 户数), or
// under another name (单位名称 for 企业名称). A match is exact after normalization; a unit in
// brackets must agree with the field's unit or convert to it.
import { normalizeHeader, splitHeaderUnit } from '@shared/model/normalize';
import type { ImportField } from './fields';
import { headerSynonyms } from './synonyms';
import { unitShift } from './units';

export type HeaderMatch = {
  field: ImportField;
  /** Power of ten from the column's unit to the field's (元 → 万元: -4); 0 when none is written. */
  unitShift: number;
  /** The unit the header states, if any. */
  unit: string | null;
};

export type HeaderMiss = { unitConflict?: { field: ImportField; unit: string } };

/** Columns that only count rows. */
const ORDINAL_HEADERS = new Set(['序号', '序', 'NO', 'NO.', 'No', 'No.', 'no', '#', '编号序号']);

export const isOrdinalHeader = (header: string): boolean => ORDINAL_HEADERS.has(normalizeHeader(header));

/** The names a field answers to, normalized, units split off. */
function namesOf(field: ImportField): string[] {
  return [field.label, ...(field.synonyms ?? [])].map((n) => splitHeaderUnit(n).name);
}

export type FieldIndex = { byName: Map<string, ImportField> };

/**
 * Name → field: first every field's own label and synonyms, then the phrasings the synonym table
 * gives for them (shared/io/synonyms.ts). A phrasing two fields would both claim (金额 of 资金扶持
 * and of 公益帮扶) names neither: the header must then say which (资金扶持 / 金额).
 */
export function indexFields(fields: readonly ImportField[]): FieldIndex {
  const byName = new Map<string, ImportField>();
  for (const f of fields) for (const n of namesOf(f)) if (!byName.has(n)) byName.set(n, f);
  const phrased = new Map<string, ImportField | null>();
  for (const f of fields) {
    for (const n of namesOf(f)) {
      for (const p of headerSynonyms(n)) {
        if (byName.has(p)) continue;
        const claimed = phrased.get(p);
        phrased.set(p, claimed === undefined || claimed === f ? f : null);
      }
    }
  }
  for (const [n, f] of phrased) if (f) byName.set(n, f);
  return { byName };
}

/**
 * The field a header names, trying the header alone, then with its group in front
 * (党组织情况 / 书记 → 党组织书记, 其中 / 技术工人 → 其中技术工人).
 */
export function matchHeader(index: FieldIndex, header: string, group?: string): HeaderMatch | HeaderMiss {
  const { name, unit } = splitHeaderUnit(header);
  const whole = normalizeHeader(header);
  const groupName = group ? splitHeaderUnit(group).name.replace(/(情况|信息|基本情况)$/, '') : '';
  const candidates = [name, whole];
  if (groupName) candidates.push(groupName + name, groupName + whole);
  let conflict: HeaderMiss['unitConflict'];
  for (const candidate of candidates) {
    const field = index.byName.get(candidate);
    if (!field) continue;
    // The bracket was part of the name (whole matched) or the field has no unit to agree with.
    if (candidate.endsWith(whole) || !unit || !field.unit) return { field, unitShift: 0, unit: candidate.endsWith(whole) ? null : unit };
    const shift = unitShift(unit, field.unit);
    if (shift !== null) return { field, unitShift: shift, unit };
    conflict ??= { field, unit };
  }
  return conflict ? { unitConflict: conflict } : {};
}

export const isMatch = (m: HeaderMatch | HeaderMiss): m is HeaderMatch => 'field' in m;
