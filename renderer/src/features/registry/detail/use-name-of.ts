import { useCallback } from 'react';
import { useLiveRecords, useLookup } from '../../../ui/records/data';
import type { NameOf } from './changes';

/** Names for the ids a registry record refers to (township, the person's enterprise or village). */
export function useNameOf(): NameOf {
  const townships = useLookup(useLiveRecords('townships'));
  const villages = useLookup(useLiveRecords('villages'));
  const enterprises = useLookup(useLiveRecords('enterprises'));
  return useCallback<NameOf>(
    (path, value, record) => {
      if (path === 'townshipId') return townships.get(value)?.name;
      if (path === 'orgId') return (record.orgKind === 'enterprise' ? enterprises : villages).get(value)?.name;
      return undefined;
    },
    [townships, villages, enterprises],
  );
}
