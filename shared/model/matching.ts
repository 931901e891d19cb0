// The matching aid for 双向选择: for one enterprise, the villages ranked by how well they fit
// (and the reverse), each with the reasons in words. The article's "两难两不足" is the idea:
// villages with surplus labour and few jobs meet enterprises short of workers. Scores are
// simple and explainable on purpose — a clerk must be able to say why a village is on top.
//
//   same township                      30   (workers commute; the township can coordinate)
//   industry fit                       30 exact / 15 related (a shared two-character word)
//   surplus labour against staff       0–25 (full when the village could supply a tenth of the staff)
//   not yet paired with anyone         15
// A pair that already has a live pairing is left out: it cannot be applied for again.
import type { Enterprise, Pairing, Village } from './types';
import { isLive } from './pairing-rules';

export type MatchReason = { label: string; points: number };
export type Match<T> = { item: T; score: number; reasons: MatchReason[] };

type Names = { townshipName: (id: string) => string };

export const MATCH_POINTS = { sameTownship: 30, industryExact: 30, industryRelated: 15, labourMax: 25, unpaired: 15 } as const;

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 2 <= s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

function industryFit(enterpriseIndustry: string | undefined, villageIndustries: readonly string[]): MatchReason | null {
  if (!enterpriseIndustry) return null;
  const exact = villageIndustries.find((i) => i === enterpriseIndustry);
  if (exact) return { label: `村主导产业「${exact}」与企业行业相同`, points: MATCH_POINTS.industryExact };
  const words = bigrams(enterpriseIndustry);
  const related = villageIndustries.find((i) => [...bigrams(i)].some((w) => words.has(w)));
  if (related) return { label: `村主导产业「${related}」与企业行业「${enterpriseIndustry}」相关`, points: MATCH_POINTS.industryRelated };
  return null;
}

function labourFit(surplus: number | undefined, employees: number | undefined): MatchReason | null {
  if (!surplus || surplus <= 0) return null;
  if (!employees || employees <= 0) {
    return { label: `村有富余劳动力 ${surplus} 人（企业职工数未填）`, points: Math.round(MATCH_POINTS.labourMax / 5) };
  }
  const tenth = employees / 10;
  const points = Math.round(MATCH_POINTS.labourMax * Math.min(1, surplus / tenth));
  const share = Math.round((surplus / employees) * 100);
  return {
    label: surplus >= tenth ? `富余劳动力 ${surplus} 人，可满足企业（职工 ${employees} 人）一成以上的用工` : `富余劳动力 ${surplus} 人，约为企业职工数（${employees} 人）的 ${share}%`,
    points,
  };
}

function livePartners(pairings: readonly Pairing[], side: 'enterpriseId' | 'villageId', id: string): Pairing[] {
  return pairings.filter((p) => isLive(p) && p[side] === id);
}

function rank<T extends { name: string }>(matches: Match<T>[]): Match<T>[] {
  return matches.sort((a, b) => b.score - a.score || a.item.name.localeCompare(b.item.name, 'zh-CN'));
}

function score<T>(item: T, reasons: (MatchReason | null)[]): Match<T> {
  const kept = reasons.filter((r): r is MatchReason => r !== null);
  return { item, score: kept.reduce((s, r) => s + r.points, 0), reasons: kept };
}

function pairedReason(count: number, unit: string): MatchReason {
  return count === 0 ? { label: '尚未联建', points: MATCH_POINTS.unpaired } : { label: `已与 ${count} ${unit}联建`, points: 0 };
}

/** Villages for an enterprise, best first. */
export function rankVillages(enterprise: Enterprise, villages: readonly Village[], pairings: readonly Pairing[], names: Names): Match<Village>[] {
  const mine = new Set(livePartners(pairings, 'enterpriseId', enterprise.id).map((p) => p.villageId));
  return rank(
    villages
      .filter((v) => !v.deleted && !mine.has(v.id))
      .map((v) =>
        score(v, [
          v.townshipId === enterprise.townshipId ? { label: `同在${names.townshipName(v.townshipId)}`, points: MATCH_POINTS.sameTownship } : null,
          industryFit(enterprise.industry, v.industries),
          labourFit(v.surplusLabour, enterprise.employees),
          pairedReason(livePartners(pairings, 'villageId', v.id).length, '家企业'),
        ]),
      ),
  );
}

/** Enterprises for a village, best first. */
export function rankEnterprises(village: Village, enterprises: readonly Enterprise[], pairings: readonly Pairing[], names: Names): Match<Enterprise>[] {
  const mine = new Set(livePartners(pairings, 'villageId', village.id).map((p) => p.enterpriseId));
  return rank(
    enterprises
      .filter((e) => !e.deleted && !mine.has(e.id))
      .map((e) =>
        score(e, [
          e.townshipId === village.townshipId ? { label: `同在${names.townshipName(e.townshipId)}`, points: MATCH_POINTS.sameTownship } : null,
          industryFit(e.industry, village.industries),
          labourFit(village.surplusLabour, e.employees),
          pairedReason(livePartners(pairings, 'enterpriseId', e.id).length, '个村'),
        ]),
      ),
  );
}
