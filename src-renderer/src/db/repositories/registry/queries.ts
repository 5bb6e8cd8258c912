/**
 * Registry reads for the screens (queries; the writes live in units.ts, unitYears.ts, settings.ts).
 * Screens subscribe with `useLiveQuery(() => query(...))`, or reload on `onTablesChanged` (db/changes.ts).
 */
import type { Unit } from '@/domain/registry/types';
import { getDb, type AppDatabase } from '../../database';
import { unitsAfter } from './unitDirectory';

/** The registry list: all units in Vietnamese order, streamed from the sort-key index. */
export interface UnitListState {
  units: Unit[];
  /** False while later chunks are still loading (the first screen is already shown). */
  complete: boolean;
  total: number;
}

const FIRST_PAGE = 300;
const CHUNK = 10_000;

function withoutYears({ years: _years, ...unit }: Unit): Unit {
  return unit;
}

/**
 * Every unit in Vietnamese order without its years: the first screen from one indexed read (given to
 * `onFirstPage`), the rest in chunks without sorting. Null when `cancelled()` turned true meanwhile.
 */
export async function loadUnitList(
  onFirstPage: (s: UnitListState) => void,
  cancelled: () => boolean,
  db: AppDatabase = getDb(),
): Promise<UnitListState | null> {
  const total = await db.units.count();
  const units = (await unitsAfter(undefined, FIRST_PAGE, db)).map((u) => (u.years ? withoutYears(u) : u));
  if (cancelled()) return null;
  onFirstPage({ units: [...units], complete: units.length >= total, total });
  while (units.length < total) {
    const last = units[units.length - 1];
    if (!last) break;
    const chunk = await unitsAfter(last, CHUNK, db);
    if (cancelled()) return null;
    if (chunk.length === 0) break;
    // The list shows no indicators: drop each unit's years so 100,000 units x 10 years stay out of memory.
    for (const u of chunk) units.push(u.years ? withoutYears(u) : u);
  }
  return { units, complete: true, total: units.length };
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
