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
      id: `u${i}`,
      kind: i % 2 ? 'htx' : 'tht',
      name: `HTX số ${i}`,
      status: 'active',
      member: 0,
      searchWords: ['htx', 'so', String(i)],
      nameKey: `htx so ${i}`,
      createdAt: '2025-01-01T00:00:00Z',
      updatedAt: '2025-01-01T00:00:00Z',
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
      unitYears: (await current.units.toArray()).filter(
        (u: { years?: Array<{ year: number; revenue: number }> }) => u.years?.length === 1 && u.years[0]!.year === 2024 && u.years[0]!.revenue === 1_000_000,
      ).length,
      audit: await current.auditLog.count(),
      profile: (await current.settings.get('officeProfile'))?.value?.allianceName,
      originFilled: (await current.units.toArray()).every((u: { origin?: string }) => u.origin === 'manual'),
      sortedFirst: (await current.units.orderBy('[sortKey+id]').limit(3).toArray()).map((u: { name: string }) => u.name),
      sameUnit: JSON.stringify((await current.units.get('u7'))?.name),
      tables: current.tables.map((t: { name: string }) => t.name).sort(),
      searchStillWorks: (await (await window.harness.module('db/repositories/registry/units')).searchUnits('so', 1000, current)).length,
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
  expect(result.tables).toEqual(expect.arrayContaining(['units', 'awards', 'people', 'importBatches', 'movements']));
  // v3 moved each unit's year rows into the unit; v4 dropped the emptied table.
  expect(result.tables).not.toContain('unitYears');
});

/**
 * v2 -> v3/v4: yearly indicators move into their units, and an import made under v2 (its undo
 * snapshots name unitYears rows) can still be undone after the upgrade.
 */
test('a schema v2 database: year rows move into their units and a v2 import still undoes', async ({ page }) => {
  await page.goto('/harness.html');
  const result = await page.evaluate(async () => {
    const { AppDatabase } = await window.harness.module('db/database');
    const { SCHEMA_VERSIONS } = await window.harness.module('db/schema/versions');
    const { undoImport } = await window.harness.module('db/repositories/imports/undo');
    const { listUnitYears } = await window.harness.module('db/repositories/registry/unitYears');
    const name = 'migration-v2';
    const at = '2025-03-01T00:00:00.000Z';
    const v2 = new AppDatabase(name, SCHEMA_VERSIONS.slice(0, 2));
    const unit = (id: string, extra: object = {}) => ({
      id,
      kind: 'htx',
      name: `HTX ${id}`,
      status: 'active',
      member: 0,
      origin: 'manual',
      searchWords: ['htx', id],
      nameKey: `htx ${id}`,
      sortKey: `htx ${id}`,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      ...extra,
    });
    // Kept before the import: u1 (year 2023 by hand, 2024 changed by the import), u2 (untouched).
    // The v2 import created u3 with its 2024 row and added a 2024 row to u2.
    await v2.table('units').bulkAdd([unit('u1'), unit('u2'), unit('u3', { origin: 'import', importBatchId: 'b1', createdAt: at, updatedAt: at })]);
    await v2.table('unitYears').bulkAdd([
      { id: 'u1:2023', unitId: 'u1', year: 2023, members: 10, updatedAt: '2025-01-01T00:00:00.000Z' },
      { id: 'u1:2024', unitId: 'u1', year: 2024, members: 99, updatedAt: at },
      { id: 'u2:2024', unitId: 'u2', year: 2024, members: 7, importBatchId: 'b1', updatedAt: at },
      { id: 'u3:2024', unitId: 'u3', year: 2024, members: 5, importBatchId: 'b1', updatedAt: at },
      { id: 'gone:2024', unitId: 'gone', year: 2024, members: 1, updatedAt: at },
    ]);
    await v2.table('importBatches').add({
      id: 'b1',
      fileName: 'cu.xlsx',
      sheets: ['S'],
      target: 'units',
      startedAt: at,
      finishedAt: at,
      status: 'committed',
      counts: { total: 3, new: 1, update: 2, duplicate: 0, error: 0, skipped: 0 },
      written: { created: { units: 1 }, updated: {} },
      mapping: [],
      overwrite: ['members'],
    });
    await v2.table('importChanges').add({
      batchId: 'b1',
      table: 'unitYears',
      recordId: 'u1:2024',
      before: { id: 'u1:2024', unitId: 'u1', year: 2024, members: 40, updatedAt: '2025-01-01T00:00:00.000Z' },
      afterUpdatedAt: at,
    });
    v2.close();

    const db = new AppDatabase(name);
    await db.open();
    const years = async (id: string) => (await listUnitYears(id, db)).map((y: { year: number; members: number }) => `${y.year}:${y.members}`);
    const upgraded = {
      version: db.verno,
      expected: SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version,
      u1: await years('u1'),
      u2: await years('u2'),
      u3: await years('u3'),
      tables: db.tables.map((t: { name: string }) => t.name),
    };
    await undoImport('b1', {}, db);
    const undone = { units: (await db.units.toArray()).map((u: { id: string }) => u.id).sort(), u1: await years('u1'), u2: await years('u2') };
    db.close();
    return { upgraded, undone };
  });
  expect(result.upgraded.version).toBe(result.upgraded.expected);
  expect(result.upgraded.tables).not.toContain('unitYears');
  expect(result.upgraded.u1).toEqual(['2023:10', '2024:99']);
  expect(result.upgraded.u2).toEqual(['2024:7']);
  expect(result.upgraded.u3).toEqual(['2024:5']);
  // Undo: the created unit goes, the added row goes, the changed row comes back.
  expect(result.undone.units).toEqual(['u1', 'u2']);
  expect(result.undone.u1).toEqual(['2023:10', '2024:40']);
  expect(result.undone.u2).toEqual([]);
});

