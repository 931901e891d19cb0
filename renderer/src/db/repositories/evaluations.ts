// 绩效考评 store: one evaluation per year (its scheme, the hand inputs, the last result).
// Every write that changes what the scores depend on recomputes them in the same
// transaction, and its audit entry keeps the record before — old scheme and old scores — so
// a changed scheme never loses the scores it replaced. The figures are read inside the
// transaction too, so a result always matches the data it was computed from.
import { COMMENDATION_LEVELS, type CommendationLevel, type NomineeKind } from '@shared/model/enums';
import { todayIso } from '@shared/model/pairing-rules';
import { evaluate } from '@shared/model/evaluation/engine';
import { evaluationDate, type EvaluationInput } from '@shared/model/evaluation/facts';
import { cleanInputs, inputIssues, inputsForScheme, schemeChangeIssues } from '@shared/model/evaluation/inputs';
import { checkScheme, copyScheme } from '@shared/model/evaluation/scheme';
import type { Evaluation, EvaluationResult, EvaluationScheme, PairingInputs } from '@shared/model/evaluation/types';
import type { AppDatabase } from '../database';
import { newId, nowIso, recordAudit } from '../audit';
import { ValidationError } from './entity-repository';
import { getSetting } from '../settings';

const checked = (raw: unknown): EvaluationScheme => {
  const r = checkScheme(raw);
  if (!r.ok) throw new ValidationError(r.errors);
  return r.value;
};

/** The figures a year's evaluation is computed from (read in the caller's transaction, if any). */
export async function loadEvaluationInput(db: AppDatabase, year: number, inputs: Readonly<Record<string, PairingInputs>>, today: string): Promise<EvaluationInput> {
  const [pairings, aggregates, reports, rectifications, rounds] = await Promise.all([
    db.pairings.where('deleted').equals(0).toArray(),
    db.ledgerAggregates.where('year').equals(year).toArray(),
    db.monthlyReports.where('month').between(`${year}-01`, `${year}-12`, true, true).toArray(),
    db.rectifications.where('deadline').between(`${year}-01-01`, `${year}-12-31`, true, true).toArray(),
    db.commendations.where('year').equals(year).toArray(),
  ]);
  const approved = new Map(rounds.filter((r) => !r.deleted && r.status === '批准').map((r) => [r.id, r.level]));
  const nominees = approved.size ? await db.nominees.where('roundId').anyOf([...approved.keys()]).toArray() : [];
  const honours = nominees
    .filter((n) => !n.deleted)
    .map((n) => ({ kind: n.kind as NomineeKind, refId: n.refId, level: approved.get(n.roundId) as CommendationLevel }))
    .filter((h) => COMMENDATION_LEVELS.includes(h.level));
  const reportDeadlineDay = await getSetting(db, 'reportDeadlineDay');
  return { year, asOf: evaluationDate(year, today), today, reportDeadlineDay, pairings, aggregates, reports, rectifications, honours, inputs };
}

export class EvaluationRepository {
  constructor(
    readonly db: AppDatabase,
    private readonly today: () => string = todayIso,
  ) {}

  /** The live evaluation of a year, if there is one. */
  async forYear(year: number): Promise<Evaluation | undefined> {
    return (await this.db.evaluations.where('[deleted+year]').equals([0, year]).toArray())[0];
  }

  /** Years that have a scheme, latest first (to copy from). */
  async years(): Promise<number[]> {
    const all = await this.db.evaluations.where('deleted').equals(0).toArray();
    return [...new Set(all.map((e) => e.year))].sort((a, b) => b - a);
  }

  private get readScope() {
    return [this.db.pairings, this.db.ledgerAggregates, this.db.monthlyReports, this.db.rectifications, this.db.commendations, this.db.nominees, this.db.settings];
  }

  private async computeResult(year: number, scheme: EvaluationScheme, inputs: Record<string, PairingInputs>): Promise<EvaluationResult> {
    const input = await loadEvaluationInput(this.db, year, inputs, this.today());
    const { rows, notes } = evaluate(scheme, input);
    return { computedAt: nowIso(), asOf: input.asOf, rows, notes };
  }

