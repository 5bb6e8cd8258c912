/**
 * The units' search words and folded names in memory, in Vietnamese order, for the unit pickers.
 * Units have no search-word index since schema v3 (each entry cost every import ~7 µs, 8 per unit); a scan of
 * this list answers a query in milliseconds even at 100,000 units. It is loaded on first use and
 * dropped whenever any window writes to the units table.
 */
import type { Unit } from '@/domain/registry/types';
import { buildNameIndex, type NameIndex } from '@/domain/registry/search';
import { getDb, type AppDatabase } from '../../database';
import { ANY_DATABASE, onTablesChanged } from '../../changes';

/** What a picker search needs of a unit besides its name: its id and words. */
export type DirectoryEntry = Pick<Unit, 'id' | 'searchWords'>;

export interface UnitDirectory {
  entries: DirectoryEntry[];
  /** Their folded names: every search ranks every unit by name, since the exact name may be the last one. */
  names: NameIndex;
}

const directories = new Map<string, Promise<UnitDirectory>>();
let listening = false;

const CHUNK = 10_000;

/** The next `limit` units in Vietnamese order after `last` (from the start without it). */
export function unitsAfter(last: Pick<Unit, 'sortKey' | 'id'> | undefined, limit: number, db: AppDatabase = getDb()): Promise<Unit[]> {
  return last ? db.units.where('[sortKey+id]').above([last.sortKey, last.id]).limit(limit).toArray() : db.units.orderBy('[sortKey+id]').limit(limit).toArray();
}

async function load(db: AppDatabase): Promise<UnitDirectory> {
  const entries: DirectoryEntry[] = [];
  const keys: string[] = [];
  let last: Unit | undefined;
  for (;;) {
    const chunk = await unitsAfter(last, CHUNK, db);
    for (const u of chunk) {
      entries.push({ id: u.id, searchWords: u.searchWords });
      keys.push(u.nameKey);
    }
    if (chunk.length < CHUNK) return { entries, names: buildNameIndex(keys) };
    last = chunk[chunk.length - 1];
  }
}

export function unitDirectory(db: AppDatabase = getDb()): Promise<UnitDirectory> {
  if (!listening) {
    listening = true;
    onTablesChanged(['units'], (name) => directories.delete(name), ANY_DATABASE);
  }
  let dir = directories.get(db.name);
  if (!dir) {
    dir = load(db);
    directories.set(db.name, dir);
    dir.catch(() => directories.delete(db.name));
  }
  return dir;
}
