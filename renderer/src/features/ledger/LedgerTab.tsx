// 台账 tab of an enterprise's or a village's detail page: the ledger of all its pairings
// (and its own entries), with the totals per type.
import { useLiveQuery } from 'dexie-react-hooks';
import { LEDGER_TYPES } from '@shared/model/ledger-catalog';
import { getStore } from '../../db';
import type { DetailTabProps } from '../../ui/records/detail-tabs';
import { LedgerTable, LedgerTotals } from './LedgerTable';
import { useLedgerActions } from './use-ledger-actions';

export function LedgerTab({ kind, record }: DetailTabProps) {
  const actions = useLedgerActions();
  const side = kind === 'enterprise' ? 'enterpriseId' : 'villageId';
  const entries = useLiveQuery(async () => {
    const { db } = getStore();
    const pairingIds = await db.pairings.where(side).equals(record.id).primaryKeys();
    const [ofPairings, own] = await Promise.all([db.ledger.where('pairingId').anyOf(pairingIds).toArray(), db.ledger.where(side).equals(record.id).toArray()]);
    return [...ofPairings, ...own].filter((e) => !e.deleted).sort((a, b) => b.date.localeCompare(a.date));
  }, [side, record.id]);
  return (
    <div>
      <LedgerTotals entries={entries ?? []} catalog={LEDGER_TYPES} />
      <div style={{ marginTop: 12 }}>
        <LedgerTable
          entries={entries ?? []}
          catalog={LEDGER_TYPES}
          loading={entries === undefined}
          personName={actions.personName}
          ownerLabel={actions.ownerLabel}
          emptyText="暂无台账记录"
          onView={actions.view}
          onEdit={actions.edit}
          onDelete={actions.remove}
        />
      </div>
      {actions.dialogs}
    </div>
  );
}
