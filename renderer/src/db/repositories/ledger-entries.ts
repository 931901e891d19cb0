// Ledger entries as the forms, the quick grid and the import write them: figures checked
// against the catalog before the transaction; inside it, the pairing's active period
// (an entry dated before approval or after termination is refused), the attachments and the
// entries themselves through LedgerRepository (which keeps the aggregates current). One
// refusal rolls back the whole batch. Warnings are computed apart and never block.
import type { Attachment, FigureValue, IsoDate, LedgerEntry, Pairing } from '@shared/model/types';
import { LEDGER_TYPES, type LedgerType } from '@shared/model/ledger-catalog';
import { validateFigures } from '@shared/model/ledger-validate';
import { activePeriodIssue } from '@shared/model/pairing-rules';
import { attachmentIssue } from '@shared/model/attachments';
import { LABOUR_FIELD, LABOUR_TYPE, labourWarning, personWarnings } from '@shared/model/ledger-warnings';
import { normalizeText } from '@shared/model/normalize';
import { isRealDate } from '@shared/model/parse-date';
import type { AppDatabase } from '../database';
import { newId, nowIso } from '../audit';
import { ValidationError } from './entity-repository';
import type { LedgerDraft, LedgerRepository } from './ledger';
import { aggregateId } from './ledger-aggregates';

export type NewAttachment = { name: string; blob: Blob };

export type LedgerInput = {
  pairingId: string;
  type: string;
  date: IsoDate;
  precision: 'day' | 'month';
  figures: Record<string, unknown>;
  description?: string;
  newAttachments?: readonly NewAttachment[];
  /** Prefix of this input's messages, e.g. 「第3行」 or 「台账.xlsx / 劳务输送 / 第5行」. */
  label?: string;
};

export const MAX_DESCRIPTION = 1000;

type Prepared = { input: LedgerInput; type: LedgerType; figures: Record<string, FigureValue>; description?: string };

const say = (label: string | undefined, m: string) => (label ? `${label}：${m}` : m);

export class LedgerEntryService {
  constructor(
    readonly db: AppDatabase,
    readonly ledger: LedgerRepository,
    readonly catalog: readonly LedgerType[] = LEDGER_TYPES,
  ) {}

