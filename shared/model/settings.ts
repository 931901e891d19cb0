// Every setting the app keeps, by key, with its schema and its default. A value is checked
// when it is written (a bad value is refused with a message) and when it is read (a stored
// value that no longer checks out — a hand-edited backup, an older version's shape — falls
// back to the default, and the caller is told so it can say it). Restore runs the same check
// over the settings table. Adding a setting is one entry in SETTING_SCHEMAS: every key the app
// stores in the settings table must be listed there (a restore refuses a backup holding a key
// that is not), and read and written only through getSetting / setSetting
// (renderer/src/db/settings.ts), never with db.settings directly.
import { z } from 'zod';
import { certificateLayoutSchema, printerOffsetSchema, type CertificateLayout, type PrinterOffset } from '../reports/commendation/certificate';
import { normalizeText } from './normalize';
import { cooperationAreasSchema, industriesSchema, titlesSchema, type TitleEntry } from './dictionaries';
import { DEFAULT_OFFICE, SETTING_FALLBACKS } from './setting-defaults';

const text = (label: string, max: number) =>
  z
    .string({ error: `${label}应为文字` })
    .transform((s) => normalizeText(s))
    .pipe(z.string().max(max, `${label}不能超过${max}个字`));

/** The office's own details, used in the header and in every document the app writes. */
const officeFields = z.object({
  /** 单位名称, e.g. 中共长汀县委组织部 */
  unitName: text('单位名称', 40).default(''),
  /** 县名, e.g. 长汀县 */
  countyName: text('县名', 20).default(''),
  /** 发文机关, e.g. 中共长汀县委员会 */
  issuerName: text('发文机关', 40).default(''),
  /** 发文机关标志, e.g. 中共长汀县委员会文件 (older versions stored the organ's name alone here) */
  issuerMark: text('发文机关标志', 40).default(''),
  /** 文号前缀, e.g. 汀委 */
  docPrefix: text('文号前缀', 10).default(''),
  /** 上级党委, e.g. 中共龙岩市委 (where the city commends) */
  superiorName: text('上级党委', 40).default(''),
  /** Default 主送机关 of a 公文 */
  mainRecipients: text('主送机关', 200).default(''),
  /** Default 抄送机关 of a 公文 (版记) */
  copyTo: text('抄送机关', 200).default(''),
  /** Default 印发机关 of a 公文 (版记), e.g. 中共长汀县委办公室 */
  printingOrg: text('印发机关', 40).default(''),
  /** 联系人 and 联系电话 printed on a 公示 */
  contactName: text('联系人', 20).default(''),
  contactPhone: text('联系电话', 30).default(''),
});

/**
 * Versions before 设置 stored the organ's name (中共长汀县委员会) as issuerMark; read so, it
 * becomes the 发文机关 and its 标志 gains 「文件」.
 */
function upgradeOffice(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const o = raw as Record<string, unknown>;
  if (o.issuerName !== undefined || typeof o.issuerMark !== 'string' || !o.issuerMark || o.issuerMark.endsWith('文件')) return raw;
  return { ...o, issuerName: o.issuerMark, issuerMark: `${o.issuerMark}文件` };
}

export const officeSchema = z.preprocess(upgradeOffice, officeFields);

export type OfficeSettings = z.output<typeof officeFields>;

// officeSchema.parse({}), written out without zod (setting-defaults.ts; a test keeps them equal).
export { DEFAULT_OFFICE };

/** 示例数据's memo: the batch loaded and the office details and working year it replaced (put back on clearing). */
const sampleMemoSchema = z.object(
  {
    batchId: z.string({ error: '示例数据批次应为文字' }).min(1, '缺少示例数据批次'),
    office: officeSchema,
    workingYear: z.number({ error: '工作年度应为年份' }).int('工作年度应为年份').min(1900, '工作年度不对').max(2100, '工作年度不对'),
    /** What loading set: the office details (null: it left the office alone) and the working year; memos of older versions lack both. */
    setOffice: officeSchema.nullable().optional(),
    setYear: z.number({ error: '工作年度应为年份' }).int('工作年度应为年份').min(1900, '工作年度不对').max(2100, '工作年度不对').optional(),
  },
  { error: '示例数据记录格式不对' },
);
export type SampleMemo = z.output<typeof sampleMemoSchema>;

