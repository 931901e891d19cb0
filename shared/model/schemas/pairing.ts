// Validation of a pairing application (联建申请) and of a 变更, from forms and imports alike.
// Texts are normalized (full-width digits, stray spaces) before they are checked and stored.
import { z } from 'zod';
import { PAIRING_FORMATIONS } from '../enums';
import { isRealDate } from '../parse-date';
import { sortAreas } from '../pairing-changes';
import { optionalPhone, optionalText, requiredRef, requiredText } from './common';

export const isoDate = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isRealDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))), `${label}不是有效日期`);

/** A liaison: a person of the organization (personId) or just a name; no name means none. */
export const liaisonSchema = z
  .object({
    personId: z.string().optional(),
    name: optionalText('联络员姓名', 20),
    phone: optionalPhone('联络电话'),
  })
  .nullish()
  .transform((l) => (l?.name ? { name: l.name, ...(l.personId ? { personId: l.personId } : {}), ...(l.phone ? { phone: l.phone } : {}) } : undefined));

const leaderSchema = z
  .object({ name: optionalText('挂钩领导姓名', 20), post: optionalText('挂钩领导职务', 40) })
  .nullish()
  .transform((l) => (l?.name ? { name: l.name, ...(l.post ? { post: l.post } : {}) } : undefined));

// Any short text: which areas a *new* value may take is the dictionary's business (设置 → 字典,
// checked by the forms, the import and the repository), so a shrunk dictionary never makes a
// stored pairing invalid.
const areas = z.array(requiredText('联建内容', 20), { error: '联建内容应为列表' }).transform((a) => sortAreas(a));

export const pairingApplicationSchema = z.object({
  /** A given code (from an imported list); generated when absent. */
  code: optionalText('联建编号', 30),
  enterpriseId: requiredRef('请选择企业'),
  villageId: requiredRef('请选择村'),
  formation: z.enum(PAIRING_FORMATIONS, { error: '联建方式应为“双向选择”或“组织推荐”' }),
  areas,
  enterpriseLiaison: liaisonSchema,
  villageLiaison: liaisonSchema,
  responsibleTownshipId: requiredRef('请选择挂钩乡镇（开发区）'),
  responsibleLeader: leaderSchema,
  agreement: optionalText('联建协议', 5000),
  appliedDate: isoDate('申请日期'),
});

export type PairingApplicationInput = z.input<typeof pairingApplicationSchema>;
export type PairingApplication = z.output<typeof pairingApplicationSchema>;

export const pairingChangeSchema = z.object({
  areas: areas.optional(),
  enterpriseLiaison: liaisonSchema,
  villageLiaison: liaisonSchema,
  responsibleTownshipId: z.string().min(1, '请选择挂钩乡镇（开发区）').optional(),
  responsibleLeader: leaderSchema,
  agreement: optionalText('联建协议', 5000),
});

export type PairingChangeInput = z.input<typeof pairingChangeSchema>;