/**
 * v4 -> v5: stored nominations get the commendation type thường xuyên; on the next start
 * the seeded flat rules the office never edited are replaced by the law's condition trees, edited
 * ones and the office's own rules are kept (edited seeds listed for review), and the catalogue's
 * untouched entries take the council thresholds of Nghị định 98/2023 Điều 30 khoản 7.
 */
test('a schema v4 database: nominations get their commendation type, seeded rules become trees, edits are kept', async ({ page }) => {
  await page.goto('/harness.html');
  const result = await page.evaluate(async () => {
    const { AppDatabase } = await window.harness.module('db/database');
    const { SCHEMA_VERSIONS } = await window.harness.module('db/schema/versions');
    const catalog = await window.harness.module('db/repositories/awards/catalog');
    const name = 'migration-v4';
    const old = '2025-07-01T00:00:00.000Z';
    const v4 = new AppDatabase(name, SCHEMA_VERSIONS.slice(0, 4));
    await v4.table('rounds').add({ id: 'r1', name: 'Đợt 2024', year: 2024, type: 'nam', status: 'open', createdAt: old, updatedAt: old });
    await v4.table('nominations').add({
      id: 'n1',
      roundId: 'r1',
      recipientKind: 'person',
      recipientId: 'p1',
      catalogCode: 'CSTDCS',
      summary: 'x',
      attachments: [],
      overrides: [],
      status: 'draft',
      createdAt: old,
      updatedAt: old,
    });
    const entry = (code: string, council: object, updatedAt = old) => ({
      code,
      name: code,
      kind: 'title',
      recipient: 'person',
      level: 'co_so',
      authority: 'Thủ trưởng',
      commendationType: 'thuong_xuyen',
      council,
      active: 1,
      sortOrder: 1,
      origin: 'seed',
      updatedAt,
    });
    await v4.table('catalog').bulkAdd([
      entry('CSTDCS', { percent: 70, base: 'full' }),
      // The office set its own threshold: kept.
      entry('CSTD_TINH', { percent: 75, base: 'full' }, '2025-09-09T09:00:00.000Z'),
    ]);
    const rule = (id: string, code: string, updatedAt: string, origin = 'seed') => ({
      id,
      catalogCode: code,
      effectiveFrom: '2024-01-01',
      effectiveTo: '2025-06-30',
      legalBasis: 'cũ',
      needsCheck: 1,
      condition: { kind: 'rating', minRating: 'tot', years: 1 },
      origin,
      updatedAt,
    });
    await v4
      .table('eligibilityRules')
      .bulkAdd([
        rule('nd98:CSTDCS:1', 'CSTDCS', old),
        rule('nd98:CSTDCS:2', 'CSTDCS', old),
        rule('nd98:LDTT:9', 'LDTT', '2025-08-01T00:00:00.000Z'),
        rule('own-1', 'LDTT', '2025-08-02T00:00:00.000Z', 'manual'),
      ]);
    v4.close();

    const db = new AppDatabase(name);
    await db.open();
    const seeded = await catalog.seedCatalogAndRules(db);
    const rules = await db.table('eligibilityRules').toArray();
    const byId = new Map(rules.map((r: { id: string }) => [r.id, r]));
    const cat = new Map((await db.table('catalog').toArray()).map((e: { code: string }) => [e.code, e]));
    const out = {
      version: db.verno,
      type: (await db.table('nominations').get('n1')).commendationType,
      oldGone: !byId.has('nd98:CSTDCS:1') && !byId.has('nd98:CSTDCS:2'),
      editedKept: byId.has('nd98:LDTT:9'),
      ownKept: byId.has('own-1'),
      cstdcsTrees: rules
        .filter((r: { catalogCode: string; origin: string }) => r.catalogCode === 'CSTDCS' && r.origin === 'seed')
        .map((r: { condition: { kind: string } }) => r.condition.kind),
      changed: (await db.table('settings').get('awards.changedSeedRules'))?.value ?? [],
      kept: (await db.table('settings').get('awards.keptEditedSeedRules'))?.value ?? [],
      cstdcsCouncil: (cat.get('CSTDCS') as { council: object }).council,
      cstdTinhCouncil: (cat.get('CSTD_TINH') as { council: object }).council,
      replaced: seeded.replaced,
      again: await catalog.seedCatalogAndRules(db),
      log: (await db.table('auditLog').toArray()).map((a: { summary: string }) => a.summary).join(' | '),
    };
    db.close();
    return out;
  });
  expect(result.type).toBe('thuong_xuyen');
  expect(result.oldGone).toBe(true);
  expect(result.editedKept).toBe(true);
  expect(result.ownKept).toBe(true);
  expect(result.replaced).toBe(2);
  // Every period's CSTĐCS rule is a tree now (Điều 23: the LĐTT standard and one of three).
  expect(result.cstdcsTrees.length).toBeGreaterThanOrEqual(2);
  expect(result.changed.length).toBeGreaterThan(0);
  expect(result.kept).toEqual(['nd98:LDTT:9']);
  expect(result.cstdcsCouncil).toEqual({ percent: 80, base: 'full' });
  expect(result.cstdTinhCouncil).toEqual({ percent: 75, base: 'full' });
  // Seeding again changes nothing.
  expect(result.again).toEqual({ catalog: 0, rules: 0, replaced: 0 });
  expect(result.log).toContain('thay 2 điều kiện cũ theo văn bản');
  expect(result.log).toContain('giữ nguyên 1 điều kiện cơ quan đã sửa');
});

