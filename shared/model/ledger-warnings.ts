// Warnings about ledger entries: shown to the clerk, never blocking, because the registry
// may simply be out of date (a person moved, the village's surplus labour was counted
// last year). Refusals (the active period, bad figures) live elsewhere.
import type { FigureValue, Person } from './types';
import type { LedgerType } from './ledger-catalog';

/** The labour-transfer type and its head-count field, compared with the village's 富余劳动力. */
export const LABOUR_TYPE = 'labour';
export const LABOUR_FIELD = 'sent';

export type PairingSides = { enterpriseId: string; enterpriseName: string; villageId: string; villageName: string };

/** Persons named in an entry (fields of kind 'person') who belong to neither side of the pairing. */
export function personWarnings(
  type: LedgerType,
  figures: Record<string, FigureValue>,
  sides: PairingSides,
  personById: (id: string) => Pick<Person, 'name' | 'orgId'> | undefined,
): string[] {
  const out: string[] = [];
  for (const field of type.fields) {
    if (field.kind !== 'person') continue;
    const id = figures[field.key];
    if (typeof id !== 'string' || !id) continue;
    const person = personById(id);
    if (!person) {
      out.push(`「${field.label}」所选人员不在人员库中`);
      continue;
    }
    if (person.orgId !== sides.enterpriseId && person.orgId !== sides.villageId) {
      out.push(`${type.name}：「${person.name}」既不是「${sides.enterpriseName}」也不是「${sides.villageName}」的人员，请核对`);
    }
  }
  return out;
}

/** Labour sent from a village in a year, beyond its surplus labour. */
export function labourWarning(villageName: string, year: number, surplus: number | undefined, sentInYear: number): string | null {
  if (surplus === undefined || surplus === null || sentInYear <= surplus) return null;
  return `「${villageName}」${year}年累计输送劳动力 ${sentInYear} 人，超过该村富余劳动力（${surplus} 人），请核对`;
}

/** Persons named in an entry of an enterprise or a village alone who are not of that organization. */
export function orgPersonWarnings(
  type: LedgerType,
  figures: Record<string, FigureValue>,
  org: { id: string; name: string },
  personById: (id: string) => Pick<Person, 'name' | 'orgId'> | undefined,
): string[] {
  return type.fields
    .filter((f) => f.kind === 'person' && typeof figures[f.key] === 'string' && figures[f.key])
    .flatMap((f) => {
      const person = personById(figures[f.key] as string);
      if (!person) return [`「${f.label}」所选人员不在人员库中`];
      return person.orgId === org.id ? [] : [`${type.name}：「${person.name}」不是「${org.name}」的人员，请核对`];
    });
}
