import Dexie, { type IndexableTypePart } from 'dexie';
import { importInto } from 'dexie-export-import';
import { BackupError, gunzip, verifyBackup } from '@/domain/backup/container';
import { BACKUP_ERROR } from '@/domain/backup/labels';
import { readDexiePayload, type ParsedPayload, type PayloadTableSchema } from '@/domain/backup/payload';
import type { BackupHeader } from '@/domain/backup/types';
import type { Unit } from '@/domain/registry/types';
import { addAuditEntries } from '../../audit';
import { AppDatabase, DATABASE_NAME, getDb } from '../../database';
import { CACHE_TABLES, CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../schema/versions';
import { rebuildDirectory } from '../registry/directoryStore';
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
  /** How the payload was read: straight from the file (current schema) or through the staging database (older schema). */
  via: 'direct' | 'staging';
}

/** Records written so far by a restore, out of all records of the backup. */
export interface RestoreProgress {
  done: number;
  total: number;
}

export interface RestoreOptions {
  /** Called as the records are written (from 0 up to the total), inside the replace transaction. */
  onProgress?: (progress: RestoreProgress) => void;
}

/** Records per bulkPut inside the replace transaction. */
const WRITE_BATCH = 10_000;

/** The records to write into one table (out-of-line tables also carry their keys). */
interface TableRows {
  values: unknown[];
  keys?: IndexableTypePart[];
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
async function readThroughStaging(db: AppDatabase, header: BackupHeader, json: Blob): Promise<Map<string, TableRows>> {
  const name = `${db.name}-khoi-phuc`;
  await Dexie.delete(name);
  const rows = new Map<string, TableRows>();
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
        for (const t of staged.tables) rows.set(t.name, { values: await t.toArray() });
      });
    } finally {
      staged.close();
    }
  } finally {
    await Dexie.delete(name);
  }
  return rows;
}

function payloadSchema(db: AppDatabase): PayloadTableSchema[] {
  return db.tables.map((t) => {
    const pk = t.schema.primKey;
    return { name: t.name, primKeySrc: pk.src, keyPath: pk.keyPath ?? null, auto: !!pk.auto };
  });
}

/**
 * Rows with typeson encodings (Blobs, Dates, binary…) are revived by dexie-export-import itself:
 * they are handed to its importInto as a small export of their own, over a stand-in database that
 * only collects what importInto would write. Plain rows never go through here.
 */
async function reviveEncodedRows(payload: ParsedPayload): Promise<Map<string, TableRows>> {
  const revived = new Map<string, TableRows>();
  const list = [...payload.tables.values()].filter((t) => t.encoded.length);
  if (!list.length) return revived;
  const json = JSON.stringify({
    formatName: 'dexie',
    formatVersion: 1,
    data: {
      databaseName: payload.databaseName,
      databaseVersion: payload.databaseVersion,
      tables: list.map((t) => ({ name: t.name, schema: t.schema, rowCount: t.encoded.length })),
      data: list.map((t) => ({ tableName: t.name, inbound: t.inbound, rows: t.encoded })),
    },
  });
  const collector = {
    name: payload.databaseName,
    verno: payload.databaseVersion,
    tables: [],
    table: (name: string) => ({
      name,
      bulkPut: (values: unknown[], keys?: IndexableTypePart[]) => {
        let out = revived.get(name);
        if (!out) revived.set(name, (out = { values: [], ...(keys ? { keys: [] } : {}) }));
        out.values.push(...values);
        if (keys) out.keys!.push(...keys);
        return Promise.resolve();
      },
    }),
  };
  try {
    await importInto(collector as unknown as Dexie, new Blob([json], { type: 'application/json' }), {
      acceptNameDiff: true,
      acceptVersionDiff: true,
      acceptChangedPrimaryKey: true,
      overwriteValues: true,
      noTransaction: true,
    });
  } catch (err) {
    console.error('Khôi phục: giải mã bản ghi đặc biệt lỗi', err);
    throw new BackupError(BACKUP_ERROR.payload);
  }
  return revived;
}

/**
 * A backup of the current schema, read without a staging database: the JSON is parsed and
 * checked (domain/backup/payload.ts), encoded rows are revived by dexie-export-import.
 */
