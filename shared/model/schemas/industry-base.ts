// 产业基地: the record rules every way in shares (the form, the import, the restore).
import { z } from 'zod';
import { localToday, optionalAmount, optionalCount, optionalText, requiredRef, requiredText } from './common';

/** 1990 … this year. */
const yearField = z
  .number({ error: '请填写建立年份' })
  .int('建立年份应为四位年份，如 2007')
  .min(1990, '建立年份应在1990年以后')
  .refine((y) => y <= Number(localToday().slice(0, 4)), '建立年份不能晚于今年');

const MAX_AREA = 1_000_000;

export const industryBaseSchema = z.object({
  name: requiredText('基地名称', 40),
  product: optionalText('主要产品', 40),
  area: optionalAmount('面积').refine((v) => v === undefined || v <= MAX_AREA, `面积不能超过${MAX_AREA}亩`),
  households: optionalCount('带动农户'),
  incomePerHousehold: optionalAmount('户均增收'),
  enterpriseGain: optionalAmount('企业增效'),
  pairingIds: z
    .array(requiredRef('请选择所属联建'), { error: '请选择所属联建' })
    .min(1, '请选择所属联建')
    .max(10, '所属联建最多10个')
    .refine((ids) => new Set(ids).size === ids.length, '所属联建有重复'),
  year: yearField,
  townshipId: requiredRef('所属联建没有负责乡镇'),
  description: optionalText('情况说明', 500),
});

export type IndustryBaseInput = z.input<typeof industryBaseSchema>;

/** Labels of the fields, for messages, the audit log and the list's columns. */
export const INDUSTRY_BASE_LABELS = {
  name: '基地名称',
  product: '主要产品',
  area: '面积（亩）',
  households: '带动农户（户）',
  incomePerHousehold: '户均增收（元/年）',
  enterpriseGain: '企业增效（万元/年）',
  pairingIds: '所属联建',
  year: '建立年份',
  townshipId: '乡镇',
  description: '情况说明',
} as const;
