// What the ledger offers other features: the ledger table of a pairing or organization, its
// totals, and the add / edit / delete actions with their dialogs (the archive page uses them).
export { LedgerTable, LedgerTotals } from './LedgerTable';
export { useLedgerActions } from './use-ledger-actions';
export { PairingBasesCard } from './bases/PairingBasesCard';
// Attachment thumbnails and the file picker, used for the evidence of rectification items too.
export { AttachmentList, type ShownAttachment } from './AttachmentList';
export { pickAttachments } from './attachment-files';
export { usePairingOptions, type PairingOption } from './pairing-options';