  /** The checks that need no store: type, date, figures, description, attachments. */
  prepare(inputs: readonly LedgerInput[]): Prepared[] {
    const issues: string[] = [];
    const prepared: Prepared[] = [];
    for (const input of inputs) {
      const type = this.catalog.find((t) => t.key === input.type);
      if (!type) {
        issues.push(say(input.label, `未知的台账类型：${input.type}`));
        continue;
      }
      const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.date);
      if (!d || !isRealDate(Number(d[1]), Number(d[2]), Number(d[3]))) issues.push(say(input.label, '请填写台账日期'));
      const { figures, errors } = validateFigures(type, input.figures);
      issues.push(...errors.map((e) => say(input.label, e.message)));
      const description = normalizeText(input.description ?? '');
      if (description.length > MAX_DESCRIPTION) issues.push(say(input.label, `情况说明不能超过${MAX_DESCRIPTION}个字`));
      for (const a of input.newAttachments ?? []) {
        const issue = attachmentIssue(a.name, a.blob.size);
        if (issue) issues.push(say(input.label, issue));
      }
      prepared.push({ input, type, figures, description: description || undefined });
    }
    if (issues.length) throw new ValidationError(issues);
    return prepared;
  }

  private draft(p: Prepared, pairing: Pairing, attachmentIds: string[]): LedgerDraft {
    const personIds = p.type.fields.filter((f) => f.kind === 'person').map((f) => p.figures[f.key]).filter((v): v is string => typeof v === 'string');
    const draft: LedgerDraft = {
      pairingId: pairing.id,
      townshipId: pairing.responsibleTownshipId,
      type: p.type.key,
      date: p.input.date,
      precision: p.input.precision,
      year: Number(p.input.date.slice(0, 4)),
      figures: p.figures,
      personIds,
      attachmentIds,
    };
    if (p.description) draft.description = p.description;
    return draft;
  }

  /** Reads the pairings and refuses entries outside their active period (inside the caller's transaction). */
  private async pairingsFor(prepared: readonly Prepared[]): Promise<Pairing[]> {
    const pairings = await this.db.pairings.bulkGet(prepared.map((p) => p.input.pairingId));
    const issues: string[] = [];
    prepared.forEach((p, i) => {
      const pairing = pairings[i];
      if (!pairing || pairing.deleted) return issues.push(say(p.input.label, '所属联建不存在或已删除'));
      const issue = activePeriodIssue(pairing, p.input.date, p.input.precision);
      if (issue) issues.push(say(p.input.label, issue));
      return undefined;
    });
    if (issues.length) throw new ValidationError(issues);
    return pairings as Pairing[];
  }

  private tx<R>(work: () => Promise<R>): Promise<R> {
    const { db } = this;
    // Entries, their attachments, the aggregates and the audit log commit together.
    return db.transaction('rw', [db.pairings, db.ledger, db.ledgerAggregates, db.audit, db.attachments], work);
  }

  /** Adds entries (one from a form, many from the grid or an import): all or nothing. */
  async add(inputs: readonly LedgerInput[], batchId?: string): Promise<LedgerEntry[]> {
    const prepared = this.prepare(inputs);
    const files = prepared.map((p) => (p.input.newAttachments ?? []).map((a) => ({ ...a, id: newId() })));
    return this.tx(async () => {
      const pairings = await this.pairingsFor(prepared);
      const drafts = prepared.map((p, i) => this.draft(p, pairings[i], files[i].map((f) => f.id)));
      const entries = await this.ledger.createMany(drafts, batchId);
      const time = nowIso();
      const rows: Attachment[] = entries.flatMap((e, i) =>
        files[i].map((f) => ({ id: f.id, ownerId: e.id, name: f.name, mime: f.blob.type || 'application/octet-stream', size: f.blob.size, blob: f.blob, createdAt: time })),
      );
      if (rows.length) await this.db.attachments.bulkAdd(rows);
      return entries;
    });
  }

  /** Edits an entry; `keepAttachmentIds` are the existing attachments still wanted (the others are deleted). */
  async update(id: string, input: LedgerInput, keepAttachmentIds: readonly string[]): Promise<LedgerEntry> {
    const [p] = this.prepare([input]);
    const files = (input.newAttachments ?? []).map((a) => ({ ...a, id: newId() }));
    return this.tx(async () => {
      const before = await this.db.ledger.get(id);
      if (!before || before.deleted) throw new ValidationError(['台账记录不存在或已删除']);
      const [pairing] = await this.pairingsFor([p]);
      const kept = before.attachmentIds.filter((a) => keepAttachmentIds.includes(a));
      const dropped = before.attachmentIds.filter((a) => !kept.includes(a));
      const { pairingId: _p, ...draft } = this.draft(p, pairing, [...kept, ...files.map((f) => f.id)]);
      const patch: Partial<LedgerDraft> = { ...draft, pairingId: pairing.id, description: p.description };
      const after = await this.ledger.update(id, patch);
      const time = nowIso();
      if (dropped.length) await this.db.attachments.bulkDelete(dropped);
      if (files.length) {
        await this.db.attachments.bulkAdd(
          files.map((f) => ({ id: f.id, ownerId: id, name: f.name, mime: f.blob.type || 'application/octet-stream', size: f.blob.size, blob: f.blob, createdAt: time })),
        );
      }
      return after;
    });
  }

  remove(id: string): Promise<void> {
    return this.ledger.remove(id);
  }

  restore(id: string): Promise<void> {
    return this.ledger.restore(id);
  }

  attachments(ownerId: string): Promise<Attachment[]> {
    return this.db.attachments.where('ownerId').equals(ownerId).toArray();
  }

  /**
   * Warnings per input (persons of neither side, labour beyond the village's surplus),
   * counting what is stored, the other inputs of the batch, and leaving out `replacing`.
   */
  async warnings(inputs: readonly Pick<LedgerInput, 'pairingId' | 'type' | 'date' | 'figures'>[], replacing?: LedgerEntry): Promise<string[][]> {
    const { db } = this;
    const pairings = await db.pairings.bulkGet([...new Set(inputs.map((i) => i.pairingId))]);
    const byId = new Map(pairings.filter((p): p is Pairing => Boolean(p)).map((p) => [p.id, p]));
    const [enterprises, villages] = await Promise.all([
      db.enterprises.bulkGet([...byId.values()].map((p) => p.enterpriseId)),
      db.villages.bulkGet([...byId.values()].map((p) => p.villageId)),
    ]);
    const personIds = inputs.flatMap((i) => Object.values(i.figures)).filter((v): v is string => typeof v === 'string');
    const persons = new Map((await db.persons.bulkGet([...new Set(personIds)])).filter((p) => p).map((p) => [p!.id, p!]));
    const name = (list: ({ id: string; name: string } | undefined)[], id: string) => list.find((x) => x?.id === id)?.name ?? '';
    const sentByVillageYear = new Map<string, number>();
    const out = inputs.map((input) => {
      const pairing = byId.get(input.pairingId);
      const type = this.catalog.find((t) => t.key === input.type);
      if (!pairing || !type) return [];
      const sides = { enterpriseId: pairing.enterpriseId, enterpriseName: name(enterprises, pairing.enterpriseId), villageId: pairing.villageId, villageName: name(villages, pairing.villageId) };
      const figures = validateFigures(type, input.figures).figures;
      const found = personWarnings(type, figures, sides, (id) => persons.get(id));
      if (type.key === LABOUR_TYPE && typeof figures[LABOUR_FIELD] === 'number') {
        const key = `${pairing.villageId}|${input.date.slice(0, 4)}`;
        sentByVillageYear.set(key, (sentByVillageYear.get(key) ?? 0) + (figures[LABOUR_FIELD] as number));
      }
      return found;
    });
    for (const [key, batchSent] of sentByVillageYear) {
      const [villageId, yearText] = key.split('|');
      const year = Number(yearText);
      const village = villages.find((v) => v?.id === villageId);
      const villagePairings = await db.pairings.where('villageId').equals(villageId).primaryKeys();
      const aggregates = await db.ledgerAggregates.bulkGet([
        ...villagePairings.map((pairingId) => aggregateId({ pairingId, year, type: LABOUR_TYPE })),
        aggregateId({ villageId, year, type: LABOUR_TYPE }),
      ]);
      let stored = aggregates.reduce((s, a) => s + (a?.sums[LABOUR_FIELD] ?? 0), 0);
      if (replacing && !replacing.deleted && replacing.type === LABOUR_TYPE && replacing.year === year && villagePairings.includes(replacing.pairingId ?? '')) {
        stored -= Number(replacing.figures[LABOUR_FIELD] ?? 0);
      }
      const warning = labourWarning(village?.name ?? '', year, village?.surplusLabour, stored + batchSent);
      if (!warning) continue;
      inputs.forEach((input, i) => {
        if (input.type === LABOUR_TYPE && byId.get(input.pairingId)?.villageId === villageId && input.date.startsWith(yearText)) out[i].push(warning);
      });
    }
    return out;
  }
}
