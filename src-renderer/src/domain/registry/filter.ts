import type { Sector, Unit, UnitKind, UnitStatus } from './types';
import { UNIT_KINDS } from './types';
import { matchesAllWords } from './search';
import { queryWords } from '../text/normalize';

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

export function filterUnits<T extends Unit>(units: readonly T[], f: UnitFilter): T[] {
  const words = f.query ? queryWords(f.query) : [];
  return units.filter(
    (u) =>
      (f.kind === undefined || u.kind === f.kind) &&
      (f.provinceCode === undefined || u.provinceCode === f.provinceCode) &&
      (f.communeCode === undefined || u.communeCode === f.communeCode) &&
      (f.sector === undefined || u.sector === f.sector) &&
      (f.status === undefined || u.status === f.status) &&
      (f.member === undefined || u.member === f.member) &&
      (f.admittedYear === undefined || u.memberSince === f.admittedYear) &&
      (words.length === 0 || matchesAllWords(u.searchWords, words)),
  );
}

export type KindCounts = Record<UnitKind, number>;

export function countByKind(units: readonly Pick<Unit, 'kind'>[]): KindCounts {
  const counts = Object.fromEntries(UNIT_KINDS.map((k) => [k, 0])) as KindCounts;
  for (const u of units) counts[u.kind] += 1;
  return counts;
}
