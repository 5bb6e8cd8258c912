/**
 * The units' list rows in memory, in Vietnamese order: one copy shared by the registry list and the
 * unit pickers. Units have no search-word index since schema v3 (each entry cost every import ~7 µs,
 * 8 per unit); a scan of this list answers a query in milliseconds even at 100,000 units. It is
 * loaded on first use from the directory chunks (directoryStore.ts). After a write only the chunks
 * it changed are read again and merged in (a form edit: one chunk of ~800 rows); a write Dexie
 * reports as a whole-table change (a big import, a restore) loads it again.
 */
import type { Unit } from '@/domain/registry/types';
import { buildNameIndex, type NameIndex } from '@/domain/registry/search';
import { primeNameIndex, primeWordIndex } from '@/domain/registry/filter';
import { wordIndexSteps } from '@/domain/registry/wordIndex';
import { compareListRows, decodeChunk, directoryChunkOf, searchWordsText, type UnitListRow } from '@/domain/registry/unitListRow';
import { getDb, type AppDatabase } from '../../database';
import { ANY_DATABASE, onKeysChanged } from '../../changes';
import { readDirectory } from './directoryStore';
import { runSliced } from '../../slices';

export interface UnitDirectory {
  /** Every unit's list row in Vietnamese order: the registry list and the pickers share this one copy. */
  entries: UnitListRow[];
  /** Their folded names: every search ranks every unit by name, since the exact name may be the last one. */
  names: NameIndex;
}

interface Cached {
  directory: Promise<UnitDirectory>;
  /** Chunks written since `directory` was read. */
  stale: Set<number>;
}

const directories = new Map<string, Cached>();
let listening = false;

/** Above this many changed chunks a full load is cheaper than patching. */
const PATCH_LIMIT = 32;

/** The next `limit` units in Vietnamese order after `last` (from the start without it). */
export function unitsAfter(last: Pick<Unit, 'sortKey' | 'id'> | undefined, limit: number, db: AppDatabase = getDb()): Promise<Unit[]> {
  return last ? db.units.where('[sortKey+id]').above([last.sortKey, last.id]).limit(limit).toArray() : db.units.orderBy('[sortKey+id]').limit(limit).toArray();
}

function indexed(entries: UnitListRow[]): UnitDirectory {
  const names = buildNameIndex(entries.map((u) => u.nameKey));
  primeNameIndex(entries, names);
  return { entries, names };
}

const wordIndexBuilds = new WeakSet<readonly UnitListRow[]>();

/**
 * Builds the registry list's word index for these rows in the background, in slices (the pickers
 * do not need it; the list searches without it until it is there). Once per list.
 */
export function prepareListSearch(entries: readonly UnitListRow[]): void {
  if (wordIndexBuilds.has(entries)) return;
  wordIndexBuilds.add(entries);
  void runSliced(
    wordIndexSteps(entries.length, (i) => searchWordsText(entries[i]!)),
    'background',
  ).then((words) => primeWordIndex(entries, words));
}

async function load(db: AppDatabase): Promise<UnitDirectory> {
  // ~128 chunk records of the directory maintained on write (directoryStore.ts), not 100,000 units.
  return indexed(await readDirectory(db));
}

/** The rows of the changed chunks replaced by what they hold now; one merge of two sorted lists. */
async function patch(db: AppDatabase, base: UnitDirectory, changed: Set<number>): Promise<UnitDirectory> {
  const ids = [...changed];
  const fresh = (await db.unitDirectory.bulkGet(ids)).flatMap((c) => (c ? decodeChunk(c) : [])).sort(compareListRows);
  const kept = base.entries.filter((r) => !changed.has(directoryChunkOf(r.id)));
  const entries: UnitListRow[] = new Array(kept.length + fresh.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < kept.length && j < fresh.length) entries[k++] = compareListRows(kept[i]!, fresh[j]!) <= 0 ? kept[i++]! : fresh[j++]!;
  while (i < kept.length) entries[k++] = kept[i++]!;
  while (j < fresh.length) entries[k++] = fresh[j++]!;
  return indexed(entries);
}

/** The directory if this window has loaded it, or is loading it, with no change since; undefined otherwise (nothing is read). */
export function loadedUnitDirectory(db: AppDatabase = getDb()): Promise<UnitDirectory> | undefined {
  const cached = directories.get(db.name);
  return cached && !cached.stale.size ? cached.directory : undefined;
}

export function unitDirectory(db: AppDatabase = getDb()): Promise<UnitDirectory> {
  if (!listening) {
    listening = true;
    onKeysChanged(
      'unitDirectory',
      (name, keys) => {
        const cached = directories.get(name);
        if (!cached) return;
        if (keys === 'all') directories.delete(name);
        else for (const k of keys) cached.stale.add(k);
      },
      ANY_DATABASE,
    );
  }
  let cached = directories.get(db.name);
  if (cached && cached.stale.size > PATCH_LIMIT) {
    directories.delete(db.name);
    cached = undefined;
  }
  if (!cached) {
    const entry: Cached = { directory: load(db), stale: new Set() };
    directories.set(db.name, entry);
    entry.directory.catch(() => directories.get(db.name) === entry && directories.delete(db.name));
    return entry.directory;
  }
  if (cached.stale.size) {
    const changed = cached.stale;
    cached.stale = new Set();
    const entry = cached;
    entry.directory = entry.directory.then((base) => patch(db, base, changed));
    entry.directory.catch(() => directories.get(db.name) === entry && directories.delete(db.name));
  }
  return cached.directory;
}
