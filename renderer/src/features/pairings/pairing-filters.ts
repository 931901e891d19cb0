// The list filters of the pairing page, as a pure function over rows with their names.
import type { PairingStatus } from '@shared/model/enums';
import type { Enterprise, Pairing, Village } from '@shared/model/types';

export type PairingFilter = { status?: PairingStatus; townshipId?: string; area?: string; year?: number; keyword?: string };

export type PairingRow = Pairing & { enterpriseName: string; villageName: string; villageTownshipName: string; responsibleName: string };

export function pairingRows(
  pairings: readonly Pairing[],
  enterprises: ReadonlyMap<string, Enterprise>,
  villages: ReadonlyMap<string, Village>,
  townshipName: (id: string | undefined) => string,
): PairingRow[] {
  return pairings.map((p) => {
    const village = villages.get(p.villageId);
    return {
      ...p,
      enterpriseName: enterprises.get(p.enterpriseId)?.name ?? '（已删除的企业）',
      villageName: village?.name ?? '（已删除的村）',
      villageTownshipName: townshipName(village?.townshipId),
      responsibleName: townshipName(p.responsibleTownshipId),
    };
  });
}

/**
 * 乡镇 matches the responsible township or the township of either side; 年度 is the year of
 * application (the year in the code); the keyword looks in the code and both names.
 */
export function filterPairings(
  rows: readonly PairingRow[],
  f: PairingFilter,
  sideTownships: (row: PairingRow) => readonly (string | undefined)[],
): PairingRow[] {
  const keyword = f.keyword?.trim();
  return rows.filter(
    (r) =>
      (!f.status || r.status === f.status) &&
      (!f.area || r.areas.includes(f.area)) &&
      (!f.year || r.appliedDate.startsWith(String(f.year))) &&
      (!f.townshipId || r.responsibleTownshipId === f.townshipId || sideTownships(r).includes(f.townshipId)) &&
      (!keyword || r.code.includes(keyword) || r.enterpriseName.includes(keyword) || r.villageName.includes(keyword)),
  );
}
