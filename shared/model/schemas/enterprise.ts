import { z } from 'zod';
import { ENTERPRISE_PARTY_ORG_TYPES, OWNERSHIPS } from '../enums';
import { validateUscc } from '../uscc';
import { optionalAmount, optionalChoice, optionalCount, optionalPastDate, optionalText, optionalValidated, requiredRef, requiredText, contactFields } from './common';

const PARTY_ORG_TYPE_MESSAGE = `党组织类型应为 ${ENTERPRISE_PARTY_ORG_TYPES.join('、')} 之一（没有党组织的选「未建立」）`;

export const enterprisePartyOrgFields = z.object(
  {
    name: optionalText('企业党组织名称', 60),
    type: z.enum(ENTERPRISE_PARTY_ORG_TYPES, { error: PARTY_ORG_TYPE_MESSAGE }),
    establishedDate: optionalPastDate('党组织建立日期'),
    secretary: optionalText('党组织书记', 20),
    members: optionalCount('党员数'),
  },
  { error: '请填写企业党组织情况（没有党组织的类型选「未建立」）' },
);

export const enterprisePartyOrgSchema = enterprisePartyOrgFields.superRefine((org, ctx) => {
    if (org.type !== '未建立') return;
    if (org.establishedDate) ctx.addIssue({ code: 'custom', path: ['establishedDate'], message: '党组织类型为「未建立」时不应填写建立日期' });
    if (org.secretary) ctx.addIssue({ code: 'custom', path: ['secretary'], message: '党组织类型为「未建立」时不应填写党组织书记' });
  });

export const enterpriseSchema = z.object({
  townshipId: requiredRef('请选择所属乡镇或开发区'),
  name: requiredText('企业名称', 60),
  uscc: optionalValidated(validateUscc),
  industry: optionalText('行业', 20),
  ownership: optionalChoice('经济类型', OWNERSHIPS),
  aboveScale: z.boolean({ error: '请选择是否为规模以上企业' }),
  employees: optionalCount('从业人员'),
  outputValue: optionalAmount('年产值'),
  foundedYear: z
    .number({ error: '成立年份应为四位数年份' })
    .int('成立年份应为四位数年份')
    .nullish()
    .transform((v) => v ?? undefined)
    .refine((v) => v === undefined || (v >= 1900 && v <= new Date().getFullYear()), '成立年份应在1900年至今年之间'),
  partyOrg: enterprisePartyOrgSchema,
  ...contactFields,
});

export type EnterpriseInput = z.input<typeof enterpriseSchema>;
