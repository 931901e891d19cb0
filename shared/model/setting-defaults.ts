// Each setting's default, and a check of the few settings read at every start (the office's
// details, the working year, 大字模式) that needs no zod: a stored value already in the form
// the schema would give back (as setSetting stores it) is taken as it is; anything else goes
// to the full check in settings.ts. Kept apart from settings.ts so the first screen does not
// load zod (about 100 kB). test/unit/shared/model/setting-defaults.test.ts holds both to the
// schemas.
import { defaultLayout, type CertificateLayout } from '../reports/commendation/certificate-layout';
import type { PrinterOffset } from '../reports/commendation/certificate';
import { DEFAULT_AREA_LIST, DEFAULT_INDUSTRY_LIST, DEFAULT_TITLES, type TitleEntry } from './dictionary-defaults';
import { normalizeText } from './normalize';
import type { OfficeSettings, SampleMemo } from './settings';

/** Each office field and its longest length (settings.ts's officeFields, in the same order). */
export const OFFICE_FIELD_MAX = {
  unitName: 40,
  countyName: 20,
  issuerName: 40,
  issuerMark: 40,
  docPrefix: 10,
  superiorName: 40,
  mainRecipients: 200,
  copyTo: 200,
  printingOrg: 40,
  contactName: 20,
  contactPhone: 30,
} as const satisfies Record<keyof OfficeSettings, number>;

export const DEFAULT_OFFICE: OfficeSettings = Object.fromEntries(Object.keys(OFFICE_FIELD_MAX).map((k) => [k, ''])) as OfficeSettings;

export const SETTING_FALLBACKS = {
  office: (): OfficeSettings => DEFAULT_OFFICE,
  workingYear: (): number => new Date().getFullYear(),
  largeText: (): boolean => false,
  industries: (): string[] => [...DEFAULT_INDUSTRY_LIST],
  cooperationAreas: (): string[] => [...DEFAULT_AREA_LIST],
  commendationTitles: (): TitleEntry[] => DEFAULT_TITLES.map((t) => ({ ...t })),
  sampleData: (): SampleMemo | null => null,
  'commendation.certificateLayout': (): CertificateLayout => defaultLayout(),
  'commendation.printerOffsets': (): Record<string, PrinterOffset> => ({}),
  'commendation.printer': (): string => '',
  reportDeadlineDay: (): number => 5,
};

export type SettingKey = keyof typeof SETTING_FALLBACKS;
export type SettingsMap = { [K in SettingKey]: ReturnType<(typeof SETTING_FALLBACKS)[K]> };

function quickOffice(stored: unknown): OfficeSettings | undefined {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return undefined;
  const o = stored as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const [key, max] of Object.entries(OFFICE_FIELD_MAX)) {
    const v = o[key];
    if (typeof v !== 'string' || v.length > max || normalizeText(v) !== v) return undefined;
    out[key] = v;
  }
  return out as OfficeSettings;
}

const QUICK: { [K in SettingKey]?: (stored: unknown) => SettingsMap[K] | undefined } = {
  office: quickOffice,
  workingYear: (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 2000 && v <= 2100 ? v : undefined),
  largeText: (v) => (typeof v === 'boolean' ? v : undefined),
  reportDeadlineDay: (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 28 ? v : undefined),
};

/**
 * A stored setting read without zod, when it can be: the default when nothing is stored, the
 * value when it is already in the schema's own form; undefined when only the full check
 * (readSettingValue) can tell.
 */
export function quickSettingValue<K extends SettingKey>(key: K, stored: unknown, present: boolean): { value: SettingsMap[K] } | undefined {
  if (!present) return { value: SETTING_FALLBACKS[key]() as SettingsMap[K] };
  const value = QUICK[key]?.(stored);
  return value === undefined ? undefined : { value: value as SettingsMap[K] };
}
