// Saves the ledger rows on screen as .xlsx through the host.
import { formatDateCn } from '@shared/model/parse-date';
import { LEDGER_TYPES } from '@shared/model/ledger-catalog';
import { todayIso } from '@shared/model/pairing-rules';
import type { Enterprise, LedgerEntry, Pairing, Village } from '@shared/model/types';
import { buildLedgerWorkbook } from '@shared/reports/ledger-xlsx';
import type { Result, SavedFile } from '@shared/ipc/contract';
import { host } from '../../host';

export type LedgerExportLookups = {
  pairings: ReadonlyMap<string, { pairing: Pairing }>;
  enterprises: ReadonlyMap<string, Enterprise>;
  villages: ReadonlyMap<string, Village>;
  townshipName: (id: string) => string;
  personName: (id: string) => string;
};

export async function exportLedger(entries: readonly LedgerEntry[], lookups: LedgerExportLookups, period: string): Promise<Result<SavedFile>> {
  const pairing = (id: string | undefined) => (id ? lookups.pairings.get(id)?.pairing : undefined);
  const today = todayIso();
  const built = buildLedgerWorkbook(
    LEDGER_TYPES,
    entries,
    {
      pairingCode: (e) => pairing(e.pairingId)?.code ?? '',
      enterpriseName: (e) => lookups.enterprises.get(pairing(e.pairingId)?.enterpriseId ?? e.enterpriseId ?? '')?.name ?? '',
      villageName: (e) => lookups.villages.get(pairing(e.pairingId)?.villageId ?? e.villageId ?? '')?.name ?? '',
      townshipName: lookups.townshipName,
      personName: lookups.personName,
    },
    `期间：${period}　导出日期：${formatDateCn(today)}`,
  );
  if (!built.ok) return built;
  return host.saveFile({
    title: '导出成效台账',
    defaultName: `成效台账_${today}.xlsx`,
    bytes: built.value as Uint8Array<ArrayBuffer>,
    filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
  });
}
