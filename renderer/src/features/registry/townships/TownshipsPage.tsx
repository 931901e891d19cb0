import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { App } from 'antd';
import { TOWNSHIP_KINDS } from '@shared/model/enums';
import type { Township } from '@shared/model/types';
import { useLiveRecords } from '../../../ui/records/data';
import { RegistryList } from '../list/RegistryList';
import type { ListColumn } from '@renderer/ui/list/types';
import type { ListFilter } from '../list/types';
import { lazyForm } from '../../../ui/form/lazy-form';
import { useKeysOf } from '../list/use-keys-of';
import type { TownshipFormProps } from './TownshipForm';
import { useRemoveTownship } from './use-remove-township';

// The form loads on its first open, not with the list (lazy-form.tsx); the keys are read as stored
// (use-keys-of.ts): the list opens without the form's code or pinyin-pro.
const TownshipForm = lazyForm<TownshipFormProps>(() => import('./TownshipForm'), 'TownshipForm');

export type TownshipRow = Township & { searchKeys: string; sortKey: string; villageCount: number; enterpriseCount: number };

const COLUMNS: ListColumn<TownshipRow>[] = [
  {
    key: 'name',
    title: '名称',
    kind: 'text',
    width: 180,
    fixed: 'left',
    value: (r) => r.name,
    render: (r) => <Link to={`/registry/townships/${r.id}`}>{r.name}</Link>,
  },
  { key: 'kind', title: '类型', kind: 'text', width: 90, value: (r) => r.kind },
  { key: 'order', title: '排序', kind: 'integer', width: 80, value: (r) => r.order },
  { key: 'leaderName', title: '挂钩领导', kind: 'text', width: 120, value: (r) => r.leaderName },
  { key: 'leaderPost', title: '领导职务', kind: 'text', width: 200, value: (r) => r.leaderPost },
  { key: 'villages', title: '村', unit: '个', kind: 'integer', width: 90, sum: true, value: (r) => r.villageCount },
  { key: 'enterprises', title: '企业', unit: '家', kind: 'integer', width: 90, sum: true, value: (r) => r.enterpriseCount },
];

const FILTERS: ListFilter<TownshipRow>[] = [
  { key: 'kind', label: '类型', primary: true, options: TOWNSHIP_KINDS.map((k) => ({ value: k, label: k })), test: (r, v) => r.kind === v },
];

function countBy(items: { townshipId: string }[] | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const i of items ?? []) counts.set(i.townshipId, (counts.get(i.townshipId) ?? 0) + 1);
  return counts;
}

export function TownshipsPage() {
  const { message } = App.useApp();
  const townships = useLiveRecords('townships');
  const villages = useLiveRecords('villages');
  const enterprises = useLiveRecords('enterprises');
  const removeTownship = useRemoveTownship();
  const [form, setForm] = useState<{ open: boolean; editing?: Township }>({ open: false });
  const keysOf = useKeysOf('townships', townships);

  const rows = useMemo(() => {
    if (!townships || !keysOf) return undefined;
    const v = countBy(villages);
    const e = countBy(enterprises);
    return townships
      .map((t): TownshipRow => ({ ...t, ...keysOf(t), villageCount: v.get(t.id) ?? 0, enterpriseCount: e.get(t.id) ?? 0 }))
      .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'zh-CN'));
  }, [townships, villages, enterprises, keysOf]);
  const nextOrder = Math.max(0, ...(townships ?? []).map((t) => t.order)) + 1;

  return (
    <RegistryList<TownshipRow>
      table="townships"
      heading="乡镇（开发区）"
      reportTitle="乡镇（开发区）一览表"
      entityName="乡镇"
      rows={rows}
      columns={COLUMNS}
      filters={FILTERS}
      searchPlaceholder="名称、拼音首字母、挂钩领导"
      onCreate={() => setForm({ open: true })}
      onEdit={(r) => setForm({ open: true, editing: townships?.find((t) => t.id === r.id) })}
      onDelete={(r) => removeTownship(r)}
      detailPath={(r) => `/registry/townships/${r.id}`}
    >
      <TownshipForm
        open={form.open}
        editing={form.editing}
        nextOrder={nextOrder}
        onClose={() => setForm({ open: false })}
        onSaved={(t) => {
          setForm({ open: false });
          message.success(`已保存乡镇「${t.name}」`);
        }}
      />
    </RegistryList>
  );
}
