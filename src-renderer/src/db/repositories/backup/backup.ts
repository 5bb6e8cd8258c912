import { exportDB, peakImportFile } from 'dexie-export-import';
import { backupFileName, gzip, packBackup, sha256Hex } from '@/domain/backup/container';
import { BACKUP_EXTENSION, BACKUP_FORMAT_VERSION, BACKUP_MAGIC, type BackupHeader } from '@/domain/backup/types';
import { getDb, type AppDatabase } from '../../database';
import { CACHE_TABLES } from '../../schema/versions';

export interface CreatedBackup {
  bytes: Uint8Array;
  header: BackupHeader;
  fileName: string;
}

/**
 * The whole database (every table, blobs included) as one backup file: dexie-export-import's
 * JSON, gzip-compressed, behind a header with app and schema version, time, record counts and a
 * SHA-256 of the payload.
 */
export async function createBackup(opts: { appVersion: string; reason?: BackupHeader['reason'] }, db: AppDatabase = getDb()): Promise<CreatedBackup> {
  if (!db.isOpen()) await db.open();
  const at = new Date();
  // dexie-export-import reads every table in one transaction and records each table's row
  // count there; those counts go into the header, so they match the payload exactly.
  const exported = await exportDB(db, { prettyJson: false, skipTables: [...CACHE_TABLES] });
  const meta = await peakImportFile(exported);
  const counts: Record<string, number> = {};
  for (const t of meta.data.tables) counts[t.name] = t.rowCount;
  const payload = await gzip(new Uint8Array(await exported.arrayBuffer()));
  const header: BackupHeader = {
    format: BACKUP_MAGIC,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: opts.appVersion,
    schemaVersion: db.verno,
    createdAt: at.toISOString(),
    counts,
    compression: 'gzip',
    payloadBytes: payload.length,
    checksum: await sha256Hex(payload),
    reason: opts.reason ?? 'manual',
  };
  return { bytes: packBackup(header, payload), header, fileName: backupFileName(at, BACKUP_EXTENSION) };
}
