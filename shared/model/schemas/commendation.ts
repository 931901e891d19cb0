// 评先表彰: a commendation round (year, level, titles) and its nominees, the status path
// 推荐 → 公示 → 批准, and the document number (文号) an approval needs.
import { z } from 'zod';
import { COMMENDATION_LEVELS, NOMINEE_KINDS, type CommendationLevel, type CommendationStatus, type NomineeKind } from '../enums';
import { normalizeText } from '../normalize';
import { parseDate } from '../parse-date';
import { fail, ok, type Result } from '../result';
import type { CommendationRound, IsoDate, Nominee } from '../types';
import { optionalPhone, optionalText, requiredRef, requiredText } from './common';
import { imprintDraftFields, type ImprintDraft } from './imprint';

/** What the publicity notice (公示) needs that only the office knows; its 版记 as edited. */
export type PublicityDetails = ImprintDraft & {
  startDate?: IsoDate;
  endDate?: IsoDate;
  /** 受理电话 */
  phone?: string;
  /** 受理地址 or mailbox */
  address?: string;
  /** 标题 as edited (「/」 or a line break marks where its lines break); blank: the generated one. */
  title?: string;
};

/**
 * The decision's text as the office edited it, and its 版记; blank parts fall back to the
 * generated default (版记: to 设置 and the decision date).
 */
export type DecisionDraft = ImprintDraft & {
  /** 发文机关标志, e.g. 「中共长汀县委员会文件」 */
  issuerMark?: string;
  /** 标题; 「/」 or a line break marks where its lines break. */
  title?: string;
  addressee?: string;
  /** Paragraphs separated by line breaks. */
  body?: string;
  signature?: string;
};

/** A round as stored: the model's fields plus the documents' editable parts. */
export type CommendationRoundRecord = CommendationRound & {
  /** e.g. 「2008年度村企党组织联建活动先进表彰」; shown in lists. */
  name?: string;
  publicity?: PublicityDetails;
  decision?: DecisionDraft;
};

export const NOMINEE_KIND_LABELS: Record<NomineeKind, string> = {
  enterprise: '企业党组织',
  village: '村党组织',
  pairing: '联建点',
  person: '个人',
};

/** Order of the kinds in every list and document. */
export const NOMINEE_KIND_ORDER: readonly NomineeKind[] = ['enterprise', 'village', 'pairing', 'person'];

export const NOMINEE_SOURCES = ['手工', '台账', '考评', '导入'] as const;

const DOC_NUMBER = /^([\u4e00-\u9fffA-Za-z]{1,12})〔(\d{4})〕0*([1-9]\d{0,3})号$/;

/**
 * 文号 in the form 「汀委〔2008〕42号」: organ abbreviation, the full year in 六角括号 〔〕, the
 * serial number without leading zeros and 号 (GB/T 9704 §7.2.3). Brackets typed as [ ] ( )
 * 【 】 ［ ］ are turned into 〔 〕; leading zeros of the serial are dropped.
 */
export function parseDocNumber(raw: unknown): Result<{ text: string; year: number; serial: number }> {
  const s = normalizeText(raw)
    .replace(/\s+/g, '')
    .replace(/^(.*?)[[(（【［〔]/, '$1〔')
    .replace(/[\])）】］〕](\d)/, '〕$1');
  if (!s) return fail('请填写文号，如 汀委〔2008〕42号');
  if (/第/.test(s)) return fail('文号的序号前不加「第」字，如 汀委〔2008〕42号');
  const m = DOC_NUMBER.exec(s);
  if (!m) return fail(`文号「${s}」格式不对，应为 发文机关代字〔年份〕序号号，如 汀委〔2008〕42号`);
  const year = Number(m[2]);
  const serial = Number(m[3]);
  return ok({ text: `${m[1]}〔${year}〕${serial}号`, year, serial });
}

/** Whether the round is the county's own (县委) — the others are recorded, not issued, here. */
export const isCountyRound = (r: Pick<CommendationRound, 'level'>): boolean => r.level === '县委';

/**
 * The transitions the status path allows; everything else is refused with the reason. A round
 * of the 上级党委 (市委, 省委) is recorded here after the fact: its honourees are entered and then
 * its 文号 (批准) — the publicity was the superior's, so it has no 公示 step in this county.
 */
export function checkTransition(from: CommendationStatus, to: CommendationStatus, level: CommendationLevel = '县委'): Result<null> {
  if (from === to) return fail(`已是「${to}」状态`);
  if (level !== '县委') {
    if (from === '推荐' && to === '批准') return ok(null);
    if (to === '公示') return fail(`${level}表彰由上级党委公示，本县不另行公示；登记名单后直接填写上级文号`);
  }
  if (from === '推荐' && to === '公示') return ok(null);
  if (from === '公示' && to === '推荐') return ok(null);
  if (from === '公示' && to === '批准') return ok(null);
  if (from === '推荐' && to === '批准') return fail('须先公示，公示期满后才能批准');
  return fail('已批准的表彰不能再改变状态');
}

