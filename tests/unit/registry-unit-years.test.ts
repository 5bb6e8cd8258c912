import { test, expect } from '@playwright/test';
import { parseUnitYearId, toStoredYear, unitYearId, unitYearsOf, withYear, withoutYear } from '../../src-renderer/src/domain/registry/unitYears';

const at = '2025-01-01T00:00:00.000Z';

test('a unit year id names the unit and the year, and parses back', () => {
  const id = unitYearId('7c1e0c7a-1b2c-4d5e-8f90-123456789abc', 2024);
  expect(id).toBe('7c1e0c7a-1b2c-4d5e-8f90-123456789abc:2024');
  expect(parseUnitYearId(id)).toEqual({ unitId: '7c1e0c7a-1b2c-4d5e-8f90-123456789abc', year: 2024 });
});

test('years kept in a unit read back as rows oldest first, and change by copy', () => {
  const years = [
    { year: 2024, members: 30, updatedAt: at },
    { year: 2022, members: 10, updatedAt: at },
  ];
  expect(unitYearsOf({ id: 'u1', years }).map((y) => [y.id, y.unitId, y.year])).toEqual([
    ['u1:2022', 'u1', 2022],
    ['u1:2024', 'u1', 2024],
  ]);
  expect(unitYearsOf({ id: 'u1' })).toEqual([]);

  const replaced = withYear(years, { year: 2024, members: 31, updatedAt: at });
  expect(replaced.map((y) => `${y.year}:${y.members}`)).toEqual(['2022:10', '2024:31']);
  const added = withYear(replaced, { year: 2023, members: 20, updatedAt: at });
  expect(added.map((y) => y.year)).toEqual([2022, 2023, 2024]);
  expect(withoutYear(added, 2023).map((y) => y.year)).toEqual([2022, 2024]);
  // The stored list given in is never changed (undo snapshots share it).
  expect(years.map((y) => `${y.year}:${y.members}`)).toEqual(['2024:30', '2022:10']);
  expect(toStoredYear({ id: 'u1:2022', unitId: 'u1', year: 2022, members: 10, updatedAt: at })).toEqual({ year: 2022, members: 10, updatedAt: at });
});
