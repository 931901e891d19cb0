import { useEffect, useSyncExternalStore } from 'react';
import type { StoreMarker } from '@shared/backup/marker';
import { appMarkers } from './instance';

/** The store marker, kept current as backups are taken and data changes. */
export function useMarker(): StoreMarker | null | undefined {
  const markers = appMarkers();
  const marker = useSyncExternalStore(markers.subscribe, markers.snapshot);
  useEffect(() => {
    if (markers.snapshot() === undefined) void markers.read();
  }, [markers]);
  return marker;
}
