// Audit entries are written inside the caller's transaction (which must include `audit`),
// so a change and its record commit or roll back together.
import type { AuditAction } from '@shared/model/types';
import type { AppDatabase } from './database';

export type AuditInput = {
  action: AuditAction;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  batchId?: string;
};

export function nowIso(): string {
  return new Date().toISOString();
}

export async function recordAudit(db: AppDatabase, input: AuditInput): Promise<void> {
  await db.audit.add({ ...input, time: nowIso() });
}

export function newId(): string {
  return crypto.randomUUID();
}