/** Nominees may be added only while 推荐 (a later addition would skip the publicity), removed until 批准. */
export function nomineeChangeAllowed(status: CommendationStatus, change: 'add' | 'edit' | 'remove'): Result<null> {
  if (status === '批准') return fail('表彰已批准，名单不能再修改');
  if (status === '公示' && change === 'add') return fail('公示期间不能增加对象；如需增加，请先「撤回公示」');
  return ok(null);
}

const titleText = requiredText('荣誉称号', 30);

export const roundSchema = z.object({
  year: z.number({ error: '请填写年度' }).int('年度应为整数').min(1990, '年度应在1990至2100之间').max(2100, '年度应在1990至2100之间'),
  level: z.enum(COMMENDATION_LEVELS, { error: '级别应为 县委、市委 或 省委' }),
  titles: z
    .array(titleText, { error: '请至少选择一个荣誉称号' })
    .min(1, '请至少选择一个荣誉称号')
    .max(10, '荣誉称号最多10个')
    .refine((t) => new Set(t).size === t.length, '荣誉称号有重复'),
  name: optionalText('表彰名称', 60),
});

export type RoundInput = z.input<typeof roundSchema>;

/** 公示 details: dates as any form parseDate takes, the end not before the start. */
export const publicitySchema = z
  .object({
    startDate: z.unknown().optional(),
    endDate: z.unknown().optional(),
    phone: optionalPhone('受理电话'),
    address: optionalText('受理地址', 80),
    title: optionalText('标题', 80),
    ...imprintDraftFields,
  })
  .transform((v, ctx) => {
    const date = (raw: unknown, label: string): string | undefined => {
      const r = parseDate(raw);
      if (!r.ok) {
        ctx.addIssue({ code: 'custom', message: `${label}：${r.error}` });
        return undefined;
      }
      return r.value?.iso;
    };
    const out: PublicityDetails = {
      startDate: date(v.startDate, '公示开始日期'),
      endDate: date(v.endDate, '公示结束日期'),
      phone: v.phone,
      address: v.address,
      title: v.title,
      copyTo: v.copyTo,
      printingOrg: v.printingOrg,
      printDate: v.printDate,
    };
    if (out.startDate && out.endDate && out.endDate < out.startDate) ctx.addIssue({ code: 'custom', message: '公示结束日期不能早于开始日期' });
    return out;
  });

/** What the publicity notice cannot be written without. */
export function publicityMissing(p: PublicityDetails | undefined): string[] {
  const missing: string[] = [];
  if (!p?.startDate || !p.endDate) missing.push('公示期（开始和结束日期）');
  if (!p?.phone) missing.push('受理电话');
  return missing;
}

export const decisionDraftSchema = z.object({
  issuerMark: optionalText('发文机关标志', 30),
  title: optionalText('标题', 80),
  addressee: optionalText('主送机关', 120),
  body: z
    .string()
    .nullish()
    .transform((s) => (s ? normalizeText(s) : undefined))
    .pipe(z.string().max(5000, '正文不能超过5000个字').optional()),
  signature: optionalText('署名', 40),
  ...imprintDraftFields,
});

export const nomineeSchema = z.object({
  roundId: requiredRef('缺少表彰轮次'),
  title: titleText,
  kind: z.enum(NOMINEE_KINDS, { error: '对象类型应为 企业党组织、村党组织、联建点 或 个人' }),
  refId: requiredRef('请选择推荐对象'),
  displayName: requiredText('名称', 100),
  deed: optionalText('事迹简介', 500),
  source: z.enum(NOMINEE_SOURCES, { error: '推荐来源有误' }),
});

export type NomineeInput = z.input<typeof nomineeSchema>;
export type NomineeDraft = Omit<Nominee, 'id' | 'createdAt' | 'updatedAt' | 'deleted' | 'deletedAt'>;

/** 「2008年度 县委表彰」 — how a round is named where it has no name of its own. */
export function roundLabel(r: Pick<CommendationRoundRecord, 'year' | 'level' | 'name'>): string {
  return r.name || `${r.year}年度${r.level}表彰`;
}

/** The approval as the approve dialog sends it: a valid 文号 and a date in the 文号's year. */
export function checkApproval(input: { docNumber: unknown; decisionDate: unknown }): Result<{ docNumber: string; decisionDate: IsoDate }> {
  const doc = parseDocNumber(input.docNumber);
  if (!doc.ok) return doc;
  const date = parseDate(input.decisionDate);
  if (!date.ok) return fail(`决定日期：${date.error}`);
  if (!date.value || date.value.precision !== 'day') return fail('请填写决定日期（年月日），如 2008-12-03');
  const year = Number(date.value.iso.slice(0, 4));
  if (year !== doc.value.year) return fail(`文号年份（${doc.value.year}）与决定日期（${year}年）不一致`);
  return ok({ docNumber: doc.value.text, decisionDate: date.value.iso });
}
