// The backup file: a zip holding manifest.json, the tables as JSON (in parts of at most
// ROWS_PER_PART rows, so no single string grows past what a browser can hold) and every
// attachment as its own file. The manifest names every part with its size and SHA-256, so a
// changed, truncated or swapped part is found before anything is written to the store.
//
// Extension .cqbak rather than .zip: Windows opens a .zip like a folder and invites editing
// it by hand; a name of its own also lets the open dialog show backups only. The content is
// still a plain zip, so a .zip renamed by a user restores as well.
import { z } from 'zod';

export { BACKUP_FORMAT_ID, BACKUP_FORMAT_VERSION, BACKUP_EXTENSION, BACKUP_FILE_FILTERS, MANIFEST_PATH, ROWS_PER_PART, BACKUP_REASONS, REASON_LABELS } from './format-constants';
export type { BackupReason } from './format-constants';
import { BACKUP_FORMAT_ID, BACKUP_REASONS } from './format-constants';

const partPath = z.string().min(1).max(200);
const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const size = z.number().int().nonnegative();

export const TablePart = z.object({
  kind: z.literal('table'),
  path: partPath,
  table: z.string().min(1).max(64),
  rows: size,
  bytes: size,
  sha256: hex64,
});
export type TablePart = z.infer<typeof TablePart>;

export const AttachmentPart = z.object({
  kind: z.literal('attachment'),
  path: partPath,
  /** The attachment record's id. */
  id: z.string().min(1).max(200),
  /** The Blob's own MIME type. */
  type: z.string().max(200),
  bytes: size,
  sha256: hex64,
});
export type AttachmentPart = z.infer<typeof AttachmentPart>;

export const Manifest = z.object({
  format: z.literal(BACKUP_FORMAT_ID),
  formatVersion: z.number().int().min(1),
  app: z.object({ name: z.string().max(100), version: z.string().max(50) }),
  schemaVersion: z.number().int().min(1),
  createdAt: z.string().refine((s) => !Number.isNaN(Date.parse(s))),
  reason: z.enum(BACKUP_REASONS).optional().catch(undefined),
  counts: z.record(z.string().max(64), size),
  parts: z.array(z.discriminatedUnion('kind', [TablePart, AttachmentPart])).max(1_000_000),
});
export type Manifest = z.infer<typeof Manifest>;
