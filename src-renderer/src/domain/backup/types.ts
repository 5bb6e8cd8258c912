/** Backup file shapes (data safety). */

/** First line of every backup file; identifies the format before anything is parsed. */
export const BACKUP_MAGIC = 'THIDUA-HTX-BACKUP';
/** Version of the file layout (not of the database schema). */
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_EXTENSION = 'tdbackup';

export interface BackupHeader {
  format: typeof BACKUP_MAGIC;
  formatVersion: number;
  appVersion: string;
  /** Database schema version the payload was exported from (db/schema/versions.ts). */
  schemaVersion: number;
  /** ISO timestamp of the backup. */
  createdAt: string;
  /** Records per table at backup time. */
  counts: Record<string, number>;
  /** How the payload bytes are stored. */
  compression: 'gzip' | 'none';
  payloadBytes: number;
  /** SHA-256 (hex) of the payload bytes exactly as stored in the file. */
  checksum: string;
  /** Why it was made: the user, or the desktop app on quit / daily. */
  reason: 'manual' | 'quit' | 'daily';
}

export interface ParsedBackup {
  header: BackupHeader;
  /** Payload bytes as stored (still compressed when header.compression is gzip). */
  payload: Uint8Array;
}
