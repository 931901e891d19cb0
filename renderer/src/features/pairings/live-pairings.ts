// The live pairings of the 联建档案 list, through the shared live reads of ui/records: the read
// can start with the route (prefetchRecords in area.tsx) and stays a while after the page is
// left, so coming back shows the rows at the first render instead of after a fresh read.
import { useSyncExternalStore } from 'react';
import type { Pairing } from '@shared/model/types';
import { recordsSnapshot, subscribeRecords } from '../../ui/records/live-records';

const subscribe = (listener: () => void) => subscribeRecords('pairings', listener);
const snapshot = () => recordsSnapshot('pairings') as Pairing[] | undefined;

/** The pairings not deleted (in key order); undefined while loading. */
export function useLivePairings(): Pairing[] | undefined {
  return useSyncExternalStore(subscribe, snapshot);
}
