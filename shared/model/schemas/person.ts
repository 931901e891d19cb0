import { z } from 'zod';
import { GENDERS, POLITICAL_STATUSES } from '../enums';
import { genderFromIdCard, validateIdCard } from '../idcard';
import { optionalChoice, optionalPhone, optionalText, optionalValidated, requiredText } from './common';

export const PERSON_ORG_KINDS = ['enterprise', 'village', 'none'] as const;

export const personSchema = z
  .object({
    name: requiredText('姓名', 20),
    gender: optionalChoice('性别', GENDERS),
    idNumber: optionalValidated((raw) => validateIdCard(raw)),
    phone: optionalPhone('联系电话'),
    politicalStatus: optionalChoice('政治面貌', POLITICAL_STATUSES),
    orgKind: z
      .enum(PERSON_ORG_KINDS, { error: '所在单位类型应为企业、村或无' })
      .nullish()
      .transform((v) => v ?? 'none'),
    orgId: optionalText('所在单位', 64),
    post: optionalText('职务', 40),
  })
  .superRefine((p, ctx) => {
    if (p.orgKind === 'enterprise' && !p.orgId) ctx.addIssue({ code: 'custom', path: ['orgId'], message: '请选择所在企业' });
    if (p.orgKind === 'village' && !p.orgId) ctx.addIssue({ code: 'custom', path: ['orgId'], message: '请选择所在村' });
    if (p.idNumber && p.gender) {
      const fromId = genderFromIdCard(p.idNumber);
      if (fromId && fromId !== p.gender) ctx.addIssue({ code: 'custom', path: ['gender'], message: `性别与身份证号不符（身份证号显示为${fromId}）` });
    }
  })
  // A person with no organization carries no stale organization id.
  .transform((p) => (p.orgKind === 'none' ? { ...p, orgId: undefined } : p));

export type PersonInput = z.input<typeof personSchema>;
