import { useMemo, useState } from 'react';
import { App } from 'antd';
import { ENTERPRISE_PARTY_ORG_TYPES, OWNERSHIPS } from '@shared/model/enums';
import type { Enterprise } from '@shared/model/types';
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
import type { EnterpriseFormProps } from './EnterpriseForm';

// The form loads on its first open, not with the list (lazy-form.tsx); the keys are read as stored
// (use-keys-of.ts): the list opens without the form's code or pinyin-pro.
const EnterpriseForm = lazyForm<EnterpriseFormProps>(() => import('./EnterpriseForm'), 'EnterpriseForm');

export type EnterpriseRow = Enterprise & { searchKeys: string; sortKey: string; townshipName: string; townshipOrder: number };

const choices = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

const COLUMNS: ListColumn<EnterpriseRow>[] = [
  nameColumn('企业名称', 220, '/registry/enterprises'),
  { key: 'uscc', title: '统一社会信用代码', kind: 'text', width: 180, value: (r) => r.uscc },
  { key: 'township', title: '所属乡镇（开发区）', kind: 'text', width: 140, value: (r) => r.townshipName, sortValue: (r) => r.townshipOrder },
  { key: 'industry', title: '行业', kind: 'text', width: 100, value: (r) => r.industry },
  { key: 'ownership', title: '经济类型', kind: 'text', width: 90, value: (r) => r.ownership },
  { key: 'aboveScale', title: '规模以上', kind: 'boolean', width: 90, value: (r) => r.aboveScale },
  { key: 'employees', title: '从业人员', unit: '人', kind: 'integer', width: 100, sum: true, value: (r) => r.employees },
  { key: 'outputValue', title: '年产值', unit: '万元', kind: 'money', width: 120, sum: true, value: (r) => r.outputValue },
  { key: 'foundedYear', title: '成立年份', kind: 'integer', width: 90, value: (r) => r.foundedYear },
  { key: 'orgType', title: '党组织类型', kind: 'text', width: 100, value: (r) => r.partyOrg.type },
  { key: 'orgDate', title: '党组织建立日期', kind: 'date', width: 130, value: (r) => r.partyOrg.establishedDate },
  { key: 'secretary', title: '党组织书记', kind: 'text', width: 100, value: (r) => r.partyOrg.secretary },
  { key: 'members', title: '党员数', unit: '人', kind: 'integer', width: 90, sum: true, value: (r) => r.partyOrg.members },
  { key: 'contactName', title: '联系人', kind: 'text', width: 90, value: (r) => r.contactName },
  { key: 'contactPhone', title: '联系电话', kind: 'text', width: 130, value: (r) => r.contactPhone },
];

export function EnterprisesPage() {
  const { message } = App.useApp();
  const confirmDelete = useConfirmDelete();
  const enterprises = useLiveRecords('enterprises');
  const townships = useLiveRecords('townships');
  const [form, setForm] = useState<{ open: boolean; editing?: Enterprise }>({ open: false });
  const keysOf = useKeysOf('enterprises', enterprises);

  const rows = useMemo(() => {
    if (!enterprises || !townships || !keysOf) return undefined;
    const order = new Map(sortTownships(townships).map((t, i) => [t.id, { name: t.name, order: i }]));
    return enterprises
      .map((e): EnterpriseRow => {
        const t = order.get(e.townshipId);
        return { ...e, ...keysOf(e), townshipName: t?.name ?? '', townshipOrder: t?.order ?? Number.MAX_SAFE_INTEGER };
      })
      .sort((a, b) => a.townshipOrder - b.townshipOrder || (a.sortKey < b.sortKey ? -1 : 1));
  }, [enterprises, townships, keysOf]);

  const [industries] = useSetting('industries');
  const filters = useMemo((): ListFilter<EnterpriseRow>[] => {
    const used = new Set((enterprises ?? []).map((e) => e.industry).filter((i): i is string => Boolean(i)));
    return [
      { key: 'township', label: '乡镇', primary: true, options: sortTownships(townships ?? []).map((t) => ({ value: t.id, label: t.name })), test: (r, v) => r.townshipId === v },
      { key: 'industry', label: '行业', primary: true, options: choices([...new Set([...industries, ...used])]), test: (r, v) => r.industry === v },
      { key: 'orgType', label: '党组织类型', primary: true, options: choices(ENTERPRISE_PARTY_ORG_TYPES), test: (r, v) => r.partyOrg.type === v },
      {
        key: 'aboveScale',
        label: '规模以上',
        options: [
          { value: 'yes', label: '是' },
          { value: 'no', label: '否' },
        ],
        test: (r, v) => r.aboveScale === (v === 'yes'),
      },
      { key: 'ownership', label: '经济类型', options: choices(OWNERSHIPS), test: (r, v) => r.ownership === v },
    ];
  }, [enterprises, townships, industries]);

  return (
    <RegistryList<EnterpriseRow>
      table="enterprises"
      heading="企情信息库"
      reportTitle="企情信息表"
      entityName="企业"
      rows={rows}
      columns={COLUMNS}
      filters={filters}
      searchPlaceholder="企业名称、拼音首字母、信用代码"
      onCreate={() => setForm({ open: true })}
      onEdit={(r) => setForm({ open: true, editing: enterprises?.find((e) => e.id === r.id) })}
      onDelete={(r) =>
        confirmDelete({
          what: `企业「${r.name}」`,
          remove: () => getStore().enterprises.remove(r.id),
          undo: () => getStore().enterprises.restore(r.id),
        })
      }
      detailPath={(r) => `/registry/enterprises/${r.id}`}
    >
      <EnterpriseForm
        open={form.open}
        editing={form.editing}
        onClose={() => setForm({ open: false })}
        onSaved={(e) => {
          setForm({ open: false });
          message.success(`已保存企业「${e.name}」`);
        }}
      />
    </RegistryList>
  );
}
