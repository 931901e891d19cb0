// Import of ledger rows through the import wizard: one target (and one template) per ledger
// type, generated from the catalog. Rows name their pairing by its code; figures are checked
// by the same catalog validation as the form and the quick grid, persons are found by name
// (never guessed between namesakes), and a row dated outside the pairing's active period is
// rejected. The import pipeline writes the ledger with its aggregates (TABLE_HOOKS); a row
// identical to an entry already stored adds nothing, so importing a file twice is harmless.
import { figureKey, ledgerImportFields } from '@shared/io/targets/ledger-fields';
import type { LedgerType } from '@shared/model/ledger-catalog';
import { validateFigures } from '@shared/model/ledger-validate';
import { parseDate } from '@shared/model/parse-date';
import { activePeriodIssue } from '@shared/model/pairing-rules';
import { personResolver } from '@shared/model/person-resolver';
import type { Enterprise, LedgerEntry, Pairing, Person, Village } from '@shared/model/types';
import type { AppDatabase } from '../../db/database';
import type { DraftRecord, ImportTarget, RefCandidate, ValidationOutcome } from '../import';
import { contentOf, given } from '../import';

type Known = { pairings: Pairing[]; persons: Person[] };
const known: Known = { pairings: [], persons: [] };

async function pairingCandidates(db: AppDatabase): Promise<RefCandidate[]> {
  const [pairings, persons, enterprises, villages] = await Promise.all([
    db.pairings.where('deleted').equals(0).toArray(),
    db.persons.where('deleted').equals(0).toArray(),
    db.enterprises.toArray(),
    db.villages.toArray(),
  ]);
  known.pairings = pairings;
  known.persons = persons;
  const name = (list: (Enterprise | Village)[], id: string) => list.find((x) => x.id === id)?.name ?? '？';
  return pairings.filter((p) => p.approvedDate).map((p) => ({ id: p.id, name: p.code, hint: `${name(enterprises, p.enterpriseId)}—${name(villages, p.villageId)}` }));
}

/** A day or a month, as text, a date cell (already text) or an unformatted Excel serial. */
function readDate(raw: unknown): { ok: true; iso: string; precision: 'day' | 'month' } | { ok: false; message: string } {
  const text = typeof raw === 'string' ? raw.trim() : '';
  const parsed = parseDate(/^\d{5}(\.\d+)?$/.test(text) ? Number(text) : text);
  if (!parsed.ok) return { ok: false, message: parsed.error };
  if (!parsed.value) return { ok: false, message: '请填写日期' };
  if (parsed.value.precision === 'year') return { ok: false, message: '日期应填写到月份或日，如 2008-03 或 2008-03-15' };
  return { ok: true, iso: parsed.value.iso, precision: parsed.value.precision };
}

const ISSUES = '__issues';
const STORED = '__stored';
type Issue = { path: string; message: string };

function toDraft(type: LedgerType) {
  return (row: Record<string, unknown>, refs: Record<string, { id: string } | undefined>, existing: DraftRecord | undefined): DraftRecord => {
    if (existing) return { ...contentOf(existing), [STORED]: true };
    const issues: Issue[] = [];
    const pairing = known.pairings.find((p) => p.id === refs.pairingCode?.id);
    const date = readDate(row.date);
    if (!date.ok) issues.push({ path: 'date', message: date.message });
    else if (pairing) {
      const outside = activePeriodIssue(pairing, date.iso, date.precision);
      if (outside) issues.push({ path: 'date', message: outside });
    }
    const raw: Record<string, unknown> = {};
    for (const f of type.fields) raw[f.key] = row[figureKey(f.key)];
    const { figures, errors } = validateFigures(type, raw, { person: personResolver(known.persons, pairing ? [pairing.enterpriseId, pairing.villageId] : []) });
    for (const e of errors) issues.push({ path: e.field ? figureKey(e.field) : '', message: e.message });
    const iso = date.ok ? date.iso : '';
    const draft: Partial<LedgerEntry> & DraftRecord = {
      pairingId: pairing?.id,
      townshipId: pairing?.responsibleTownshipId,
      type: type.key,
      date: iso,
      precision: date.ok ? date.precision : 'day',
      year: Number(iso.slice(0, 4)),
      figures,
      personIds: type.fields.filter((f) => f.kind === 'person').map((f) => figures[f.key]).filter((v): v is string => typeof v === 'string'),
      attachmentIds: [],
      [ISSUES]: issues,
    };
    if (typeof row.description === 'string' && row.description) draft.description = row.description.slice(0, 1000);
    return draft;
  };
}

function validate(draft: DraftRecord): ValidationOutcome {
  const { [ISSUES]: carried, [STORED]: _stored, ...record } = draft;
  const issues = (carried as Issue[] | undefined) ?? [];
  if (!given(record.pairingId) && !issues.length) issues.push({ path: 'pairingCode', message: '请填写联建编号' });
  return issues.length ? { ok: false, issues } : { ok: true, value: record };
}

/** The same pairing, type, day and figures: an entry already stored (or twice in the file). */
const sameEntry = (r: DraftRecord) =>
  given(r.pairingId) && given(r.date) ? `entry:${String(r.pairingId)}|${String(r.type)}|${String(r.date)}|${JSON.stringify(r.figures)}|${String(r.description ?? '')}` : null;

export function ledgerImportTarget(type: LedgerType): ImportTarget {
  return {
    key: `ledger-${type.key}`,
    kind: 'ledger',
    label: `${type.name}记录`,
    title: `成效台账（${type.name}）`,
    table: 'ledger',
    fields: ledgerImportFields(type),
    references: [{ field: 'pairingCode', idPath: 'pairingId', label: '联建', load: pairingCandidates }],
    identities: [{ label: '联建、日期和数字都相同的记录', key: (r) => (r.type === type.key ? sameEntry(r) : null), fields: ['date', 'pairingCode'] }],
    toDraft: toDraft(type),
    validate,
    name: (r) => `${String(r.date ?? '')} ${type.name}`,
    listRoute: '/ledger',
  };
}
