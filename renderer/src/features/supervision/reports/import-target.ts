// Import of a township's returned 月报表 through the import wizard. Rows name their pairing by
// its code (the template fills in code, sides and month; a row left as it came is a pairing
// that has not reported and is skipped). Each row is checked by the same checkReport as the
// form and the grid — its fields, its figures, its pairing's month window — and its 企业 and
// 村 must be the coded pairing's. A pairing and month already reported is updated (the audit
// log keeps the earlier version); the report's ledger entries follow it in the same
// transaction (TABLE_HOOKS → monthly-report-ledger.ts), also when the batch is undone.
import { MONTHLY_REPORT_FIELDS, reportFigureKey } from '@shared/io/targets/monthly-report-fields';
import { monthLabel, REPORT_LEDGER_TYPES } from '@shared/model/monthly-report';
import { checkReport, type ReportInput } from '@shared/model/schemas/monthly-report';
import { normalizeText } from '@shared/model/normalize';
import { parseMonth } from '@shared/model/parse-date';
import { todayIso } from '@shared/model/pairing-rules';
import type { Pairing } from '@shared/model/types';
import type { AppDatabase } from '../../../db/database';
import type { DraftRecord, ImportTarget, RefCandidate, ValidationOutcome } from '../../import';

type Known = { pairings: Map<string, Pairing>; enterprises: Map<string, string>; villages: Map<string, string> };
/** What the reference loader read, kept for toDraft (names of the sides, the pairings' windows). */
const known: Known = { pairings: new Map(), enterprises: new Map(), villages: new Map() };

async function pairingCandidates(db: AppDatabase): Promise<RefCandidate[]> {
  const [pairings, enterprises, villages] = await Promise.all([db.pairings.where('deleted').equals(0).toArray(), db.enterprises.toArray(), db.villages.toArray()]);
  known.pairings = new Map(pairings.map((p) => [p.id, p]));
  known.enterprises = new Map(enterprises.map((e) => [e.id, e.name]));
  known.villages = new Map(villages.map((v) => [v.id, v.name]));
  return pairings.map((p) => ({ id: p.id, name: p.code, hint: `${known.enterprises.get(p.enterpriseId) ?? '？'}—${known.villages.get(p.villageId) ?? '？'}` }));
}

const ISSUES = '__issues';
type Issue = { path: string; message: string };

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function toDraft(row: Record<string, unknown>, refs: Record<string, { id: string } | undefined>): DraftRecord {
  const issues: Issue[] = [];
  const pairing = refs.pairingCode ? known.pairings.get(refs.pairingCode.id) : undefined;
  const month = parseMonth(row.month);
  if (!month.ok) issues.push({ path: 'month', message: month.error });
  else if (!month.value) issues.push({ path: 'month', message: '请填写月份' });
  if (pairing) {
    const sides: [string, string | undefined][] = [
      ['enterpriseName', known.enterprises.get(pairing.enterpriseId)],
      ['villageName', known.villages.get(pairing.villageId)],
    ];
    for (const [key, name] of sides) {
      const given = normalizeText(row[key]);
      if (given && name && given !== name) issues.push({ path: key, message: `与联建「${pairing.code}」的${key === 'enterpriseName' ? '企业' : '村'}「${name}」不符，请核对联建编号` });
    }
  }
  const figures: Record<string, Record<string, unknown>> = {};
  for (const type of REPORT_LEDGER_TYPES) {
    figures[type.key] = Object.fromEntries(type.fields.map((f) => [f.key, row[reportFigureKey(type.key, f.key)] ?? null]));
  }
  const input: ReportInput = {
    pairingId: pairing?.id ?? '',
    month: month.ok && month.value ? month.value : '',
    active: typeof row.active === 'boolean' ? row.active : null,
    summary: text(row.summary),
    problems: text(row.problems),
    nextPlan: text(row.nextPlan),
    reporter: text(row.reporter),
    submittedDate: text(row.submittedDate),
    figures,
  };
  if (!pairing) return { pairingId: '', month: input.month, [ISSUES]: [...issues, { path: 'pairingCode', message: '请填写联建编号' }] };
  const checked = checkReport(input, pairing, todayIso());
  if (!checked.ok) issues.push(...checked.issues.map((i) => ({ path: i.field === 'pairingId' ? 'pairingCode' : i.field, message: i.message })));
  // The month window is about the month's cell; a window refusal found before the month parsed says nothing new.
  const unique = issues.filter((i, n) => issues.findIndex((j) => j.path === i.path && j.message === i.message) === n);
  return checked.ok ? { ...checked.value, [ISSUES]: unique } : { pairingId: pairing.id, month: input.month, [ISSUES]: unique };
}

function validate(draft: DraftRecord): ValidationOutcome {
  const { [ISSUES]: carried, ...record } = draft;
  const issues = (carried as Issue[] | undefined) ?? [];
  return issues.length ? { ok: false, issues } : { ok: true, value: record };
}

export const monthlyReportTarget: ImportTarget = {
  key: 'monthly-reports',
  kind: 'monthlyReports',
  label: '月报',
  title: '村企联建月报表',
  table: 'monthlyReports',
  fields: MONTHLY_REPORT_FIELDS,
  references: [{ field: 'pairingCode', idPath: 'pairingId', label: '联建', load: pairingCandidates }],
  identities: [{ label: '联建和月份相同的月报', key: (r) => (typeof r.pairingId === 'string' && r.pairingId && typeof r.month === 'string' && r.month ? `report:${r.pairingId}|${r.month}` : null) }],
  toDraft: (row, refs) => toDraft(row, refs),
  validate,
  name: (r) => `${known.pairings.get(String(r.pairingId))?.code ?? ''} ${monthLabel(String(r.month ?? ''))}`.trim(),
  listRoute: '/supervision/reports',
};
