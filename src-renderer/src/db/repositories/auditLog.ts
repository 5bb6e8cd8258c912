import type { AuditEntry } from '@/domain/audit/types';
import { getDb, type AppDatabase } from '../database';

/** Newest first. */
export async function recentAuditEntries(limit = 500, db: AppDatabase = getDb()): Promise<AuditEntry[]> {
  return db.auditLog.orderBy('id').reverse().limit(limit).toArray();
}

export async function auditEntriesFor(table: string, recordId: string, db: AppDatabase = getDb()): Promise<AuditEntry[]> {
  const rows = await db.auditLog.where('recordId').equals(recordId).toArray();
  return rows.filter((r) => r.table === table).reverse();
}