const printerName = z
  .string({ error: '打印机名称应为文字' })
  .transform((s) => normalizeText(s))
  .pipe(z.string().max(60, '打印机名称不能超过60个字'));

/** The schema and default of each setting key. */
export const SETTING_SCHEMAS = {
  office: { label: '单位信息', schema: officeSchema, fallback: SETTING_FALLBACKS.office as () => OfficeSettings },
  workingYear: {
    label: '工作年度',
    schema: z.number({ error: '工作年度应为年份' }).int('工作年度应为年份').min(2000, '工作年度不能早于2000年').max(2100, '工作年度不能晚于2100年'),
    fallback: SETTING_FALLBACKS.workingYear,
  },
  largeText: { label: '大字模式', schema: z.boolean({ error: '大字模式应为是或否' }), fallback: SETTING_FALLBACKS.largeText },
  /** 字典: the industries offered for enterprises and villages. */
  industries: { label: '行业字典', schema: industriesSchema, fallback: SETTING_FALLBACKS.industries },
  /** 字典: the cooperation areas (联建内容) of a pairing. */
  cooperationAreas: { label: '联建内容字典', schema: cooperationAreasSchema, fallback: SETTING_FALLBACKS.cooperationAreas },
  /** 字典: the commendation titles and whom each goes to. */
  commendationTitles: { label: '荣誉称号字典', schema: titlesSchema, fallback: SETTING_FALLBACKS.commendationTitles as () => TitleEntry[] },
  sampleData: { label: '示例数据记录', schema: sampleMemoSchema, fallback: SETTING_FALLBACKS.sampleData as () => SampleMemo | null },
  'commendation.certificateLayout': { label: '荣誉证书版式', schema: certificateLayoutSchema, fallback: SETTING_FALLBACKS['commendation.certificateLayout'] as () => CertificateLayout },
  'commendation.printerOffsets': {
    label: '打印机偏移校准',
    schema: z.record(printerName.pipe(z.string().min(1, '打印机名称不能为空')), printerOffsetSchema, { error: '打印机偏移校准格式不对' }),
    fallback: SETTING_FALLBACKS['commendation.printerOffsets'] as () => Record<string, PrinterOffset>,
  },
  'commendation.printer': { label: '当前打印机', schema: printerName, fallback: SETTING_FALLBACKS['commendation.printer'] },
  /** 月报截止日: a month's report is due by this day of the next month. */
  reportDeadlineDay: {
    label: '月报截止日',
    schema: z.number({ error: '月报截止日应为1—28的整数' }).int('月报截止日应为1—28的整数').min(1, '月报截止日应为1—28的整数').max(28, '月报截止日应为1—28的整数'),
    fallback: SETTING_FALLBACKS.reportDeadlineDay,
  },
} as const;

type Schemas = typeof SETTING_SCHEMAS;
export type SettingKey = keyof Schemas;
export type SettingsMap = { [K in SettingKey]: ReturnType<Schemas[K]['fallback']> };

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SETTING_SCHEMAS, key);
}

export type SettingRead<K extends SettingKey> = {
  value: SettingsMap[K];
  /** Set when a stored value was there but did not check out, and the default is used instead. */
  fallback?: { label: string; message: string };
};

/** The stored value of a setting checked against its schema; the default when missing or invalid. */
export function readSettingValue<K extends SettingKey>(key: K, stored: unknown, present: boolean): SettingRead<K> {
  const spec = SETTING_SCHEMAS[key];
  if (!present) return { value: spec.fallback() as SettingsMap[K] };
  const parsed = spec.schema.safeParse(stored);
  if (parsed.success) return { value: parsed.data as SettingsMap[K] };
  return { value: spec.fallback() as SettingsMap[K], fallback: { label: spec.label, message: parsed.error.issues[0]?.message ?? '格式不对' } };
}

/** A value about to be stored, checked; the message names the setting. */
export function checkSettingValue<K extends SettingKey>(key: K, value: unknown): { ok: true; value: SettingsMap[K] } | { ok: false; error: string } {
  const spec = SETTING_SCHEMAS[key];
  const parsed = spec.schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data as SettingsMap[K] };
  return { ok: false, error: `${spec.label}：${parsed.error.issues[0]?.message ?? '格式不对'}` };
}
