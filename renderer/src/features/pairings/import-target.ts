// Import of an existing pairing list (联建名单) through the import wizard. Each row becomes an
// approved pairing dated by its 联建时间 (the 申请 and 批准 events are written with it, see
// recordImportedPairingEvents), keeping its given code or getting the next free one.
//
// Sides are names: 企业名称 must name an enterprise of the registry (else the preview offers
// 对应到); 村 is matched by name within its 乡镇 — from the 乡镇 column, or written as
// 「乡镇+村名」 in one cell. A village name found in two townships without a township is
// never guessed (the preview asks), nor is a unique name taken when the row's 乡镇 says
// another township. A village written as 「乡镇+村名」 that does not exist may be created.
// A row whose pair already has a live pairing, or whose code is already used, adds nothing.
import { PAIRING_LIST_FIELDS } from '@shared/io/targets/pairing-fields';
import type { Enterprise, Person, Township, Village } from '@shared/model/types';
import { normalizeHeader } from '@shared/model/normalize';
import { assignLiaisons, parseAreas, parseLiaisons, type LiaisonText } from '@shared/model/pairing-import';
import { checkApplication, codePrefix, todayIso } from '@shared/model/pairing-rules';
import { pairingApplicationSchema } from '@shared/model/schemas/pairing';
import { villageSchema } from '@shared/model/schemas/village';
import type { AppDatabase } from '../../db/database';
import { getSetting } from '../../db/settings';
import { COOPERATION_AREAS } from '@shared/model/enums';
import type { DraftRecord, ImportTarget, RefCandidate, ValidationOutcome } from '../import';
import { contentOf, given, zodOutcome } from '../import';

type Registry = { townships: Township[]; villages: Village[]; enterprises: Enterprise[]; persons: Person[]; areas: string[] };

/** What the reference loaders read, kept for toDraft (sides of liaisons, townships of villages, the 联建内容 dictionary). */
const registry: Registry = { townships: [], villages: [], enterprises: [], persons: [], areas: [...COOPERATION_AREAS] };

async function loadRegistry(db: AppDatabase): Promise<void> {
  const live = <T,>(table: string) => db.table<T>(table).where('deleted').equals(0).toArray();
  [registry.townships, registry.villages, registry.enterprises, registry.persons, registry.areas] = await Promise.all([
    live<Township>('townships'),
    live<Village>('villages'),
    live<Enterprise>('enterprises'),
    live<Person>('persons'),
    getSetting(db, 'cooperationAreas'),
  ]);
}

const townshipName = (id: string | undefined) => registry.townships.find((t) => t.id === id)?.name ?? '';

async function enterpriseCandidates(db: AppDatabase): Promise<RefCandidate[]> {
  await loadRegistry(db);
  return registry.enterprises.map((e) => ({ id: e.id, name: e.name, scope: townshipName(e.townshipId), hint: townshipName(e.townshipId) }));
}

/** Each village twice: by its name (narrowed by the 乡镇 column) and as 「乡镇+村名」. */
async function villageCandidates(db: AppDatabase): Promise<RefCandidate[]> {
  await loadRegistry(db);
  const order = (id: string) => registry.townships.find((t) => t.id === id)?.order ?? Number.MAX_SAFE_INTEGER;
  const villages = [...registry.villages].sort((a, b) => order(a.townshipId) - order(b.townshipId) || a.name.localeCompare(b.name, 'zh-CN'));
  return villages.flatMap((v) => {
    const t = townshipName(v.townshipId);
    return [
      { id: v.id, name: v.name, scope: t, hint: t },
      { id: v.id, name: `${t}${v.name}`, scope: t, hint: t },
    ];
  });
}

/** 「大同镇新村」 → a new 新村 in 大同镇; a bare name cannot say where the village is. */
function newVillageDraft(name: string): DraftRecord {
  const township = registry.townships
    .filter((t) => name.startsWith(t.name) && name.length > t.name.length)
    .sort((a, b) => b.name.length - a.name.length)[0];
  return township ? { townshipId: township.id, name: name.slice(township.name.length), industries: [], partyOrg: {} } : { name, industries: [], partyOrg: {} };
}

