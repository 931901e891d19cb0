// The dictionaries' defaults and the title targets, apart from dictionaries.ts's schemas so the
// settings' defaults need no zod (read at every start).
import { COOPERATION_AREAS, DEFAULT_INDUSTRIES } from './enums';

/** Who a title may go to: a party organization (of an enterprise or a village), a pairing (联建点) or a person. */
export const TITLE_TARGETS = ['org', 'pairing', 'person'] as const;
export type TitleTarget = (typeof TITLE_TARGETS)[number];

export const TITLE_TARGET_LABELS: Record<TitleTarget, string> = {
  org: '党组织（企业、村）',
  pairing: '联建点',
  person: '个人',
};

export type TitleEntry = { name: string; target: TitleTarget };

export const DEFAULT_TITLES: readonly TitleEntry[] = [
  { name: '先进基层党组织', target: 'org' },
  { name: '优秀联建点', target: 'pairing' },
  { name: '优秀党务工作者', target: 'person' },
  { name: '优秀共产党员', target: 'person' },
];

export const DEFAULT_INDUSTRY_LIST: readonly string[] = [...DEFAULT_INDUSTRIES];
export const DEFAULT_AREA_LIST: readonly string[] = [...COOPERATION_AREAS];
