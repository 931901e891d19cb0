import { z } from 'zod';
import { TOWNSHIP_KINDS } from '../enums';
import { normalizeText } from '../normalize';

const optionalText = (max: number) =>
  z
    .string()
    .transform((s) => normalizeText(s))
    .pipe(z.string().max(max, `不能超过${max}个字`))
    .optional()
    .transform((s) => (s ? s : undefined));

export const townshipSchema = z.object({
  name: z
    .string({ error: '请填写乡镇名称' })
    .transform((s) => normalizeText(s))
    .pipe(z.string().min(1, '请填写乡镇名称').max(30, '乡镇名称不能超过30个字')),
  kind: z.enum(TOWNSHIP_KINDS, { error: '类型应为 乡、镇、街道 或 开发区' }),
  order: z.number({ error: '排序应为数字' }).int('排序应为整数').min(0, '排序不能为负数'),
  leaderName: optionalText(20),
  leaderPost: optionalText(40),
});

export type TownshipInput = z.input<typeof townshipSchema>;