function validateNewVillage(draft: DraftRecord): ValidationOutcome {
  if (!given(draft.townshipId)) {
    return { ok: false, issues: [{ path: 'townshipId', message: '新建村须知道所属乡镇：请在「村」列写成「乡镇+村名」（如 河田镇红星村），或先在信息库中添加该村' }] };
  }
  return zodOutcome(villageSchema)(draft);
}

type Issue = { path: string; message: string };
/** Markers a draft carries from toDraft to validate (never stored). */
const ISSUES = '__issues';
const STORED = '__stored';

function liaisonOf(text: unknown): LiaisonText | undefined {
  return typeof text === 'string' ? parseLiaisons(text)[0] : undefined;
}

/**
 * Code for a row without one: the next free number of its year, counting the rows before it
 * in this preview that got one (rows are drafted in order; `newIndex` counts the new rows so
 * far, and a row drafted again at the same index replaces the one before).
 */
const generatedYears = new WeakMap<readonly DraftRecord[], Map<number, number | null>>();

function codeFor(given: string | undefined, date: string, env: { existing: readonly DraftRecord[]; newIndex: number }): string | undefined {
  let memo = generatedYears.get(env.existing);
  if (!memo) generatedYears.set(env.existing, (memo = new Map()));
  const year = date ? Number(date.slice(0, 4)) : null;
  memo.set(env.newIndex, given ? null : year);
  if (given) return given;
  if (year === null) return undefined;
  const prefix = codePrefix(year);
  const max = env.existing.reduce((m, p) => {
    const code = String(p.code ?? '');
    const n = code.startsWith(prefix) ? Number(code.slice(prefix.length)) : 0;
    return Number.isInteger(n) && n > m ? n : m;
  }, 0);
  let before = 0;
  for (const [index, y] of memo) if (index < env.newIndex && y === year) before++;
  return `${prefix}${String(max + 1 + before).padStart(3, '0')}`;
}

function toDraft(row: Record<string, unknown>, refs: Record<string, { id: string } | undefined>, existing: DraftRecord | undefined, env: { existing: readonly DraftRecord[]; newIndex: number }): DraftRecord {
  const issues: Issue[] = [];
  const enterpriseId = refs.enterpriseName?.id;
  const villageId = refs.village?.id;
  if (existing) {
    // A list row never changes a stored pairing (changes are 变更 with a reason): it is either the same pairing or a clash.
    if (existing.enterpriseId !== enterpriseId || existing.villageId !== villageId) {
      issues.push({ path: 'code', message: `编号「${String(existing.code)}」已用于另一对联建，请核对编号` });
    } else if (typeof row.code === 'string' && row.code && row.code !== existing.code) {
      issues.push({ path: 'code', message: `这对企业和村已有联建「${String(existing.code)}」，与本行编号「${row.code}」不同，请核对` });
    }
    return { ...contentOf(existing), [STORED]: true, [ISSUES]: issues };
  }
  const village = registry.villages.find((v) => v.id === villageId);
  const enterprise = registry.enterprises.find((e) => e.id === enterpriseId);
  // A village created in this import (「乡镇+村名」) is not in the registry yet: its township is in its name.
  const townshipId = village?.townshipId ?? (villageId && typeof row.village === 'string' ? (newVillageDraft(row.village).townshipId as string | undefined) : undefined);
  const villageTownship = registry.townships.find((t) => t.id === townshipId);
  if (village && typeof row.township === 'string' && row.township && normalizeHeader(row.township) !== normalizeHeader(villageTownship?.name ?? '')) {
    issues.push({ path: 'township', message: `「${row.township}」没有「${village.name}」（信息库中的「${village.name}」属于${villageTownship?.name ?? '其他乡镇'}）：请改正乡镇，或先在信息库中添加该村` });
  }
  const { areas, unknown } = parseAreas(Array.isArray(row.areas) ? (row.areas as string[]) : [], registry.areas);
  if (unknown.length) issues.push({ path: 'areas', message: `联建内容「${unknown.join('、')}」无法识别，可填：${registry.areas.join('、')}（见「设置 → 字典」）` });

  let enterpriseLiaison = liaisonOf(row.enterpriseLiaison);
  let villageLiaison = liaisonOf(row.villageLiaison);
  if (typeof row.liaison === 'string' && row.liaison) {
    const personOf = (name: string, orgId: string | undefined) => registry.persons.find((p) => p.name === name && p.orgId === orgId);
    const assigned = assignLiaisons(parseLiaisons(row.liaison), (name) => (personOf(name, enterpriseId) ? 'enterprise' : personOf(name, villageId) ? 'village' : undefined));
    if (assigned.error) issues.push({ path: 'liaison', message: assigned.error });
    enterpriseLiaison ??= assigned.enterprise;
    villageLiaison ??= assigned.village;
  }
  const link = (l: LiaisonText | undefined, orgId: string | undefined) => {
    if (!l) return undefined;
    const persons = registry.persons.filter((p) => p.name === l.name && p.orgId === orgId);
    const phone = l.phone ?? (persons.length === 1 ? persons[0].phone : undefined);
    return { name: l.name, ...(phone ? { phone } : {}), ...(persons.length === 1 ? { personId: persons[0].id } : {}) };
  };
  const date = typeof row.date === 'string' ? row.date : '';
  return {
    code: codeFor(typeof row.code === 'string' && row.code ? row.code : undefined, date, env),
    enterpriseId,
    villageId,
    formation: row.formation ?? '双向选择',
    areas,
    enterpriseLiaison: link(enterpriseLiaison, enterprise?.id),
    villageLiaison: link(villageLiaison, village?.id),
    responsibleTownshipId: townshipId,
    responsibleLeader: villageTownship?.leaderName ? { name: villageTownship.leaderName, post: villageTownship.leaderPost } : undefined,
    appliedDate: date,
    approvedDate: date,
    status: '已批准',
    [ISSUES]: issues,
  };
}

