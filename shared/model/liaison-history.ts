// 联络员 over time: who each side named, from when to when. The history is not stored apart:
// it is read from the pairing's own record (the liaison now) and its 变更 events (each change
// of a liaison is one, with the date it took effect), so it can never disagree with them. A
// liaison named at the application serves from the application date; a change ends one term
// and starts the next on its date; termination ends the last.
import { EMPTY_MARK } from './pairing-changes';
import type { IsoDate, Liaison, Pairing, PairingEvent } from './types';

export type LiaisonSide = 'enterpriseLiaison' | 'villageLiaison';

export type LiaisonTerm = {
  side: LiaisonSide;
  name: string;
  phone?: string;
  personId?: string;
  from: IsoDate;
  /** Absent while serving. */
  to?: IsoDate;
  /** Why the term ended (the reason of the change that ended it). */
  endReason?: string;
};

export const SIDE_LABELS: Record<LiaisonSide, string> = { enterpriseLiaison: '企业联络员', villageLiaison: '村联络员' };

/** A liaison as an older history wrote it: 「张三（13800000001）」 or 「张三」; （空） is nobody. */
export function parseLiaisonText(text: string): Liaison | undefined {
  const t = text.trim();
  if (!t || t === EMPTY_MARK) return undefined;
  const m = /^(.+?)（([^（）]*)）$/.exec(t);
  return m ? { name: m[1]!, phone: m[2] || undefined } : { name: t };
}

const sameLiaison = (a: Liaison | undefined, b: Liaison | undefined) => (a?.personId && b?.personId ? a.personId === b.personId : (a?.name ?? '') === (b?.name ?? ''));

/** The terms of one side, oldest first. */
export function liaisonTerms(pairing: Pick<Pairing, 'appliedDate' | 'endedDate' | LiaisonSide>, events: readonly Pick<PairingEvent, 'kind' | 'date' | 'changes' | 'reason'>[], side: LiaisonSide): LiaisonTerm[] {
  const changes = events
    .filter((e) => e.kind === '变更')
    .flatMap((e) => (e.changes ?? []).filter((c) => c.field === side).map((c) => ({ date: e.date, reason: e.reason, from: c.liaison ? c.liaison.from : parseLiaisonText(c.from), to: c.liaison ? c.liaison.to : parseLiaisonText(c.to) })));
  const terms: LiaisonTerm[] = [];
  let current = changes.length ? changes[0]!.from : pairing[side];
  let since = pairing.appliedDate;
  const close = (to: IsoDate | undefined, reason?: string) => {
    if (current?.name) terms.push({ side, name: current.name, phone: current.phone, personId: current.personId, from: since, ...(to ? { to } : {}), ...(reason ? { endReason: reason } : {}) });
  };
  for (const c of changes) {
    close(c.date, c.reason);
    current = c.to;
    since = c.date;
  }
  // The stored liaison is the truth for the last term (a change older than v008 kept only texts).
  const now = pairing[side];
  if (now?.name && sameLiaison(now, current)) current = { ...current, ...now };
  close(pairing.endedDate);
  return terms;
}

/** Both sides' terms, enterprise side first, each oldest first. */
export function allLiaisonTerms(pairing: Pick<Pairing, 'appliedDate' | 'endedDate' | LiaisonSide>, events: readonly Pick<PairingEvent, 'kind' | 'date' | 'changes' | 'reason'>[]): LiaisonTerm[] {
  return [...liaisonTerms(pairing, events, 'enterpriseLiaison'), ...liaisonTerms(pairing, events, 'villageLiaison')];
}
