// Live 产业基地 records with the names the screens show (pairing 「LJ2008-001 企业 — 村」,
// township), and the dialogs every screen that lists bases shares: the form and the delete
// with its 撤销.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { App } from 'antd';
import type { IndustryBase } from '@shared/model/industry-base';
import { getStore } from '../../../db';
import { useConfirmDelete } from '../../../ui/use-confirm-delete';
import { useLiveRecords, useLookup } from '../../../ui/records/data';
import { usePairingOptions } from '../pairing-options';
import { BaseForm } from './BaseForm';

/** Live bases, all or of one pairing; undefined while loading. */
export function useBases(pairingId?: string): IndustryBase[] | undefined {
  return useLiveQuery(() => (pairingId ? getStore().industryBases.ofPairing(pairingId) : getStore().industryBases.list()), [pairingId]);
}

export function useBaseNames() {
  const { byId } = usePairingOptions();
  const townships = useLookup(useLiveRecords('townships'));
  return useMemo(
    () => ({
      pairing: (id: string) => byId.get(id)?.label ?? '（已删除的联建）',
      pairingCode: (id: string) => byId.get(id)?.pairing.code ?? '',
      /** 「企业 — 村」 without the code. */
      pairingSides: (id: string) => {
        const o = byId.get(id);
        return o ? o.label.slice(o.pairing.code.length + 1) : '（已删除的联建）';
      },
      township: (id: string) => townships.get(id)?.name ?? '',
    }),
    [byId, townships],
  );
}

export function useBaseActions() {
  const { message } = App.useApp();
  const confirmDelete = useConfirmDelete();
  const [form, setForm] = useState<{ open: boolean; editing?: IndustryBase; pairingId?: string }>({ open: false });
  const dialogs = (
    <BaseForm
      open={form.open}
      editing={form.editing}
      pairingId={form.pairingId}
      onClose={() => setForm({ open: false })}
      onSaved={(b) => {
        setForm({ open: false });
        message.success(`已保存产业基地「${b.name}」`);
      }}
    />
  );
  return {
    add: (pairingId?: string) => setForm({ open: true, pairingId }),
    edit: (editing: IndustryBase) => setForm({ open: true, editing }),
    remove: (b: IndustryBase) =>
      confirmDelete({ what: `产业基地「${b.name}」`, remove: () => getStore().industryBases.remove(b.id), undo: () => getStore().industryBases.restore(b.id) }),
    dialogs,
  };
}

export { baseTotals } from '@shared/reports/industry-bases';
