// The ledger's dialogs (登记 · 编辑 · 查看 · 快速录入) and delete-with-undo as one hook, so the
// ledger page and a pairing's archive page offer the same actions.
import { useCallback, useState, type ReactNode } from 'react';
import { App } from 'antd';
import { LEDGER_TYPES } from '@shared/model/ledger-catalog';
import type { LedgerEntry } from '@shared/model/types';
import { getStore } from '../../db';
import { useConfirmDelete } from '../../ui/use-confirm-delete';
import { useLiveRecords, useLookup } from '../../ui/records/data';
import { LedgerEntryModal } from './LedgerEntryModal';
import { LedgerEntryDrawer } from './LedgerEntryDrawer';
import { LedgerGridModal } from './LedgerGridModal';
import { usePairingOptions } from './pairing-options';
import { typeName } from './LedgerTable';

type Target = { pairingId?: string; type?: string };

export type LedgerActions = {
  add: (target?: Target) => void;
  grid: (target?: Target) => void;
  edit: (e: LedgerEntry) => void;
  view: (e: LedgerEntry) => void;
  remove: (e: LedgerEntry) => void;
  personName: (id: string) => string;
  /** 「LJ2008-001 企业 — 村」, or 「企业：…」/「村：…」 for an organization's own entry. */
  ownerLabel: (e: LedgerEntry) => string;
  dialogs: ReactNode;
};

export function useLedgerActions(): LedgerActions {
  const { message, notification } = App.useApp();
  const confirmDelete = useConfirmDelete();
  const persons = useLookup(useLiveRecords('persons'));
  const { byId } = usePairingOptions();
  const [form, setForm] = useState<{ open: boolean; entry?: LedgerEntry; target?: Target }>({ open: false });
  const [grid, setGrid] = useState<{ open: boolean; target?: Target }>({ open: false });
  const [viewing, setViewing] = useState<LedgerEntry>();
  const personName = useCallback((id: string) => persons.get(id)?.name ?? '（已删除的人员）', [persons]);
  const enterprises = useLookup(useLiveRecords('enterprises'));
  const villages = useLookup(useLiveRecords('villages'));
  const ownerLabel = useCallback(
    (e: LedgerEntry) =>
      e.pairingId ? (byId.get(e.pairingId)?.label ?? '') : e.enterpriseId ? `企业：${enterprises.get(e.enterpriseId)?.name ?? '（已删除）'}` : e.villageId ? `村：${villages.get(e.villageId)?.name ?? '（已删除）'}` : '',
    [byId, enterprises, villages],
  );

  const saved = (count: number, warnings: string[]) => {
    message.success(count === 1 ? '已保存台账记录' : `已保存 ${count} 条台账记录`);
    if (warnings.length) notification.warning({ title: '已保存，请核对', description: warnings.join('；'), duration: 10 });
  };

  const dialogs = (
    <>
      <LedgerEntryModal
        open={form.open}
        entry={form.entry}
        pairingId={form.target?.pairingId}
        defaultType={form.target?.type}
        onClose={() => setForm({ open: false })}
        onSaved={(_, warnings) => {
          setForm({ open: false });
          saved(1, warnings);
        }}
      />
      <LedgerGridModal
        open={grid.open}
        pairingId={grid.target?.pairingId}
        defaultType={grid.target?.type}
        onClose={() => setGrid({ open: false })}
        onSaved={(count, warnings) => {
          setGrid({ open: false });
          saved(count, warnings);
        }}
      />
      <LedgerEntryDrawer entry={viewing} catalog={LEDGER_TYPES} ownerLabel={ownerLabel} personName={personName} onClose={() => setViewing(undefined)} />
    </>
  );

  return {
    add: (target) => setForm({ open: true, target }),
    grid: (target) => setGrid({ open: true, target }),
    edit: (entry) => setForm({ open: true, entry }),
    view: setViewing,
    remove: (e) =>
      confirmDelete({
        what: `${e.date} 的${typeName(LEDGER_TYPES, e.type)}记录`,
        remove: () => getStore().ledgerEntries.remove(e.id),
        undo: () => getStore().ledgerEntries.restore(e.id),
      }),
    personName,
    ownerLabel,
    dialogs,
  };
}
