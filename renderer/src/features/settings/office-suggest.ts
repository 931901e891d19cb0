// What an office's details usually are, from its county's name (长汀县 → 中共长汀县委组织部,
// 中共长汀县委员会, 中共长汀县委员会文件, 中共长汀县委办公室): offered while the fields are blank or
// still hold an earlier suggestion, never over what the user typed.
import type { OfficeSettings } from '@shared/model/settings';

export type Suggestible = Pick<OfficeSettings, 'unitName' | 'issuerName' | 'issuerMark' | 'printingOrg' | 'mainRecipients'>;

/** 「长汀」 → the usual names of its organs; empty when no county name is given. */
export function suggestOffice(countyName: string): Partial<Suggestible> {
  const county = countyName.trim();
  if (!county) return {};
  return {
    unitName: `中共${county}委组织部`,
    issuerName: `中共${county}委员会`,
    issuerMark: `中共${county}委员会文件`,
    printingOrg: `中共${county}委办公室`,
    mainRecipients: '各乡（镇）党委、开发区党工委，县直各单位党组织',
  };
}

/** The fields to change when the county name changes: those blank or still equal to the previous suggestion. */
export function followCounty(current: Partial<OfficeSettings>, previousCounty: string, nextCounty: string): Partial<Suggestible> {
  const before = suggestOffice(previousCounty);
  const after = suggestOffice(nextCounty);
  const out: Partial<Suggestible> = {};
  for (const key of Object.keys(after) as (keyof Suggestible)[]) {
    const value = current[key] ?? '';
    if (!value || value === before[key]) out[key] = after[key];
  }
  return out;
}