  /** Starts a year with a scheme (the default, or one the office edited). */
  async create(year: number, rawScheme: unknown): Promise<Evaluation> {
    const scheme = checked(rawScheme);
    const time = nowIso();
    const record: Evaluation = { id: newId(), createdAt: time, updatedAt: time, deleted: 0, year, scheme, inputs: {} };
    // One live evaluation per year: checked and written together.
    await this.db.transaction('rw', [this.db.evaluations, this.db.audit], async () => {
      if (await this.forYear(year)) throw new ValidationError([`${year}年度已有考评方案`]);
      await this.db.evaluations.add(record);
      await recordAudit(this.db, { action: 'create', entity: 'evaluations', entityId: record.id, after: record });
    });
    return record;
  }

  /** Starts `toYear` with a copy of `fromYear`'s scheme (no scores, no hand inputs). */
  async copyScheme(fromYear: number, toYear: number): Promise<Evaluation> {
    const from = await this.forYear(fromYear);
    if (!from) throw new ValidationError([`${fromYear}年度没有考评方案可复制`]);
    return this.create(toYear, copyScheme(from.scheme));
  }

  private async rewrite(id: string, change: (before: Evaluation) => Partial<Evaluation>, recompute: (before: Evaluation) => boolean): Promise<Evaluation> {
    let after!: Evaluation;
    // The evaluation, its recomputed scores (from figures read in this transaction) and the audit entry with the old ones.
    await this.db.transaction('rw', [this.db.evaluations, this.db.audit, ...this.readScope], async () => {
      const before = await this.db.evaluations.get(id);
      if (!before || before.deleted) throw new ValidationError(['考评不存在或已删除']);
      const next = { ...before, ...change(before) };
      if (recompute(before)) next.result = await this.computeResult(next.year, next.scheme, next.inputs);
      after = { ...next, updatedAt: nowIso() };
      await this.db.evaluations.put(after);
      await recordAudit(this.db, { action: 'update', entity: 'evaluations', entityId: id, before, after });
    });
    return after;
  }

  /**
   * Replaces the scheme. Where scores exist they are recomputed under the new scheme; the
   * audit entry keeps the old scheme and scores. Hand inputs of indicators the new scheme no
   * longer scores by hand are dropped; inputs above a lowered 满分 refuse the change.
   */
  updateScheme(id: string, rawScheme: unknown): Promise<Evaluation> {
    const scheme = checked(rawScheme);
    return this.rewrite(
      id,
      (before) => {
        const issues = schemeChangeIssues(scheme, before.inputs);
        if (issues.length) throw new ValidationError(issues);
        return { scheme, inputs: inputsForScheme(scheme, before.inputs) };
      },
      (before) => Boolean(before.result),
    );
  }

  /** Saves hand scores and deductions for some pairings (others keep theirs); recomputes where scores exist. */
  async saveInputs(id: string, changes: Readonly<Record<string, PairingInputs>>, codeOf: (pairingId: string) => string = (p) => p): Promise<Evaluation> {
    return this.rewrite(
      id,
      (before) => {
        const issues = inputIssues(before.scheme, changes, codeOf);
        if (issues.length) throw new ValidationError(issues);
        return { inputs: cleanInputs({ ...before.inputs, ...changes }) };
      },
      (before) => Boolean(before.result),
    );
  }

  /** Computes (or recomputes) the year's scores from the current figures. */
  compute(id: string): Promise<Evaluation> {
    return this.rewrite(id, () => ({}), () => true);
  }

  async remove(id: string): Promise<void> {
    await this.setDeleted(id, true);
  }

  async restore(id: string): Promise<void> {
    await this.setDeleted(id, false);
  }

  private async setDeleted(id: string, deleted: boolean): Promise<void> {
    // The flag and its audit entry; a restored evaluation must still be the only one of its year.
    await this.db.transaction('rw', [this.db.evaluations, this.db.audit], async () => {
      const before = await this.db.evaluations.get(id);
      if (!before) throw new ValidationError(['考评不存在']);
      if (Boolean(before.deleted) === deleted) return;
      if (!deleted && (await this.forYear(before.year))) throw new ValidationError([`${before.year}年度已有考评方案，不能撤销删除`]);
      const time = nowIso();
      const after: Evaluation = { ...before, deleted: deleted ? 1 : 0, deletedAt: deleted ? time : undefined, updatedAt: time };
      await this.db.evaluations.put(after);
      await recordAudit(this.db, { action: deleted ? 'delete' : 'restore', entity: 'evaluations', entityId: id, before, after });
    });
  }
}
