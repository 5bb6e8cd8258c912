import type { UnitFilter } from '@/domain/registry/filter';
import type { SortOrder } from '@/ui/tableSort';

/** Column the registry list is sorted by (none: Vietnamese name order, or search rank while searching). */
export type UnitSortKey = 'kind' | 'name' | 'taxCode' | 'place' | 'sector' | 'memberSince' | 'status';

export interface UnitListMemory {
  filter: UnitFilter;
  sort?: { key: UnitSortKey; order: SortOrder };
  /** Scroll offset of the list's rows, restored when the user comes back from a unit. */
  scrollTop: number;
}

/**
 * The registry list as the user left it (search, filters, sort, scroll), kept for the session so
 * coming back from a unit (browser Back or the page's back link) shows the same rows at the same place.
 */
export const unitListMemory: UnitListMemory = { filter: {}, scrollTop: 0 };
