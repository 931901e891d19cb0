// The statistics pages' shared filters: the year is the app's working year (the selector in
// the top bar), the townships chosen here follow the user from the table to the charts and
// the reconciliation, and survive a reload of the window.
import { useCallback, useSyncExternalStore } from 'react';
import { useStoredSetting } from '../../app/use-setting';

const KEY = 'cq.statistics.townships';
const listeners = new Set<() => void>();

function read(): string[] {
  try {
    const raw = sessionStorage.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

let current = read();

function setTownships(ids: string[]): void {
  current = ids;
  try {
    sessionStorage.setItem(KEY, JSON.stringify(ids));
  } catch {
    // Private mode or a full store: the filter still works for this session.
  }
  for (const l of listeners) l();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export type StatFilters = {
  year: number;
  /** False until the stored working year is read: pages wait rather than show another year first. */
  ready: boolean;
  setYear: (y: number) => void;
  townshipIds: string[];
  setTownshipIds: (ids: string[]) => void;
};

export function useStatFilters(): StatFilters {
  const { value: year, set: setYearSetting, loaded } = useStoredSetting('workingYear');
  const townshipIds = useSyncExternalStore(subscribe, () => current);
  const setYear = useCallback((y: number) => void setYearSetting(y), [setYearSetting]);
  return { year, ready: loaded, setYear, townshipIds, setTownshipIds: setTownships };
}
