import { useMemo, useState } from 'react';
import { App } from 'antd';
import { VILLAGE_PARTY_ORG_TYPES } from '@shared/model/enums';
import type { Village } from '@shared/model/types';
import { getStore } from '../../../db';
import { useSetting } from '../../../app/use-setting';
import { useConfirmDelete } from '../../../ui/use-confirm-delete';
import { sortTownships, useLiveRecords } from '../../../ui/records/data';
import { RegistryList } from '../list/RegistryList';
import { nameColumn } from '../list/name-column';
import type { ListColumn } from '@renderer/ui/list/types';
import type { ListFilter } from '../list/types';
import { lazyForm } from '../../../ui/form/lazy-form';
import { useKeysOf } from '../list/use-keys-of';
import type { VillageFormProps } from './VillageForm';

// The form loads on its first open, not with the list (lazy-form.tsx); the keys are read as stored
// (use-keys-of.ts): the list opens without the form's code or pinyin-pro.
const VillageForm = lazyForm<VillageFormProps>(() => import('./VillageForm'), 'VillageForm');

export type VillageRow = Village & { searchKeys: string; sortKey: string; townshipName: string; townshipOrder: number };

const choices = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

const COLUMNS: ListColumn<VillageRow>[] = [
  nameColumn('村名', 140, '/registry/villages'),
  { key: 'township', title: '所属乡镇', kind: 'text', width: 120, value: (r) => r.townshipName, sortValue: (r) => r.townshipOrder },
  { key: 'areaCode', title: '区划代码', kind: 'text', width: 130, value: (r) => r.areaCode },
  { key: 'households', title: '户数', unit: '户', kind: 'integer', width: 90, sum: true, value: (r) => r.households },
  { key: 'population', title: '人口', unit: '人', kind: 'integer', width: 90, sum: true, value: (r) => r.population },
  { key: 'surplusLabour', title: '富余劳动力', unit: '人', kind: 'integer', width: 120, sum: true, value: (r) => r.surplusLabour },
  { key: 'landlessFarmers', title: '失地农民', unit: '人', kind: 'integer', width: 110, sum: true, value: (r) => r.landlessFarmers },
  { key: 'industries', title: '主导产业', kind: 'text', width: 150, value: (r) => r.industries.join('、') },
  { key: 'collectiveIncome', title: '村集体收入', unit: '万元', kind: 'money', width: 130, sum: true, value: (r) => r.collectiveIncome },
  { key: 'orgType', title: '党组织类型', kind: 'text', width: 100, value: (r) => r.partyOrg.type },
  { key: 'secretary', title: '党组织书记', kind: 'text', width: 100, value: (r) => r.partyOrg.secretary },
  { key: 'members', title: '党员数', unit: '人', kind: 'integer', width: 100, sum: true, value: (r) => r.partyOrg.members },
  { key: 'contactName', title: '联系人', kind: 'text', width: 90, value: (r) => r.contactName },
  { key: 'contactPhone', title: '联系电话', kind: 'text', width: 130, value: (r) => r.contactPhone },
];

export function VillagesPage() {
  const { message } = App.useApp();
  const confirmDelete = useConfirmDelete();
  const villages = useLiveRecords('villages');
  const townships = useLiveRecords('townships');
  const [form, setForm] = useState<{ open: boolean; editing?: Village }>({ open: false });
  const keysOf = useKeysOf('villages', villages);

  const rows = useMemo(() => {
    if (!villages || !townships || !keysOf) return undefined;
    const order = new Map(sortTownships(townships).map((t, i) => [t.id, { name: t.name, order: i }]));
    return villages
      .map((v): VillageRow => {
        const t = order.get(v.townshipId);
        return { ...v, ...keysOf(v), townshipName: t?.name ?? '', townshipOrder: t?.order ?? Number.MAX_SAFE_INTEGER };
      })
      .sort((a, b) => a.townshipOrder - b.townshipOrder || (a.sortKey < b.sortKey ? -1 : 1));
  }, [villages, townships, keysOf]);

  const [industries] = useSetting('industries');
  const filters = useMemo((): ListFilter<VillageRow>[] => {
    const used = new Set((villages ?? []).flatMap((v) => v.industries));
    return [
      { key: 'township', label: '乡镇', primary: true, options: sortTownships(townships ?? []).map((t) => ({ value: t.id, label: t.name })), test: (r, v) => r.townshipId === v },
      { key: 'orgType', label: '党组织类型', primary: true, options: choices(VILLAGE_PARTY_ORG_TYPES), test: (r, v) => r.partyOrg.type === v },
      { key: 'industry', label: '主导产业', options: choices([...new Set([...industries, ...used])]), test: (r, v) => r.industries.includes(v) },
    ];
  }, [villages, townships, industries]);

  return (
    <RegistryList<VillageRow>
      table="villages"
      heading="村情信息库"
      reportTitle="村情信息表"
      entityName="村"
      rows={rows}
      columns={COLUMNS}
      filters={filters}
      searchPlaceholder="村名、拼音首字母（如 hxc）"
      onCreate={() => setForm({ open: true })}
      onEdit={(r) => setForm({ open: true, editing: villages?.find((v) => v.id === r.id) })}
      onDelete={(r) =>
        confirmDelete({
          what: `村「${r.name}」`,
          remove: () => getStore().villages.remove(r.id),
          undo: () => getStore().villages.restore(r.id),
        })
      }
      detailPath={(r) => `/registry/villages/${r.id}`}
    >
      <VillageForm
        open={form.open}
        editing={form.editing}
        onClose={() => setForm({ open: false })}
        onSaved={(v) => {
          setForm({ open: false });
          message.success(`已保存村「${v.name}」`);
        }}
      />
    </RegistryList>
  );
}
