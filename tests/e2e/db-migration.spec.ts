import { test, expect } from '@playwright/test';

/**
 * Migration policy check: a database written by schema v1 (the first release's registry tables)
 * is opened by the current code; every record must survive and v2's upgrade must fill `origin`.
 */
test('a schema v1 database with data upgrades to the current schema keeping every record', async ({ page }) => {
  await page.goto('/harness.html');
  const result = await page.evaluate(async () => {
    const { AppDatabase } = await window.harness.module('db/database');
    const { SCHEMA_VERSIONS, CURRENT_SCHEMA_VERSION } = await window.harness.module('db/schema/versions');
    const name = 'migration-v1';

    // Write with v1 only, as the first release did (units had no `origin` then).
    const v1 = new AppDatabase(name, SCHEMA_VERSIONS.slice(0, 1));
    const units = Array.from({ length: 250 }, (_, i) => ({
      id: `u${i}`, kind: i % 2 ? 'htx' : 'tht', name: `HTX số ${i}`, status: 'active', member: 0,
      searchWords: ['htx', 'so', String(i)], nameKey: `htx so ${i}`, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z',
    }));
    await v1.units.bulkAdd(units);
    await v1.unitYears.bulkAdd(units.map((u) => ({ id: `${u.id}:2024`, unitId: u.id, year: 2024, revenue: 1_000_000, updatedAt: '2025-01-01' })));
    await v1.settings.put({ key: 'officeProfile', value: { allianceName: 'LIÊN MINH HTX TP CẦN THƠ' } });
    await v1.auditLog.add({ at: '2025-01-01T00:00:00Z', actor: 'A', action: 'create', table: 'units', recordId: 'u0', summary: 'x' });
    const v1Version = v1.verno;
    v1.close();

    const current = new AppDatabase(name);
    await current.open();
    const after = {
      v1Version,
      version: current.verno,
      expected: CURRENT_SCHEMA_VERSION,
      units: await current.units.count(),
      unitYears: await current.unitYears.count(),
      audit: await current.auditLog.count(),
      profile: (await current.settings.get('officeProfile'))?.value?.allianceName,
      originFilled: (await current.units.toArray()).every((u: { origin?: string }) => u.origin === 'manual'),
      sortedFirst: (await current.units.orderBy('[sortKey+id]').limit(3).toArray()).map((u: { name: string }) => u.name),
      sameUnit: JSON.stringify((await current.units.get('u7'))?.name),
      tables: current.tables.map((t: { name: string }) => t.name).sort(),
      searchStillWorks: (await current.units.where('searchWords').startsWith('so').count()),
    };
    current.close();
    return after;
  });
  expect(result.v1Version).toBe(1);
  expect(result.version).toBe(result.expected);
  expect(result.units).toBe(250);
  expect(result.unitYears).toBe(250);
  expect(result.audit).toBe(1);
  expect(result.profile).toBe('LIÊN MINH HTX TP CẦN THƠ');
  expect(result.originFilled).toBe(true);
  // v2's upgrade computed the sort key: numeric-aware Vietnamese order straight from the index.
  expect(result.sortedFirst).toEqual(['HTX số 0', 'HTX số 1', 'HTX số 2']);
  expect(result.sameUnit).toBe('"HTX số 7"');
  expect(result.searchStillWorks).toBe(250);
  expect(result.tables).toEqual(expect.arrayContaining(['units', 'unitYears', 'awards', 'people', 'importBatches', 'movements']));
});
