/**
 * The units' search words and folded names in memory, in Vietnamese order, for the unit pickers.
 * Units have no search-word index since schema v3 (each entry cost every import ~7 µs, 8 per unit); a scan of
 * this list answers a query in milliseconds even at 100,000 units. It is loaded on first use and
 * dropped whenever any window writes to the units table.
 */
import Dexie from 'dexie';
import type { Unit } from '@/domain/registry/types';
import { buildNameIndex, type NameIndex } from '@/domain/registry/search';
import type { AppDatabase } from '../../database';

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
export function unitsAfter(db: AppDatabase, last: Pick<Unit, 'sortKey' | 'id'> | undefined, limit: number): Promise<Unit[]> {
  return last
    ? db.units.where('[sortKey+id]').above([last.sortKey, last.id]).limit(limit).toArray()
    : db.units.orderBy('[sortKey+id]').limit(limit).toArray();
}

async function load(db: AppDatabase): Promise<UnitDirectory> {
  const entries: DirectoryEntry[] = [];
  const keys: string[] = [];
  let last: Unit | undefined;
  for (;;) {
    const chunk = await unitsAfter(db, last, CHUNK);
    for (const u of chunk) {
      entries.push({ id: u.id, searchWords: u.searchWords });
      keys.push(u.nameKey);
    }
    if (chunk.length < CHUNK) return { entries, names: buildNameIndex(keys) };
    last = chunk[chunk.length - 1];
  }
}

export function unitDirectory(db: AppDatabase): Promise<UnitDirectory> {
  if (!listening) {
    listening = true;
    Dexie.on('storagemutated', (parts) => {
      for (const key of Object.keys(parts)) {
        const m = /^idb:\/\/([^/]+)\/units\//.exec(key);
        if (m) directories.delete(m[1]!);
      }
    });
  }
  let dir = directories.get(db.name);
  if (!dir) {
    dir = load(db);
    directories.set(db.name, dir);
    dir.catch(() => directories.delete(db.name));
  }
  return dir;
}
