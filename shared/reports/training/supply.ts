// 技能培训供给关系 as the office reads and files it: the relations as a list (enterprise,
// village, pairing, bases, years, 期数/人次/上岗), and as a matrix — villages down the side
// grouped by township, enterprises across, each cell the 期数 trained between the two — with
// the counts the summary states (「36家企业与62个村」). Both sheets go into one print-ready
// workbook (A4 landscape, headers repeated, numbers as numbers).
import type { SupplyRelation } from '../statistics/training-exchange';

export type SupplyNames = {
  enterprise: (id: string) => string;
  village: (id: string) => string;
  /** The township of a village, and its position in county order. */
  villageTownship: (id: string) => { name: string; order: number };
  pairingCode: (id: string) => string;
  /** Names of the bases where the enterprise trained the village's people. */
  bases: (r: SupplyRelation) => string[];
};

export type SupplyMatrix = {
  enterprises: { id: string; name: string; villages: number }[];
  villages: { id: string; name: string; township: string; enterprises: number }[];
  /** 期数 by `${villageId}|${enterpriseId}` (0 when trained without a 期数). */
  cells: Map<string, number>;
};

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'zh-CN');

/** Villages in county order of their townships, then by name; enterprises by how many villages they supply, then by name. */
export function supplyMatrix(relations: readonly SupplyRelation[], names: SupplyNames): SupplyMatrix {
  const cells = new Map<string, number>();
  const villageCount = new Map<string, number>();
  const enterpriseCount = new Map<string, number>();
  for (const r of relations) {
    cells.set(`${r.villageId}|${r.enterpriseId}`, r.sessions);
    villageCount.set(r.villageId, (villageCount.get(r.villageId) ?? 0) + 1);
    enterpriseCount.set(r.enterpriseId, (enterpriseCount.get(r.enterpriseId) ?? 0) + 1);
  }
  const enterprises = [...enterpriseCount].map(([id, villages]) => ({ id, name: names.enterprise(id), villages })).sort((a, b) => b.villages - a.villages || byName(a, b));
  const villages = [...villageCount]
    .map(([id, count]) => ({ id, name: names.village(id), township: names.villageTownship(id), enterprises: count }))
    .sort((a, b) => a.township.order - b.township.order || a.township.name.localeCompare(b.township.name, 'zh-CN') || byName(a, b))
    .map((v) => ({ ...v, township: v.township.name }));
  return { enterprises, villages, cells };
}

