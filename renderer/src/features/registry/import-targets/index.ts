// The registry's import targets (乡镇, 村, 企业, 人员), registered with the import wizard by
// the registry's area.
import type { ImportTargetEntry } from '../../import';

export const REGISTRY_IMPORT_TARGETS: readonly ImportTargetEntry[] = [
  { key: 'townships', title: '乡镇（开发区）', load: async () => (await import('./townships')).townshipTarget },
  { key: 'villages', title: '村情信息', load: async () => (await import('./villages')).villageTarget },
  { key: 'enterprises', title: '企业信息', load: async () => (await import('./enterprises')).enterpriseTarget },
  { key: 'persons', title: '人员信息', load: async () => (await import('./persons')).personTarget },
];
