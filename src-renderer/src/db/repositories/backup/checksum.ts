import { canonicalJson } from '@/domain/backup/canonical';
import { sha256Hex } from '@/domain/backup/container';
import { getDb, type AppDatabase } from '../../database';
import { CACHE_TABLES } from '../../schema/versions';

/** User-data tables: everything but rebuildable caches. */
export function dataTables(db: AppDatabase = getDb()) {
  return db.tables.filter((t) => !CACHE_TABLES.includes(t.name));
}

export interface DatabaseSnapshot {
  /** Table name -> records in primary-key order. */
  tables: Record<string, unknown[]>;
}

/** Every record of every table, read in one transaction so the picture is consistent. */
export async function readAllTables(db: AppDatabase = getDb()): Promise<DatabaseSnapshot> {
  const tables: Record<string, unknown[]> = {};
  const list = dataTables(db);
  await db.transaction('r', list, async () => {
    for (const table of list) tables[table.name] = await table.toArray();
  });
  return { tables };
}

/**
 * SHA-256 over a canonical form of all tables (sorted by table name, records in key order).
 * Equal content gives an equal checksum; used to prove a failed import or restore left the
 * database untouched and that a restore reproduced the backup.
 */
export async function databaseChecksum(db: AppDatabase = getDb()): Promise<string> {
  const { tables } = await readAllTables(db);
  const parts: string[] = [];
  for (const name of Object.keys(tables).sort()) {
    parts.push(`${name}:${await sha256Hex(new TextEncoder().encode(await canonicalJson(tables[name])))}`);
  }
  return sha256Hex(new TextEncoder().encode(parts.join('\n')));
}

export async function tableCounts(db: AppDatabase = getDb()): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const list = dataTables(db);
  await db.transaction('r', list, async () => {
    for (const table of list) counts[table.name] = await table.count();
  });
  return counts;
}
