/**
 * The units' search words in memory, in Vietnamese order, for the unit pickers. Units have no
 * search-word index since schema v3 (each entry cost every import ~7 µs, 8 per unit); a scan of
 * this list answers a query in milliseconds even at 100,000 units. It is loaded on first use and
 * dropped whenever any window writes to the units table.
 */
import Dexie from 'dexie';
import type { Unit } from '@/domain/registry/types';
import type { AppDatabase } from '../../database';

export type DirectoryEntry = Pick<Unit, 'id' | 'searchWords'>;

const directories = new Map<string, Promise<DirectoryEntry[]>>();
let listening = false;

const CHUNK = 10_000;

/** The next `limit` units in Vietnamese order after `last` (from the start without it). */
export function unitsAfter(db: AppDatabase, last: Pick<Unit, 'sortKey' | 'id'> | undefined, limit: number): Promise<Unit[]> {
  return last
    ? db.units.where('[sortKey+id]').above([last.sortKey, last.id]).limit(limit).toArray()
    : db.units.orderBy('[sortKey+id]').limit(limit).toArray();
}

async function load(db: AppDatabase): Promise<DirectoryEntry[]> {
  const out: DirectoryEntry[] = [];
  let last: Unit | undefined;
  for (;;) {
    const chunk = await unitsAfter(db, last, CHUNK);
    for (const u of chunk) out.push({ id: u.id, searchWords: u.searchWords });
    if (chunk.length < CHUNK) return out;
    last = chunk[chunk.length - 1];
  }
}

export function unitDirectory(db: AppDatabase): Promise<DirectoryEntry[]> {
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
