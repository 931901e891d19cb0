// Names of the records the log refers to by id (townships, villages, enterprises, persons,
// pairings, commendation rounds, training classes), so the log reads 「所属乡镇：河田镇」 instead of an id.
import { useLiveQuery } from 'dexie-react-hooks';
import { getStore } from '../../../db';
import type { NameOf } from './audit-fields';

const NAMED_TABLES = ['townships', 'villages', 'enterprises', 'persons', 'pairings', 'commendations', 'trainings'] as const;

type Named = { id: string; name?: string; code?: string; year?: number; level?: string };

export function useRecordNames(): NameOf {
  const names = useLiveQuery(async () => {
    const { db } = getStore();
    const map = new Map<string, string>();
    for (const table of NAMED_TABLES) {
      for (const r of (await db.table(table).toArray()) as Named[]) {
        const name = r.name ?? r.code ?? (r.year ? `${r.year}年${r.level ?? ''}表彰` : undefined);
        if (name) map.set(r.id, name);
      }
    }
    return map;
  }, []);
  return (id) => names?.get(id);
}
