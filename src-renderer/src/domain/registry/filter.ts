import type { Sector, Unit, UnitKind, UnitStatus } from './types';
import { UNIT_KINDS } from './types';
import { buildNameIndex, joinBuckets, nameQuery, RANKS, unitRankAt, type NameIndex } from './search';

/** Registry list filters; undefined means "any". */
export interface UnitFilter {
  query?: string;
  kind?: UnitKind;
  provinceCode?: string;
  communeCode?: string;
  sector?: Sector;
  status?: UnitStatus;
  member?: 0 | 1;
  admittedYear?: number;
}

/**
 * Name indexes of unit lists, by list: the registry list keeps one array until units change (then
 * React state holds a new one), so the index is built once per list, not once per keystroke.
 */
const nameIndexes = new WeakMap<readonly FilterableUnit[], NameIndex>();

/** What the filters read of a unit (a stored unit or its directory row). */
export type FilterableUnit = Pick<Unit, 'kind' | 'provinceCode' | 'communeCode' | 'sector' | 'status' | 'member' | 'memberSince' | 'searchWords' | 'nameKey'>;

/** Registers the name index already built for a list (the unit directory builds it once for list and pickers). */
export function primeNameIndex(units: readonly FilterableUnit[], names: NameIndex): void {
  nameIndexes.set(units, names);
}

/** The name index of a list of units, built on first use (UnitListPage builds it ahead, when idle). */
export function unitNameIndex(units: readonly FilterableUnit[]): NameIndex {
  let names = nameIndexes.get(units);
  // The length check guards a list grown in place after it was indexed.
  if (!names || names.prefixes.length !== units.length) {
    names = buildNameIndex(units.map((u) => u.nameKey));
    nameIndexes.set(units, names);
  }
  return names;
}

/**
 * The units passing the filters. With a search query the best name matches come first (exact
 * name, then names starting with the query, then word matches: search.ts rankName), each group in
 * the order given; without one the order given is kept.
 */
export function filterUnits<T extends FilterableUnit>(units: readonly T[], f: UnitFilter): T[] {
  const q = f.query ? nameQuery(f.query) : undefined;
  const passes = (u: T) =>
    (f.kind === undefined || u.kind === f.kind) &&
    (f.provinceCode === undefined || u.provinceCode === f.provinceCode) &&
    (f.communeCode === undefined || u.communeCode === f.communeCode) &&
    (f.sector === undefined || u.sector === f.sector) &&
    (f.status === undefined || u.status === f.status) &&
    (f.member === undefined || u.member === f.member) &&
    (f.admittedYear === undefined || u.memberSince === f.admittedYear);
  if (!q) return units.filter(passes);
  const names = unitNameIndex(units);
  // One pass into a bucket per rank: the list comes in Vietnamese order, so each bucket stays in it.
  const buckets: T[][] = Array.from({ length: RANKS }, () => []);
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (!passes(u)) continue;
    const rank = unitRankAt(u.searchWords, names, i, q);
    if (rank >= 0) buckets[rank]!.push(u);
  }
  return joinBuckets(buckets);
}

export type KindCounts = Record<UnitKind, number>;

export function countByKind(units: readonly Pick<Unit, 'kind'>[]): KindCounts {
  const counts = Object.fromEntries(UNIT_KINDS.map((k) => [k, 0])) as KindCounts;
  for (const u of units) counts[u.kind] += 1;
  return counts;
}
