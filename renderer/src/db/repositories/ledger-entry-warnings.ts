// Warnings about ledger entries before they are saved — a person who belongs to neither
// side of the pairing (or not to the organization of an entry of its own), labour sent from
// a village in a year beyond its surplus labour — counting what is stored (the aggregates),
// the other entries of the same batch, and leaving out the entry being replaced. Read-only.
import type { LedgerType } from '@shared/model/ledger-catalog';
import { validateFigures } from '@shared/model/ledger-validate';
import { LABOUR_FIELD, LABOUR_TYPE, labourWarning, orgPersonWarnings, personWarnings } from '@shared/model/ledger-warnings';
import type { LedgerEntry, Pairing } from '@shared/model/types';
import type { AppDatabase } from '../database';
import { aggregateId } from './ledger-aggregates';
import type { LedgerInput } from './ledger-entries';

export type WarningInput = Pick<LedgerInput, 'pairingId' | 'enterpriseId' | 'villageId' | 'type' | 'date' | 'figures'>;

const unique = (xs: (string | undefined)[]) => [...new Set(xs.filter((x): x is string => Boolean(x)))];

export async function ledgerWarnings(db: AppDatabase, catalog: readonly LedgerType[], inputs: readonly WarningInput[], replacing?: LedgerEntry): Promise<string[][]> {
  const pairings = new Map((await db.pairings.bulkGet(unique(inputs.map((i) => i.pairingId)))).filter((p): p is Pairing => Boolean(p)).map((p) => [p.id, p]));
  const villageOf = (i: WarningInput) => (i.pairingId ? pairings.get(i.pairingId)?.villageId : i.villageId);
  const enterpriseOf = (i: WarningInput) => (i.pairingId ? pairings.get(i.pairingId)?.enterpriseId : i.enterpriseId);
  const [enterprises, villages] = await Promise.all([db.enterprises.bulkGet(unique(inputs.map(enterpriseOf))), db.villages.bulkGet(unique(inputs.map(villageOf)))]);
  const nameOf = (list: ({ id: string; name: string } | undefined)[], id: string | undefined) => list.find((x) => x?.id === id)?.name ?? '';
  const personIds = unique(inputs.flatMap((i) => Object.values(i.figures)).filter((v): v is string => typeof v === 'string'));
  const persons = new Map((await db.persons.bulkGet(personIds)).filter((p) => p).map((p) => [p!.id, p!]));
  const byId = (id: string) => persons.get(id);

  const sentByVillageYear = new Map<string, number>();
  const out = inputs.map((input) => {
    const type = catalog.find((t) => t.key === input.type);
    if (!type) return [];
    const figures = validateFigures(type, input.figures).figures;
    const villageId = villageOf(input);
    if (type.key === LABOUR_TYPE && villageId && typeof figures[LABOUR_FIELD] === 'number') {
      const key = `${villageId}|${input.date.slice(0, 4)}`;
      sentByVillageYear.set(key, (sentByVillageYear.get(key) ?? 0) + (figures[LABOUR_FIELD] as number));
    }
    const pairing = input.pairingId ? pairings.get(input.pairingId) : undefined;
    if (pairing) {
      const sides = { enterpriseId: pairing.enterpriseId, enterpriseName: nameOf(enterprises, pairing.enterpriseId), villageId: pairing.villageId, villageName: nameOf(villages, pairing.villageId) };
      return personWarnings(type, figures, sides, byId);
    }
    const orgId = input.enterpriseId ?? input.villageId;
    if (!orgId) return [];
    return orgPersonWarnings(type, figures, { id: orgId, name: nameOf(input.enterpriseId ? enterprises : villages, orgId) }, byId);
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
    const replaced = replacing && !replacing.deleted && replacing.type === LABOUR_TYPE && replacing.year === year;
    if (replaced && (villagePairings.includes(replacing.pairingId ?? '') || replacing.villageId === villageId)) stored -= Number(replacing.figures[LABOUR_FIELD] ?? 0);
    const warning = labourWarning(village?.name ?? '', year, village?.surplusLabour, stored + batchSent);
    if (!warning) continue;
    inputs.forEach((input, i) => {
      if (input.type === LABOUR_TYPE && villageOf(input) === villageId && input.date.startsWith(yearText)) out[i].push(warning);
    });
  }
  return out;
}
