import { z } from 'zod';
import { VILLAGE_PARTY_ORG_TYPES } from '../enums';
import { normalizeText } from '../normalize';
import { optionalAmount, optionalChoice, optionalCount, optionalText, requiredRef, requiredText, contactFields } from './common';

/** 「纺织、食品加工」 or ['纺织', '食品加工'] → ['纺织', '食品加工']: trimmed, blanks and repeats dropped. */
export const industryList = z
  .union([z.array(z.string({ error: '主导产业应为文字' })), z.string(), z.null(), z.undefined()], { error: '主导产业应为文字' })
  .optional()
  .transform((v) => {
    const parts = v == null ? [] : Array.isArray(v) ? v : v.split(/[、,，;；/|\n]+/);
    return [...new Set(parts.map((p) => normalizeText(p)).filter(Boolean))];
  })
  .pipe(z.array(z.string().max(20, '每个主导产业不能超过20个字')).max(10, '主导产业最多填写10项'));

export const villagePartyOrgFields = z.object(
  {
    name: optionalText('村党组织名称', 60),
    type: optionalChoice('村党组织类型', VILLAGE_PARTY_ORG_TYPES),
    secretary: optionalText('村党组织书记', 20),
    members: optionalCount('党员数'),
  },
  { error: '村党组织信息有误' },
);

export const villagePartyOrgSchema = villagePartyOrgFields.nullish().transform((v): z.output<typeof villagePartyOrgFields> => v ?? {});

export const villageSchema = z.object({
  townshipId: requiredRef('请选择所属乡镇'),
  name: requiredText('村名', 30),
  areaCode: optionalText('区划代码', 12).refine((v) => v === undefined || /^\d{12}$/.test(v), '区划代码应为12位数字'),
  households: optionalCount('户数'),
  population: optionalCount('人口'),
  surplusLabour: optionalCount('富余劳动力'),
  landlessFarmers: optionalCount('失地农民'),
  industries: industryList,
  collectiveIncome: optionalAmount('村集体收入'),
  partyOrg: villagePartyOrgSchema,
  ...contactFields,
});

export type VillageInput = z.input<typeof villageSchema>;