/** Messages about draft paths are shown at the columns they came from. */
const COLUMN_OF: Record<string, string> = { appliedDate: 'date', enterpriseLiaison: 'liaison', villageLiaison: 'liaison', responsibleTownshipId: 'village' };

function validate(draft: DraftRecord): ValidationOutcome {
  const { [ISSUES]: carried, [STORED]: stored, ...record } = draft;
  const issues: Issue[] = [...((carried as Issue[] | undefined) ?? [])];
  if (stored) return issues.length ? { ok: false, issues } : { ok: true, value: record };
  const parsed = pairingApplicationSchema.safeParse(record);
  if (!parsed.success) {
    for (const i of parsed.error.issues) {
      const path = String(i.path[0] ?? '');
      issues.push({ path: COLUMN_OF[path] ?? path, message: i.message });
    }
  } else {
    for (const message of checkApplication(parsed.data.appliedDate, todayIso())) issues.push({ path: 'date', message: message.replace('申请日期', '联建时间') });
  }
  if (issues.length || !parsed.success) return { ok: false, issues };
  return { ok: true, value: { ...parsed.data, code: record.code, status: '已批准', approvedDate: parsed.data.appliedDate } };
}

export const pairingListTarget: ImportTarget = {
  key: 'pairings',
  kind: 'pairings',
  label: '联建',
  title: '联建名单',
  table: 'pairings',
  fields: PAIRING_LIST_FIELDS,
  references: [
    { field: 'enterpriseName', idPath: 'enterpriseId', label: '企业', load: enterpriseCandidates },
    {
      field: 'village',
      idPath: 'villageId',
      label: '村',
      load: villageCandidates,
      scopeField: 'township',
      create: { table: 'villages', draft: (name) => newVillageDraft(name), validate: validateNewVillage },
    },
  ],
  identities: [
    { label: '联建编号', key: (r) => (given(r.code) ? `code:${String(r.code)}` : null), fields: ['code'] },
    { label: '企业和村（未终止的联建）', key: (r) => (given(r.enterpriseId) && given(r.villageId) && r.status !== '已终止' ? `pair:${String(r.enterpriseId)}|${String(r.villageId)}` : null), fields: ['village', 'enterpriseName'] },
  ],
  toDraft,
  validate,
  name: (r) => String(r.code ?? ''),
  listRoute: '/pairings',
};
