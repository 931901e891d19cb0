// What 从台账推荐 and 从考评推荐 share: each ranked pairing is nominated as the pairing itself
// (联建点) or as its enterprise's or village's party organization; the title follows the kind
// (a pairing title for pairings, 设置 → 字典), and a row whose organization has no party
// organization is named as refused before anything is saved.
import { useCallback, useMemo, useState } from 'react';
import type { Pairing } from '@shared/model/types';
import type { CommendationRoundRecord } from '@shared/model/schemas/commendation';
import { defaultTitleFor, titlesFor } from '@shared/model/honour-rules';
import { useSetting } from '../../app/use-setting';
import { honourRefusals, type Lookups } from './data';

export type NominateTarget = 'pairing' | 'enterprise' | 'village';

export const TARGET_OPTIONS: { value: NominateTarget; label: string }[] = [
  { value: 'pairing', label: '联建点' },
  { value: 'enterprise', label: '企业党组织' },
  { value: 'village', label: '村党组织' },
];

export function refOf(p: Pairing, target: NominateTarget): string {
  return target === 'pairing' ? p.id : target === 'enterprise' ? p.enterpriseId : p.villageId;
}

export function useNominateTarget(round: CommendationRoundRecord, lookups: Lookups) {
  const [dictionary] = useSetting('commendationTitles');
  const [target, setTargetState] = useState<NominateTarget>('pairing');
  const [chosenTitle, setTitle] = useState<string>();
  const titleOptions = useMemo(() => titlesFor(target, round.titles, dictionary), [target, round.titles, dictionary]);
  // The user's choice while it fits the kind; else the first of the round's titles meant for it (优秀联建点 for pairings).
  const title = chosenTitle && titleOptions.includes(chosenTitle) ? chosenTitle : defaultTitleFor(target, round.titles, dictionary);

  const setTarget = (t: NominateTarget) => {
    setTargetState(t);
    setTitle(undefined);
  };

  /** Why the pairing's honouree may not receive the title (empty when it may). */
  const refusal = useCallback(
    (pairingId: string): string | undefined => {
      const p = lookups.pairings.get(pairingId);
      if (!p || !title) return undefined;
      return honourRefusals(title, target, [refOf(p, target)], lookups, dictionary)[0];
    },
    [lookups, title, target, dictionary],
  );

  return { target, setTarget, title, setTitle, titleOptions, refusal };
}
