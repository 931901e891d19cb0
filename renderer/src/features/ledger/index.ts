// What the ledger offers other features: the ledger table of a pairing or organization, its
// totals, and the add / edit / delete actions with their dialogs (the archive page uses them).
export { LedgerTable, LedgerTotals } from './LedgerTable';
export { useLedgerActions } from './use-ledger-actions';
export { usePairingOptions, type PairingOption } from './pairing-options';
