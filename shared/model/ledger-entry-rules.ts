// Rules of a ledger entry that go beyond one figure (ledger-validate.ts) and need the entry
// itself: the persons it lists (a figure marked `countsPersons` is their number) and its date
// (a date marked `endsEntry` — 结业日期 — is not before it). The entry form, the 交流互访 and
// 订单式培训 forms, the quick grid and the import all pass through LedgerEntryService, which
// runs these, so every door applies them.
import type { LedgerType } from './ledger-catalog';
import type { FigureValue } from './types';

/** Person ids held in the type's person fields (交叉任职's 人员…). */
export function personFieldIds(type: LedgerType, figures: Record<string, FigureValue>): string[] {
  return type.fields.filter((f) => f.kind === 'person').map((f) => figures[f.key]).filter((v): v is string => typeof v === 'string' && v !== '');
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** The raw figures with each blank `countsPersons` figure set to the number of listed persons. */
export function withPersonCounts(type: LedgerType, raw: Record<string, unknown>, listed: readonly string[] | undefined): Record<string, unknown> {
  if (!listed?.length) return raw;
  const out = { ...raw };
  for (const f of type.fields) if (f.countsPersons && blank(out[f.key])) out[f.key] = listed.length;
  return out;
}

/** Chinese messages; empty when the entry may be stored. */
export function entryRuleIssues(type: LedgerType, figures: Record<string, FigureValue>, date: string, listed: readonly string[] | undefined): string[] {
  const issues: string[] = [];
  if (listed?.length) {
    if (new Set(listed).size !== listed.length) issues.push('同一人员列了两次');
    for (const f of type.fields) {
      const v = figures[f.key];
      if (f.countsPersons && typeof v === 'number' && v !== listed.length) issues.push(`「${f.label}」（${v}${f.unit ?? ''}）与所列人员（${listed.length}人）不一致`);
    }
  }
  for (const f of type.fields) {
    const v = figures[f.key];
    if (f.endsEntry && typeof v === 'string' && v < date) issues.push(`「${f.label}」（${v}）不能早于日期（${date}）`);
  }
  return issues;
}