async function readDirect(db: AppDatabase, text: string): Promise<Map<string, TableRows>> {
  let payload: ParsedPayload;
  try {
    payload = readDexiePayload(text, payloadSchema(db), CURRENT_SCHEMA_VERSION, CACHE_TABLES);
  } catch (err) {
    console.error('Khôi phục: nội dung sao lưu không hợp lệ', (err as Error).cause ?? err);
    throw err;
  }
  const revived = await reviveEncodedRows(payload);
  const rows = new Map<string, TableRows>();
  for (const t of payload.tables.values()) {
    const extra = revived.get(t.name);
    const values = extra ? t.values.concat(extra.values) : t.values;
    const keys = t.keys ? (extra?.keys ? t.keys.concat(extra.keys) : t.keys) : undefined;
    rows.set(t.name, { values, ...(keys ? { keys: keys as IndexableTypePart[] } : {}) });
  }
  return rows;
}

/** Errors of IndexedDB writes that mean the records themselves are unusable (not a full disk). */
const BAD_RECORD_ERRORS = new Set(['BulkError', 'DataError', 'ConstraintError', 'DataCloneError']);

/**
 * Restores a backup. The file is verified (layout, SHA-256, schema version), then read: a backup
 * of the current schema straight from its JSON, an older one through a staging database where it
 * is migrated. Only then is every table replaced, in ONE transaction with an audit entry, using
 * IndexedDB operations only (any other await would let IndexedDB commit half-way). A failure
 * (unreadable payload, counts that do not match the header) aborts that transaction, so the
 * current data stays exactly as it was. The unit directory is rebuilt in the same transaction; the
 * summary cache is left empty (its owner recomputes it).
 */
export async function restoreBackup(bytes: Uint8Array, db: AppDatabase = getDb(), options: RestoreOptions = {}): Promise<RestoreResult> {
  const { header, payload } = await verifyBackup(bytes, CURRENT_SCHEMA_VERSION);
  const raw = header.compression === 'gzip' ? await gunzip(payload) : payload;
  if (!db.isOpen()) await db.open();
  const via = header.schemaVersion === CURRENT_SCHEMA_VERSION ? 'direct' : 'staging';
  const rows =
    via === 'direct'
      ? await readDirect(db, new TextDecoder().decode(raw))
      : await readThroughStaging(db, header, new Blob([raw as BlobPart], { type: 'application/json' }));

  const targets = db.tables.filter((t) => !CACHE_TABLES.includes(t.name));
  // A table whose records already differ in number from the header is refused before any write.
  for (const table of targets) {
    const expected = header.counts[table.name];
    const n = rows.get(table.name)?.values.length ?? 0;
    if (expected !== undefined && n !== expected) throw new BackupError(BACKUP_ERROR.countMismatch(table.name));
  }
  const total = targets.reduce((sum, t) => sum + (rows.get(t.name)?.values.length ?? 0), 0);
  // At most ~5 screen updates a second: each one re-renders the dialog between two writes.
  let reportedAt = -Infinity;
  const report = (done: number) => {
    const now = performance.now();
    if (!options.onProgress || (done > 0 && done < total && now - reportedAt < 200)) return;
    reportedAt = now;
    Dexie.ignoreTransaction(() => options.onProgress!({ done, total }));
  };

  const counts: Record<string, number> = {};
  try {
    await db.transaction('rw', db.tables, async () => {
      for (const table of db.tables) await table.clear();
      let done = 0;
      report(done);
      for (const table of targets) {
        const data = rows.get(table.name);
        if (!data) continue;
        for (let i = 0; i < data.values.length; i += WRITE_BATCH) {
          const values = data.values.slice(i, i + WRITE_BATCH);
          if (data.keys) await table.bulkPut(values, data.keys.slice(i, i + WRITE_BATCH));
          else await table.bulkPut(values);
          done += values.length;
          report(done);
        }
      }

      // The unit directory is derived from the units: rebuilt here from the rows just written.
      await rebuildDirectory(db, (rows.get('units')?.values ?? []) as Unit[]);

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
  } catch (err) {
    if (err instanceof BackupError || !BAD_RECORD_ERRORS.has((err as Error)?.name)) throw err;
    console.error('Khôi phục: ghi bản ghi lỗi', err);
    throw new BackupError(BACKUP_ERROR.payload);
  }
  return { header, counts, via };
}

export { DATABASE_NAME };
