/**
 * Registry reads for the screens (queries; the writes live in units.ts, unitYears.ts, settings.ts).
 * Screens subscribe with `useLiveQuery(() => query(...))`, or reload on `onTablesChanged` (db/changes.ts).
 */
import type { Unit } from '@/domain/registry/types';
import { getDb, type AppDatabase } from '../../database';
import { toListRow, type UnitListRow } from '@/domain/registry/unitListRow';
import { loadedUnitDirectory, unitDirectory, unitsAfter } from './unitDirectory';

/** The registry list: all units in Vietnamese order (their directory rows: no years, notes or contacts). */
export interface UnitListState {
  units: UnitListRow[];
  /** False while the rest is still loading (the first screen is already shown). */
  complete: boolean;
  total: number;
}

const FIRST_PAGE = 300;

/**
 * Every unit in Vietnamese order: the first screen from one indexed read of the units (given to
 * `onFirstPage`) unless the shared in-memory directory is already loaded, then the whole list from
 * the directory (~128 chunk records maintained on write, shared with the unit pickers). Null when
 * `cancelled()` turned true meanwhile.
 */
export async function loadUnitList(
  onFirstPage: (s: UnitListState) => void,
  cancelled: () => boolean,
  db: AppDatabase = getDb(),
): Promise<UnitListState | null> {
  const loaded = loadedUnitDirectory(db);
  const ready = loaded && (await Promise.race([loaded, Promise.resolve(undefined)]));
  if (!ready) {
    // The first screen's read goes first; the directory's ~128 large records are read after it.
    // One indexed read of 300 units; no count (IndexedDB counts 100,000 records in ~100 ms): the
    // directory brings the total a moment later.
    const first = await unitsAfter(undefined, FIRST_PAGE, db);
    if (cancelled()) return null;
    const units = first.map(toListRow);
    if (units.length < FIRST_PAGE) return { units, complete: true, total: units.length };
    onFirstPage({ units, complete: false, total: 0 });
  }
  const { entries } = ready ?? (await unitDirectory(db));
  if (cancelled()) return null;
  return { units: entries, complete: true, total: entries.length };
}

/** Names of the given units by id (units no longer stored are left out). */
export async function unitNamesById(ids: readonly string[], db: AppDatabase = getDb()): Promise<Map<string, string>> {
  const rows = await db.units.bulkGet([...ids]);
  return new Map(rows.filter((u) => u !== undefined).map((u) => [u.id, u.name]));
}

/** Every unit's id, name and tax code: what matching names in a returned sheet needs. */
export async function listUnitRefs(db: AppDatabase = getDb()): Promise<Array<Pick<Unit, 'id' | 'name' | 'taxCode'>>> {
  return (await db.units.toArray()).map((u) => ({ id: u.id, name: u.name, taxCode: u.taxCode }));
}
