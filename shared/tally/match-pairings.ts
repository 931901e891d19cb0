// Which pairing a tally row reports: by its code (LJ2008-001), else by the enterprise and the
// village, written in two cells or in one (「某某公司—红星村」). Names are compared after
// normalization; 「红星」 finds 红星村, and an enterprise written short finds the one pairing
// of the scope whose enterprise name contains it. Only the pairings of the tally's scope
// (its township, or enterprise) and year are candidates.
import { normalizeText } from '../model/normalize';

export type PairingCandidate = { id: string; code: string; enterpriseName: string; villageName: string };

export type MatchOutcome = { ok: true; pairingId: string } | { ok: false; column: 'code' | 'pair' | 'enterpriseName' | 'villageName'; message: string };

const norm = (s: unknown) => normalizeText(typeof s === 'string' || typeof s === 'number' ? String(s) : '').replace(/\s+/g, '');

const SEPARATORS = /\s*(?:——|—|－|―|-|–|\/|／|与|和)\s*/;

/** 「某某公司—红星村」 → ['某某公司', '红星村']; anything not split in two → null. */
export function splitPair(text: string): [string, string] | null {
  const parts = norm(text).split(SEPARATORS).filter(Boolean);
  return parts.length === 2 ? [parts[0], parts[1]] : null;
}

const villageMatches = (written: string, name: string) => {
  const n = norm(name);
  return n === written || n === `${written}村` || n.replace(/村$/, '') === written.replace(/村$/, '');
};

function byNames(candidates: readonly PairingCandidate[], enterprise: string, village: string): PairingCandidate[] {
  const forVillage = candidates.filter((c) => villageMatches(village, c.villageName));
  const exact = forVillage.filter((c) => norm(c.enterpriseName) === enterprise);
  if (exact.length) return exact;
  return forVillage.filter((c) => norm(c.enterpriseName).includes(enterprise) || enterprise.includes(norm(c.enterpriseName)));
}

export function matchPairing(candidates: readonly PairingCandidate[], values: Record<string, unknown>): MatchOutcome {
  const code = norm(values.code).toUpperCase();
  if (code) {
    const hit = candidates.find((c) => norm(c.code).toUpperCase() === code);
    return hit ? { ok: true, pairingId: hit.id } : { ok: false, column: 'code', message: `联建编号「${code}」不是本单位本年度的联建点` };
  }
  let enterprise = norm(values.enterpriseName);
  let village = norm(values.villageName);
  let column: 'pair' | 'enterpriseName' | 'villageName' = 'enterpriseName';
  if ((!enterprise || !village) && norm(values.pair)) {
    const split = splitPair(String(values.pair));
    if (!split) return { ok: false, column: 'pair', message: `无法从「${norm(values.pair)}」分出企业和村，请写成「企业名称—村名」` };
    [enterprise, village] = split;
    column = 'pair';
  }
  if (!enterprise || !village) return { ok: false, column: village ? 'enterpriseName' : 'villageName', message: '未填写联建编号，也未填写企业和村的名称，无法确定是哪个联建点' };
  const hits = byNames(candidates, enterprise, village);
  if (hits.length === 1) return { ok: true, pairingId: hits[0].id };
  if (hits.length > 1) return { ok: false, column, message: `「${enterprise}—${village}」对应多个联建点（${hits.map((h) => h.code).join('、')}），请填写联建编号` };
  return { ok: false, column: column === 'pair' ? 'pair' : 'villageName', message: `找不到「${enterprise}」与「${village}」的联建点（本单位本年度）` };
}
