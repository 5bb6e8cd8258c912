import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Unit } from '@/domain/registry/types';
import { onTablesChanged } from '@/db/changes';
import { loadUnitList, type UnitListState } from '@/db/repositories/registry/queries';
import { getUnit } from '@/db/repositories/registry/units';

export { prepareListSearch } from '@/db/repositories/registry/unitDirectory';

export type { UnitListState };

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
      void loadUnitList((first) => !hasFull && setState(first), cancelled).then((full) => {
        if (full) {
          hasFull = true;
          setState(full);
        }
      });
    };
    const stop = onTablesChanged(['units', 'unitDirectory'], () => {
      clearTimeout(timer);
      timer = setTimeout(run, 150);
    });
    run();
    return () => {
      generation++;
      clearTimeout(timer);
      stop();
    };
  }, []);
  return state;
}

export function useUnit(id: string | undefined): Unit | null | undefined {
  return useLiveQuery(async () => (id ? ((await getUnit(id)) ?? null) : null), [id]);
}
