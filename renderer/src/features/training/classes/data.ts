// Live data of the 骨干培训班 pages: the classes with their head-counts, one class with its
// roster, and the roster as people read it — the person's name now, the organization and
// post held at the time of the class, the township that organization belongs to, and what
// the person holds now when that has changed since.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Enterprise, Person, Township, Trainee, TrainingClass, Village } from '@shared/model/types';
import type { SignInRow } from '@shared/reports/training/sign-in';
import { getStore } from '../../../db';

export function useClasses(): TrainingClass[] | undefined {
  return useLiveQuery(() => getStore().trainings.listClasses(), []);
}

/** Listed trainees per class id (live trainees only). */
export function useRosterCounts(): Map<string, number> | undefined {
  return useLiveQuery(async () => {
    const counts = new Map<string, number>();
    await getStore()
      .db.trainees.where('deleted')
      .equals(0)
      .each((t) => counts.set(t.classId, (counts.get(t.classId) ?? 0) + 1));
    return counts;
  }, []);
}

export type RosterRow = Trainee & {
  /** The person's name now (the stored one if the person was deleted). */
  displayName: string;
  township?: string;
  phone?: string;
  gender?: string;
  /** 「南塘村 村委会主任」: what the person holds now, when it differs from the roster. */
  nowHolds?: string;
};

type OrgLookup = { name: string; townshipId: string };

async function rosterOf(classId: string): Promise<RosterRow[]> {
  const { db, trainings } = getStore();
  const trainees = await trainings.listTrainees(classId);
  const persons = (await db.persons.bulkGet(trainees.map((t) => t.personId))) as (Person | undefined)[];
  const orgIds = [...new Set([...trainees.map((t) => t.orgId), ...persons.map((p) => p?.orgId)].filter((id): id is string => Boolean(id)))];
  const [villages, enterprises, townships] = await Promise.all([db.villages.bulkGet(orgIds), db.enterprises.bulkGet(orgIds), db.townships.toArray()]);
  const orgs = new Map<string, OrgLookup>();
  for (const o of [...villages, ...enterprises] as (Village | Enterprise | undefined)[]) if (o) orgs.set(o.id, { name: o.name, townshipId: o.townshipId });
  const townshipName = new Map(townships.map((t: Township) => [t.id, t.name]));
  return trainees.map((t, i) => {
    const p = persons[i];
    const live = p && !p.deleted ? p : undefined;
    const org = t.orgId ? orgs.get(t.orgId) : undefined;
    const now = live ? [live.orgId ? orgs.get(live.orgId)?.name : '', live.post].filter(Boolean).join(' ') : '';
    const then = [t.orgName ?? org?.name ?? '', t.post].filter(Boolean).join(' ');
    return {
      ...t,
      displayName: live?.name ?? t.name,
      township: org ? townshipName.get(org.townshipId) : undefined,
      phone: live?.phone,
      gender: live?.gender,
      nowHolds: live && now && now !== then ? now : undefined,
    };
  });
}

/** One class (null when it does not exist or was deleted) and its roster. */
export function useTrainingClass(id: string | undefined): { klass: TrainingClass | null | undefined; roster: RosterRow[] | undefined } {
  const klass = useLiveQuery(async () => {
    const c = id ? await getStore().db.trainings.get(id) : undefined;
    return c && !c.deleted ? c : null;
  }, [id]);
  const roster = useLiveQuery(() => (id ? rosterOf(id) : Promise.resolve([])), [id]);
  return { klass, roster };
}

/** What the sign-in sheet prints for each trainee. */
export const signInRows = (roster: readonly RosterRow[]): SignInRow[] => roster.map((r) => ({ name: r.displayName, unit: r.orgName ?? '', post: r.post ?? '' }));

/** Listed plus unlisted trainees of a class. */
export const headCount = (c: TrainingClass, listed: number): number => listed + (c.unlistedCount ?? 0);

/** 「2008-03-17 至 2008-03-21」 as tables show a span. */
export const dateSpan = (c: Pick<TrainingClass, 'startDate' | 'endDate'>): string => (c.endDate && c.endDate !== c.startDate ? `${c.startDate} 至 ${c.endDate}` : c.startDate);
