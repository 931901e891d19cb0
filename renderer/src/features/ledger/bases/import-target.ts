// Importing 产业基地 from a sheet such as a pairings workbook's second sheet (基地名称, 联建点,
// 主要产品, 面积（亩）, 带动农户, 户均增收, 企业增效, 建立年份). 联建点 names the pairing the way
// offices write it — its code (LJ2007-012), 「企业—村」 either way round, with or without the
// township — and may name several pairings (「LJ2006-003、LJ2007-011」): the first leads. A
// blank 建立年份 is the working year (工作年度), as the template's note says. The record rules
// are the form's (schema, approved pairings, one name per lead pairing); a row identical to a
// stored base changes nothing, so the sheet can be imported again.
import type { ImportField } from '@shared/io/fields';
import { baseIdentity, basePairingIssues, baseTownship } from '@shared/model/industry-base';
import { industryBaseSchema } from '@shared/model/schemas/industry-base';
import type { Enterprise, Pairing, Township, Village } from '@shared/model/types';
import type { AppDatabase } from '../../../db/database';
import { getSetting } from '../../../db/settings';
import type { DraftRecord, ImportTarget, RefCandidate, ValidationOutcome } from '../../import';
import { contentOf, overlay, zodOutcome } from '../../import';

export const BASE_FIELDS: readonly ImportField[] = [
  { key: 'name', label: '基地名称', kind: 'text', required: true, synonyms: ['基地', '产业基地', '产业基地名称', '基地名', '项目名称'] },
  { key: 'pairing', label: '联建点', kind: 'text', required: true, synonyms: ['联建编号', '所属联建', '联建村企', '共建联建点', '联建单位', '共建单位'], help: '联建编号（如 LJ2007-012）或「企业—村」；几个联建共建的用顿号分隔，第一个为牵头联建' },
  { key: 'product', label: '主要产品', kind: 'text', synonyms: ['产品', '主导产品', '基地产品', '产业'] },
  { key: 'area', label: '面积', unit: '亩', kind: 'decimal', min: 0, synonyms: ['基地面积', '产业基地面积', '共建面积', '种植面积'] },
  { key: 'households', label: '带动农户', unit: '户', kind: 'int', min: 0, synonyms: ['带动农户数', '带动户数', '受益农户'] },
  {
    key: 'incomePerHousehold',
    label: '户均增收',
    unit: '元/年',
    kind: 'decimal',
    min: 0,
    synonyms: ['农户户均增收', '户均年增收'],
  },
  { key: 'enterpriseGain', label: '企业增效', unit: '万元/年', kind: 'decimal', min: 0, synonyms: ['企业年增效', '年增效益'] },
  { key: 'year', label: '建立年份', kind: 'year', synonyms: ['建成年份', '建立时间', '建设年份', '年份'], help: '不填的按工作年度' },
  { key: 'description', label: '情况说明', kind: 'text', synonyms: ['备注', '说明'] },
];

const KEYS = ['name', 'product', 'area', 'households', 'incomePerHousehold', 'enterpriseGain', 'year', 'description'];

/** What the loaders read, for toDraft and validate (pairings' townships and status, the working year). */
const known = { pairings: new Map<string, Pairing>(), workingYear: new Date().getFullYear() };

/** Every spelling of a pairing an office writes in a 联建点 cell. */
async function pairingCandidates(db: AppDatabase): Promise<RefCandidate[]> {
  const live = <T,>(t: string) => db.table<T>(t).where('deleted').equals(0).toArray();
  const [pairings, enterprises, villages, townships, year] = await Promise.all([
    live<Pairing>('pairings'),
    live<Enterprise>('enterprises'),
    live<Village>('villages'),
    live<Township>('townships'),
    getSetting(db, 'workingYear'),
  ]);
  known.pairings = new Map(pairings.map((p) => [p.id, p]));
  known.workingYear = year;
  const name = new Map<string, string>([...enterprises.map((e) => [e.id, e.name] as const), ...villages.map((v) => [v.id, v.name] as const)]);
  const townshipOf = new Map(villages.map((v) => [v.id, townships.find((t) => t.id === v.townshipId)?.name ?? '']));
  const out: RefCandidate[] = [];
  for (const p of pairings) {
    if (!p.approvedDate) continue;
    const e = name.get(p.enterpriseId) ?? '';
    const v = name.get(p.villageId) ?? '';
    const t = townshipOf.get(p.villageId) ?? '';
    const hint = `${e} — ${t}${v}`;
    const spellings = new Set([p.code]);
    for (const village of [v, `${t}${v}`]) for (const dash of ['—', '-', '－', '——', '与']) spellings.add(`${e}${dash}${village}`).add(`${village}${dash}${e}`);
    for (const s of spellings) out.push({ id: p.id, name: s, hint });
  }
  return out;
}

const ISSUES = '__issues';

function toDraft(row: Record<string, unknown>, refs: Record<string, { id: string; more?: { id: string }[] } | undefined>, existing: DraftRecord | undefined): DraftRecord {
  const draft = overlay(existing ? contentOf(existing) : {}, row, KEYS);
  const lead = refs.pairing;
  if (lead) draft.pairingIds = [lead.id, ...(lead.more ?? []).map((r) => r.id)];
  if (draft.year === undefined || draft.year === null) draft.year = known.workingYear;
  const pairingIds = (draft.pairingIds as string[] | undefined) ?? [];
  draft.townshipId = baseTownship(pairingIds, (id) => known.pairings.get(id)) ?? '';
  const issues = basePairingIssues(pairingIds, (id) => known.pairings.get(id));
  if (issues.length) draft[ISSUES] = issues;
  return draft;
}

const checkSchema = zodOutcome(industryBaseSchema);

function validate(draft: DraftRecord): ValidationOutcome {
  const { [ISSUES]: issues, ...record } = draft;
  if (Array.isArray(issues) && issues.length) return { ok: false, issues: (issues as string[]).map((message) => ({ path: 'pairing', message })) };
  const r = checkSchema(record);
  if (!r.ok) return { ok: false, issues: r.issues.map((i) => ({ ...i, path: i.path.startsWith('pairingIds') || i.path === 'townshipId' ? 'pairing' : i.path })) };
  return r;
}

export const industryBaseTarget: ImportTarget = {
  key: 'industry-bases',
  kind: 'bases',
  label: '产业基地',
  title: '产业基地',
  table: 'industryBases',
  fields: BASE_FIELDS,
  references: [{ field: 'pairing', idPath: 'pairingIds', label: '联建点', load: pairingCandidates, multiple: true }],
  identities: [{ label: '基地名称和牵头联建', key: baseIdentity, fields: ['name', 'pairing'] }],
  toDraft,
  validate,
  name: (r) => String(r.name ?? ''),
  listRoute: '/ledger/bases',
};
