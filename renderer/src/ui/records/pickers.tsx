// Pickers over the registry for every form in the app: type a name or its pinyin initials
// (hxc → 红星村). Each is an antd Select (virtual list, so 50,000 persons scroll fine) and
// fits in a Form.Item like any input: value is the record id (or ids with mode="multiple").
import { useMemo } from 'react';
import type { Enterprise, Person, Village } from '@shared/model/types';
import { personOrgName, sortTownships, useLiveRecords, useLookup } from './data';
import { recordKeys } from './search-keys';
import { SearchableSelect, type PickerProps } from './searchable-select';

export { TownshipSelect } from './township-select';

/** Villages labelled 「乡镇 · 村名」, optionally only those of one township. */
export function VillageSelect({ townshipId, ...props }: PickerProps & { townshipId?: string }) {
  const townships = useLiveRecords('townships');
  const villages = useLiveRecords('villages');
  const options = useMemo(() => {
    if (!townships || !villages) return undefined;
    const order = new Map(sortTownships(townships).map((t, i) => [t.id, i]));
    const byId = new Map(townships.map((t) => [t.id, t]));
    return villages
      .filter((v: Village) => !townshipId || v.townshipId === townshipId)
      .sort((a, b) => (order.get(a.townshipId) ?? 1e9) - (order.get(b.townshipId) ?? 1e9) || a.name.localeCompare(b.name, 'zh-CN'))
      .map((v) => {
        const township = byId.get(v.townshipId)?.name ?? '';
        return { value: v.id, label: township ? `${township} · ${v.name}` : v.name, keys: recordKeys(v.name, 'place', [township]) };
      });
  }, [townships, villages, townshipId]);
  return <SearchableSelect placeholder="选择村（可输入村名或拼音首字母）" {...props} options={options} loading={!options} notFound="没有匹配的村，请先在「信息库 · 村」中添加" />;
}

export function EnterpriseSelect({ townshipId, ...props }: PickerProps & { townshipId?: string }) {
  const enterprises = useLiveRecords('enterprises');
  const options = useMemo(
    () =>
      enterprises
        ?.filter((e: Enterprise) => !townshipId || e.townshipId === townshipId)
        .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
        .map((e) => ({ value: e.id, label: e.name, keys: recordKeys(e.name, 'place', [e.uscc]) })),
    [enterprises, townshipId],
  );
  return <SearchableSelect placeholder="选择企业（可输入名称或拼音首字母）" {...props} options={options} loading={!options} notFound="没有匹配的企业，请先在「信息库 · 企业」中添加" />;
}

/** Persons labelled 「姓名 · 单位」; with orgId, only the persons of that enterprise or village. */
export function PersonSelect({ orgId, ...props }: PickerProps & { orgId?: string }) {
  const persons = useLiveRecords('persons');
  const villages = useLookup(useLiveRecords('villages'));
  const enterprises = useLookup(useLiveRecords('enterprises'));
  const options = useMemo(
    () =>
      persons
        ?.filter((p: Person) => !orgId || p.orgId === orgId)
        .map((p) => {
          const org = personOrgName(p, villages, enterprises);
          return { value: p.id, label: org ? `${p.name} · ${org}` : p.name, keys: recordKeys(p.name, 'person', [p.phone]) };
        }),
    [persons, orgId, villages, enterprises],
  );
  return <SearchableSelect placeholder="选择人员（可输入姓名或拼音首字母）" {...props} options={options} loading={!options} notFound="没有匹配的人员，请先在「信息库 · 人员」中添加" />;
}