test('a schema v6 database: the directory gains the status and founding dates, the summary reads the year chunks built from the units', async ({ page }) => {
  await page.goto('/harness.html');
  const result = await page.evaluate(async () => {
    const { AppDatabase } = await window.harness.module('db/database');
    const { SCHEMA_VERSIONS } = await window.harness.module('db/schema/versions');
    const { buildChunks } = await window.harness.module('domain/registry/unitListRow');
    const { readDirectory } = await window.harness.module('db/repositories/registry/directoryStore');
    const { loadYearSummary } = await window.harness.module('db/repositories/emulation/summary');
    const name = 'migration-v6';
    const at = '2025-07-01T00:00:00.000Z';
    const unit = (id: string, name: string, extra: object) => ({
      id,
      kind: 'htx',
      name,
      status: 'active',
      member: 1,
      origin: 'manual',
      nameKey: name.toLowerCase(),
      sortKey: name.toLowerCase(),
      searchWords: name.toLowerCase().split(' '),
      createdAt: at,
      updatedAt: at,
      ...extra,
    });
    const v6 = new AppDatabase(name, SCHEMA_VERSIONS.slice(0, 6));
    const units = [
      unit('u1', 'HTX Dương Liễu', { foundedDate: '2012', years: [{ year: 2024, members: 120, revenue: 3_500_000_000, updatedAt: at }] }),
      unit('u2', 'HTX Ấp Bắc', {
        status: 'dissolved',
        statusDate: '2024-06-30',
        foundedDate: '2001-03-15',
        years: [{ year: 2023, members: 40, updatedAt: at }],
      }),
    ];
    await v6.table('units').bulkAdd(units);
    // v6's directory, as its upgrade and writes left it (no date columns).
    await v6.table('unitDirectory').bulkPut(
      buildChunks(units).map((c: { columns: Record<string, string> }) => {
        const { statusDate: _s, foundedDate: _f, ...columns } = c.columns;
        return { ...c, columns };
      }),
    );
    v6.close();

    const db = new AppDatabase(name);
    await db.open();
    const rows = await readDirectory(db);
    const summary = (await loadYearSummary(2024, {}, db)).summary.total;
    const out = {
      version: db.verno,
      dates: rows.map((r: { name: string; statusDate?: string; foundedDate?: string }) => [r.name, r.statusDate ?? null, r.foundedDate ?? null]),
      yearChunks: (await db.table('unitYearChunks').toArray()).map((c: { year: number; count: number }) => [c.year, c.count]).sort(),
      tables: db.tables
        .map((t: { name: string }) => t.name)
        .filter((n: string) => ['factLog', 'eligibilityCache', 'summarySnapshots'].includes(n))
        .sort(),
      members: summary.members,
      dissolved: summary.dissolved,
    };
    db.close();
    await db.delete();
    return out;
  });
  expect(result).toEqual({
    version: 8, // opened at the current schema (v8 adds the fact store)
    // In the order of the stored sort keys (lower-cased names here).
    dates: [
      ['HTX Dương Liễu', null, '2012'],
      ['HTX Ấp Bắc', '2024-06-30', '2001-03-15'],
    ],
    yearChunks: [
      [2023, 1],
      [2024, 1],
    ],
    tables: ['eligibilityCache', 'factLog'],
    members: 120,
    dissolved: 1,
  });
});
