// Extension point of the registry detail pages (乡镇 / 村 / 企业 / 人员). A feature adds a tab by
// calling registerDetailTab at module level in its area.tsx (areas.ts imports every area
// before the app renders). Tabs show in `order`; the registry's own tabs are 基本信息 (0)
// and 变更记录 (90). Suggested: 联建情况 20, 台账 30, 荣誉 40.
import type { ComponentType } from 'react';
import type { Enterprise, Person, Township, Village } from '@shared/model/types';

export type RegistryKind = 'township' | 'village' | 'enterprise' | 'person';

export type RegistryEntity = { township: Township; village: Village; enterprise: Enterprise; person: Person };

/** What a tab receives: narrow on `kind` to get the record's type. The record is live (re-read when it changes). */
export type DetailTabProps = { [K in RegistryKind]: { kind: K; record: RegistryEntity[K] } }[RegistryKind];

export type DetailTab = {
  /** Unique per tab, e.g. 'pairings'. */
  key: string;
  label: string;
  order: number;
  kinds: readonly RegistryKind[];
  component: ComponentType<DetailTabProps>;
};

const tabs: DetailTab[] = [];

/** Adds a tab to the detail pages of the given kinds; registering the same key again replaces it. */
export function registerDetailTab(tab: DetailTab): void {
  const at = tabs.findIndex((t) => t.key === tab.key);
  if (at >= 0) tabs.splice(at, 1, tab);
  else tabs.push(tab);
}

/** The tabs for one kind, in order. */
export function detailTabsFor(kind: RegistryKind): DetailTab[] {
  return tabs.filter((t) => t.kinds.includes(kind)).sort((a, b) => a.order - b.order);
}
