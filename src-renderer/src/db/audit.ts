import type { Table, Transaction } from 'dexie';
import type { AuditEntry } from '@/domain/audit/types';
import type { AppDatabase } from './database';

export type AuditDraft = Omit<AuditEntry, 'id' | 'at' | 'actor'>;

let currentActor = 'Người dùng';

/** Name written into audit entries; set from the office profile at start-up. */
export function setAuditActor(name: string): void {
  currentActor = name.trim() || 'Người dùng';
}

export interface AuditedTx {
  tx: Transaction;
  /** Queue an audit entry; it is written in the same transaction as the change. */
  audit(entry: AuditDraft): Promise<void>;
}

/**
 * Every repository write goes through here: one read-write transaction over the given
 * tables plus auditLog, so a change and its audit entry land together or not at all.
 */
export async function auditedWrite<R>(db: AppDatabase, tables: Array<Table<any, any>>, work: (ctx: AuditedTx) => Promise<R>): Promise<R> {
  return db.transaction('rw', [...tables, db.auditLog], async (tx) => {
    const at = new Date().toISOString();
    const audit = async (entry: AuditDraft) => {
      await db.auditLog.add({ ...entry, at, actor: currentActor });
    };
    return work({ tx, audit });
  });
}

/** Bulk variant for imports: many entries in one call. */
export async function addAuditEntries(db: AppDatabase, entries: AuditDraft[]): Promise<void> {
  const at = new Date().toISOString();
  await db.auditLog.bulkAdd(entries.map((e) => ({ ...e, at, actor: currentActor })));
}
