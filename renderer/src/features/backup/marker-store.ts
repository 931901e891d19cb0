// Reads and writes the store marker outside IndexedDB: through the host under Electron (a
// file in userData), in localStorage in the browser edition. Listeners let the header's
// backup status follow the marker without polling.
import { parseMarker } from '@shared/backup/marker-parse';
import type { StoreMarker } from '@shared/backup/marker';
import type { HostApi } from '@shared/ipc/contract';

export type MarkerStore = {
  read(): Promise<StoreMarker | null>;
  write(marker: StoreMarker): Promise<void>;
};

export const MARKER_KEY = 'cunqi-lianjian.store-marker';

export function localStorageMarkers(storage: Storage = localStorage): MarkerStore {
  return {
    async read() {
      try {
        const raw = storage.getItem(MARKER_KEY);
        return raw ? parseMarker(JSON.parse(raw)) : null;
      } catch {
        return null;
      }
    },
    async write(marker) {
      storage.setItem(MARKER_KEY, JSON.stringify(marker));
    },
  };
}

export function hostMarkers(host: HostApi): MarkerStore | null {
  const { readStoreMarker, writeStoreMarker } = host;
  if (!readStoreMarker || !writeStoreMarker) return null;
  return {
    async read() {
      const result = await readStoreMarker();
      return result.ok ? result.value : null;
    },
    async write(marker) {
      const result = await writeStoreMarker(marker);
      if (!result.ok) throw new Error(result.error);
    },
  };
}

/** Keeps the last value in memory and tells subscribers when it changes. */
export function observableMarkers(inner: MarkerStore) {
  let current: StoreMarker | null | undefined;
  const listeners = new Set<() => void>();
  const set = (m: StoreMarker | null) => {
    current = m;
    for (const l of listeners) l();
  };
  return {
    async read() {
      const m = await inner.read();
      set(m);
      return m;
    },
    async write(marker: StoreMarker) {
      await inner.write(marker);
      set(marker);
    },
    /** The last marker read or written (undefined before the first read). */
    snapshot: () => current,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

export type ObservableMarkers = ReturnType<typeof observableMarkers>;
