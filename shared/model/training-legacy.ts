// Classes as schema versions before 7 stored them — the trainees as a list of person ids on
// the class, with a head-count — turned into the current records: one Trainee per listed
// person, and the head-count beyond the list kept as 名单外学员, so every total stays what it
// was. The old list held no organization or post of its own: the person's at the time of the
// upgrade is the best record there is. Used by the v007 migration and by restoring an older
// backup, so both doors give the same records.
import { formatSession, sessionNumber } from './training-session';
import type { PersonOrgKind } from './types';

type Row = Record<string, unknown>;

export type LegacyLookups = {
  person: (id: string) => Record<string, unknown> | undefined;
  /** Name of an enterprise or village. */
  orgName: (id: string) => string | undefined;
};

export const isLegacyClass = (row: Row): boolean => Array.isArray(row.traineeIds) || typeof row.headCount === 'number';

const ORG_KINDS: readonly string[] = ['enterprise', 'village', 'none'];

/**
 * The class without its old fields (plus 期次 read from a name such as 「…（第三期）」), and its
 * trainees. `newId` makes the trainees' ids; `time` stamps them.
 */
export function upgradeLegacyClass(row: Row, lookups: LegacyLookups, newId: () => string, time: string): { klass: Row; trainees: Row[] } {
  const { traineeIds, headCount, ...klass } = row;
  const ids = [...new Set((Array.isArray(traineeIds) ? traineeIds : []).filter((id): id is string => typeof id === 'string' && id !== ''))];
  const counted = typeof headCount === 'number' && Number.isFinite(headCount) ? Math.round(headCount) : 0;
  const unlisted = Math.max(0, counted - ids.length) + (typeof klass.unlistedCount === 'number' ? klass.unlistedCount : 0);
  if (unlisted > 0) klass.unlistedCount = unlisted;
  if (klass.session === undefined && typeof klass.name === 'string') {
    const m = /第([^第期]{1,4})期/.exec(klass.name);
    if (m && sessionNumber(m[0]) !== null) klass.session = formatSession(m[0]);
  }
  const trainees = ids.map((personId, i) => {
    const p = lookups.person(personId);
    const orgKind = typeof p?.orgKind === 'string' && ORG_KINDS.includes(p.orgKind) ? (p.orgKind as PersonOrgKind) : 'none';
    const orgId = orgKind !== 'none' && typeof p?.orgId === 'string' ? p.orgId : undefined;
    const trainee: Row = {
      id: newId(),
      createdAt: typeof klass.createdAt === 'string' ? klass.createdAt : time,
      updatedAt: time,
      // Trainees of a deleted class stay live: they leave the lists with the class and come back with it.
      deleted: 0,
      classId: klass.id,
      personId,
      name: typeof p?.name === 'string' && p.name ? p.name : '（人员记录缺失）',
      orgKind: orgId ? orgKind : 'none',
      seq: i + 1,
    };
    if (orgId) trainee.orgId = orgId;
    const orgName = orgId ? lookups.orgName(orgId) : undefined;
    if (orgName) trainee.orgName = orgName;
    if (typeof p?.post === 'string' && p.post) trainee.post = p.post;
    if (typeof klass.importBatchId === 'string') trainee.importBatchId = klass.importBatchId;
    return trainee;
  });
  return { klass, trainees };
}
