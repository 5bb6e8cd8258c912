/**
 * A unit's year-end indicators live in the unit's record (Unit.years, schema v3). These pure
 * functions are the one way to read and change them, so every caller sees UnitYear rows.
 */
import type { StoredUnitYear, Unit, UnitYear } from './types';

export function unitYearId(unitId: string, year: number): string {
  return `${unitId}:${year}`;
}

/** "unitId:year" back into its parts (unit ids never contain ':'). */
export function parseUnitYearId(id: string): { unitId: string; year: number } {
  const at = id.lastIndexOf(':');
  return { unitId: id.slice(0, at), year: Number(id.slice(at + 1)) };
}

export function toUnitYear(unitId: string, y: StoredUnitYear): UnitYear {
  return { ...y, id: unitYearId(unitId, y.year), unitId };
}

export function toStoredYear(y: UnitYear | StoredUnitYear): StoredUnitYear {
  const { id: _id, unitId: _unitId, ...rest } = y as UnitYear;
  return rest;
}

/** The unit's years as UnitYear rows, oldest first. */
export function unitYearsOf(unit: Pick<Unit, 'id' | 'years'>): UnitYear[] {
  return (unit.years ?? []).map((y) => toUnitYear(unit.id, y)).sort((a, b) => a.year - b.year);
}

export function findYear(unit: Pick<Unit, 'years'>, year: number): StoredUnitYear | undefined {
  return unit.years?.find((y) => y.year === year);
}

/** A copy of `years` with `entry` in place of the same year (or added), oldest first. */
export function withYear(years: readonly StoredUnitYear[] | undefined, entry: StoredUnitYear): StoredUnitYear[] {
  return [...(years ?? []).filter((y) => y.year !== entry.year), entry].sort((a, b) => a.year - b.year);
}

/** A copy of `years` without `year`. */
export function withoutYear(years: readonly StoredUnitYear[] | undefined, year: number): StoredUnitYear[] {
  return (years ?? []).filter((y) => y.year !== year);
}
