/**
 * The unit directory's chunks (domain/registry/unitListRow.ts) and the year figures in the same
 * chunks (domain/registry/unitYearChunk.ts) in IndexedDB: kept current by every write to units, in
 * the writer's own transaction (`applyUnitWrites`), and rebuilt whole after a restore or a migration
 * (`rebuildDirectory`). A test checks that both give the same bytes.
 */
import { applyToChunk, buildChunks, directoryChunkOf, emptyChunk, mergeChunksSteps, type UnitListRow } from '@/domain/registry/unitListRow';
import { applyToYearChunks, buildYearChunks } from '@/domain/registry/unitYearChunk';
import type { Unit } from '@/domain/registry/types';
import type { AppDatabase } from '../../database';
import { runSliced } from '../../slices';

/** The tables `applyUnitWrites` and `rebuildDirectory` write: a writer's transaction includes them. */
export const directoryTables = (db: AppDatabase) => [db.unitDirectory, db.unitYearChunks];

/**
 * Inside a read-write transaction that includes `directoryTables(db)`: the chunks of the written
 * and deleted units are read, changed and put back (one or a few records for a form edit; all
 * chunks at most, for a 100,000-row import). `puts` are the units as stored, with their years.
 */
export async function applyUnitWrites(db: AppDatabase, puts: readonly Unit[], deletedIds: readonly string[] = []): Promise<void> {
  if (!puts.length && !deletedIds.length) return;
  const putsBy = new Map<number, Unit[]>();
  const deletedBy = new Map<number, Set<string>>();
  for (const u of puts) {
    const k = directoryChunkOf(u.id);
    const list = putsBy.get(k);
    if (list) list.push(u);
    else putsBy.set(k, [u]);
  }
  for (const id of deletedIds) {
    const k = directoryChunkOf(id);
    const set = deletedBy.get(k);
    if (set) set.add(id);
    else deletedBy.set(k, new Set([id]));
  }
  const keys = [...new Set([...putsBy.keys(), ...deletedBy.keys()])].sort((a, b) => a - b);
  const [stored, storedYears] = await Promise.all([db.unitDirectory.bulkGet(keys), db.unitYearChunks.where('chunk').anyOf(keys).toArray()]);
  const next = keys.map((k, i) => applyToChunk(stored[i] ?? emptyChunk(k), putsBy.get(k) ?? [], deletedBy.get(k) ?? new Set()));
  const years = applyToYearChunks(storedYears, puts, new Set(deletedIds));
  // Only chunks holding rows are stored, as a rebuild stores them.
  const emptied = next.filter((c) => c.count === 0).map((c) => c.id);
  const filled = next.filter((c) => c.count > 0);
  await Promise.all([
    filled.length ? db.unitDirectory.bulkPut(filled) : undefined,
    emptied.length ? db.unitDirectory.bulkDelete(emptied) : undefined,
    years.put.length ? db.unitYearChunks.bulkPut(years.put) : undefined,
    years.remove.length ? db.unitYearChunks.bulkDelete(years.remove) : undefined,
  ]);
}

/**
 * Inside a read-write transaction over units and `directoryTables(db)`: every chunk from the units
 * (read from the table, or `written`: every unit the caller just wrote, e.g. a restore).
 */
export async function rebuildDirectory(db: AppDatabase, written?: readonly Unit[]): Promise<void> {
  let units = written;
  if (!units) {
    const read: Unit[] = [];
    await db.units.each((u) => {
      read.push(u);
    });
    units = read;
  }
  await Promise.all([db.unitDirectory.clear(), db.unitYearChunks.clear()]);
  await Promise.all([db.unitDirectory.bulkPut(buildChunks(units)), db.unitYearChunks.bulkPut(buildYearChunks(units))]);
}

/**
 * Every unit's list row in Vietnamese order: ~128 records read, then merged. The directory's row
 * count is checked against the units table afterwards, off the screen's path (`verifyDirectory`).
 */
export async function readDirectory(db: AppDatabase): Promise<UnitListRow[]> {
  const chunks = await db.unitDirectory.toArray();
  let rows = 0;
  for (const c of chunks) rows += c.count;
  void verifyDirectory(db, rows).catch((err: unknown) => console.error('Kiểm tra danh bạ rút gọn lỗi', err));
  // Decoded and merged in slices: ~0.3 s of work at 100,000 units, never one long task.
  return runSliced(mergeChunksSteps(chunks));
}

/**
 * A write that went around the repositories (a bench seeding units directly, a future path that
 * forgets the directory) leaves the directory short or long: then it is rebuilt, and the write to
 * it makes every screen reading it reload. True when it had to be rebuilt.
 */
export async function verifyDirectory(db: AppDatabase, rows?: number): Promise<boolean> {
  const [stored, total] = await db.transaction('r', [db.units, db.unitDirectory], async () => [
    rows ?? (await db.unitDirectory.toArray()).reduce((n, c) => n + c.count, 0),
    await db.units.count(),
  ]);
  if (stored === total) return false;
  console.warn(`Danh bạ rút gọn có ${stored} dòng, bảng đơn vị có ${total}: dựng lại.`);
  await db.transaction('rw', [db.units, ...directoryTables(db)], () => rebuildDirectory(db));
  return true;
}
