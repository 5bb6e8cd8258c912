import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Unit } from '@/domain/registry/types';
import { DATABASE_NAME, getDb } from '@/db/database';
import { unitsAfter } from '@/db/repositories/registry/unitDirectory';

/** The registry list: all units in Vietnamese order, streamed from the sort-key index. */
export interface UnitListState {
  units: Unit[];
  /** False while later chunks are still loading (the first screen is already shown). */
  complete: boolean;
  total: number;
}

const FIRST_PAGE = 300;

function withoutYears({ years: _years, ...unit }: Unit): Unit {
  return unit;
}
const CHUNK = 10_000;

async function loadUnits(onFirstPage: (s: UnitListState) => void, cancelled: () => boolean): Promise<UnitListState | null> {
  const db = getDb();
  const total = await db.units.count();
  const units = (await unitsAfter(db, undefined, FIRST_PAGE)).map((u) => (u.years ? withoutYears(u) : u));
  if (cancelled()) return null;
  onFirstPage({ units: [...units], complete: units.length >= total, total });
  while (units.length < total) {
    const last = units[units.length - 1];
    if (!last) break;
    const chunk = await unitsAfter(db, last, CHUNK);
    if (cancelled()) return null;
    if (chunk.length === 0) break;
    // The list shows no indicators: drop each unit's years so 100,000 units x 10 years stay out of memory.
    for (const u of chunk) units.push(u.years ? withoutYears(u) : u);
  }
  return { units, complete: true, total: units.length };
}

/**
 * First screen within one indexed read, the rest streamed in chunks without sorting; reloads
 * (keeping the old list on screen) whenever any window writes to the units table.
 */
export function useUnitList(): UnitListState | undefined {
  const [state, setState] = useState<UnitListState>();
  useEffect(() => {
    let generation = 0;
    let hasFull = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = () => {
      const mine = ++generation;
      const cancelled = () => mine !== generation;
      void loadUnits((first) => !hasFull && setState(first), cancelled).then((full) => {
        if (full) {
          hasFull = true;
          setState(full);
        }
      });
    };
    const prefix = `idb://${DATABASE_NAME}/units/`;
    const onMutated = (parts: Record<string, unknown>) => {
      if (!Object.keys(parts).some((k) => k.startsWith(prefix))) return;
      clearTimeout(timer);
      timer = setTimeout(run, 150);
    };
    Dexie.on('storagemutated', onMutated);
    run();
    return () => {
      generation++;
      clearTimeout(timer);
      Dexie.on('storagemutated').unsubscribe(onMutated);
    };
  }, []);
  return state;
}

export function useUnit(id: string | undefined): Unit | null | undefined {
  return useLiveQuery(async () => (id ? ((await getDb().units.get(id)) ?? null) : null), [id]);
}
