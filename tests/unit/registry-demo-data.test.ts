import { test, expect } from '@playwright/test';
import { buildDemoUnits, DEMO_CITIES, DEMO_FIRST_YEAR, DEMO_MODEL_UNITS, generateSyntheticUnits } from '../../src-renderer/src/domain/registry/demo-data';
import { communeByCode, communeByName } from '../../src-renderer/src/domain/registry/localities';

test('every demo commune is a commune of today’s map in its city', () => {
  for (const city of DEMO_CITIES) for (const name of city.communes) expect(communeByName(city.code, name)?.name, `${city.name}: ${name}`).toBe(name);
  for (const m of DEMO_MODEL_UNITS) expect(communeByName(m.provinceCode, m.commune), m.name).toBeDefined();
});

test('demo units: indicators up to the load year (the summary’s default year has figures), communes without districts', () => {
  const units = buildDemoUnits(24, 2026);
  expect(units).toHaveLength(DEMO_MODEL_UNITS.length + 24 * DEMO_CITIES.length);
  for (const u of units) {
    expect(u.legacyDistrict, u.name).toBeUndefined();
    expect(communeByCode(u.communeCode)?.provinceCode, u.name).toBe(u.provinceCode);
    const years = u.years.map((y) => y.year);
    expect(Math.min(...years)).toBeGreaterThanOrEqual(DEMO_FIRST_YEAR);
    expect(Math.max(...years)).toBeLessThanOrEqual(2026);
    if (u.status === 'active') expect(years, u.name).toEqual(expect.arrayContaining([2025, 2026]));
  }
  // Deterministic for a given year; follows the year it is loaded in.
  expect(buildDemoUnits(24, 2026)).toEqual(units);
  expect(Math.max(...buildDemoUnits(24, 2027).flatMap((u) => u.years.map((y) => y.year)))).toBe(2027);
  // Members admitted in recent years too.
  expect(units.filter((u) => (u.memberSince ?? 0) >= 2020).length).toBeGreaterThan(0);
});

test('synthetic units: repeatable, numbered, in today’s communes', () => {
  const a = generateSyntheticUnits(500, 7);
  expect(a).toEqual(generateSyntheticUnits(500, 7));
  expect(a[499]!.name).toMatch(/ số 500$/);
  expect(new Set(a.flatMap((u) => (u.taxCode ? [u.taxCode] : []))).size).toBe(a.filter((u) => u.taxCode).length);
  for (const u of a) expect(communeByCode(u.communeCode)?.provinceCode).toBe(u.provinceCode);
});
