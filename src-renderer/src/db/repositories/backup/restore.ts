import Dexie from 'dexie';
import { importInto } from 'dexie-export-import';
import { BackupError, gunzip, verifyBackup } from '@/domain/backup/container';
import { BACKUP_ERROR } from '@/domain/backup/labels';
import type { BackupHeader } from '@/domain/backup/types';
import { addAuditEntries } from '../../audit';
import { AppDatabase, DATABASE_NAME, getDb } from '../../database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../schema/versions';
import { tableCounts } from './checksum';

export interface BackupPreview {
  header: BackupHeader;
  /** Records per table now, to show what a restore would replace. */
  current: Record<string, number>;
  /** True when the backup comes from an older schema and will be migrated. */
  needsMigration: boolean;
}

export interface RestoreResult {
  header: BackupHeader;
  counts: Record<string, number>;
}

/** Validates layout, checksum and schema version; reads nothing into the database. */
export async function inspectBackup(bytes: Uint8Array, db: AppDatabase = getDb()): Promise<BackupPreview> {
  const { header } = await verifyBackup(bytes, CURRENT_SCHEMA_VERSION);
  return { header, current: await tableCounts(db), needsMigration: header.schemaVersion < CURRENT_SCHEMA_VERSION };
}

/**
 * Reads a backup into a separate staging database opened at the backup's schema version, then
 * reopens it with the full version list so Dexie runs the upgrades of newer versions. Returns
 * every table's records. The real database is not touched here.
 */
async function readThroughStaging(db: AppDatabase, header: BackupHeader, json: Blob): Promise<Record<string, unknown[]>> {
  const name = `${db.name}-khoi-phuc`;
  await Dexie.delete(name);
  const rows: Record<string, unknown[]> = {};
  try {
    const older = new AppDatabase(
      name,
      SCHEMA_VERSIONS.filter((v) => v.version <= header.schemaVersion),
    );
    try {
      await older.open();
      await importInto(older, json, { acceptNameDiff: true });
    } catch (err) {
      console.error('Khôi phục: đọc nội dung sao lưu lỗi', err);
      throw new BackupError(BACKUP_ERROR.payload);
    } finally {
      older.close();
    }
    const staged = new AppDatabase(name);
    try {
      await staged.open();
      await staged.transaction('r', staged.tables, async () => {
        for (const t of staged.tables) rows[t.name] = await t.toArray();
      });
    } finally {
      staged.close();
    }
  } finally {
    await Dexie.delete(name);
  }
  return rows;
}

/**
 * Restores a backup. The file is verified (layout, SHA-256, schema version), then read and, if
 * older, migrated in a staging database. Only then is every table replaced, in ONE transaction
 * with an audit entry, using IndexedDB operations only (any other await would let IndexedDB
 * commit half-way). A failure (unreadable payload, counts that do not match the header) aborts
 * that transaction, so the current data stays exactly as it was.
 */
export async function restoreBackup(bytes: Uint8Array, db: AppDatabase = getDb()): Promise<RestoreResult> {
  const { header, payload } = await verifyBackup(bytes, CURRENT_SCHEMA_VERSION);
  const json = new Blob([(header.compression === 'gzip' ? await gunzip(payload) : payload) as BlobPart], { type: 'application/json' });
  if (!db.isOpen()) await db.open();
  const staged = await readThroughStaging(db, header, json);

  const counts: Record<string, number> = {};
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      await table.clear();
      const list = staged[table.name] ?? [];
      if (list.length) await table.bulkPut(list);
    }
    for (const table of db.tables) {
      const n = await table.count();
      // The backup's own counts must be reproduced exactly; otherwise abort.
      const expected = header.counts[table.name];
      if (expected !== undefined && n !== expected) throw new BackupError(BACKUP_ERROR.countMismatch(table.name));
      counts[table.name] = n;
    }
    await addAuditEntries(db, [
      {
        action: 'restore-backup',
        table: '*',
        recordId: header.createdAt,
        summary: `Khôi phục dữ liệu từ bản sao lưu lúc ${header.createdAt} (phiên bản ${header.appVersion}, cấu trúc v${header.schemaVersion})`,
      },
    ]);
    counts.auditLog = (counts.auditLog ?? 0) + 1;
  });
  return { header, counts };
}

export { DATABASE_NAME };
