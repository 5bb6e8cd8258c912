/**
 * Two windows on the same data: two pages of one browser context share one IndexedDB.
 * Concurrent writes must all land; a backup taken while the other window writes must be
 * self-consistent; a newer schema opened elsewhere must make this window stop and ask to reload.
 */
import { test, expect, type Page } from '@playwright/test';
import { openHarness, startApp } from '../fixtures/badinput/db-helpers';
import { parseBackup } from '../../src-renderer/src/domain/backup/container';

async function createUnits(page: Page, prefix: string, n: number): Promise<number> {
  return page.evaluate(
    async ({ prefix, n }) => {
      const { createUnit } = await (window as any).harness.module('db/repositories/registry/units');
      let done = 0;
      for (let i = 0; i < n; i++) {
        await createUnit({
          kind: 'htx',
          name: `HTX ${prefix} ${i}`,
          status: 'active',
          member: 0,
          taxCode: `${prefix === 'A' ? '01' : '02'}${String(i).padStart(8, '0')}`,
        });
        done++;
      }
      return done;
    },
    { prefix, n },
  );
}

test('two windows writing at the same time lose nothing', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openHarness(a);
  await openHarness(b);
  const [na, nb] = await Promise.all([createUnits(a, 'A', 150), createUnits(b, 'B', 150)]);
  expect(na + nb).toBe(300);
  const state = await a.evaluate(async () => {
    const { getDb } = await (window as any).harness.module('db/database');
    const db = getDb();
    const units = await db.units.toArray();
    return {
      units: units.length,
      taxCodes: new Set(units.map((u: any) => u.taxCode)).size,
      audit: await db.auditLog.where('action').equals('create').count(),
    };
  });
  expect(state).toEqual({ units: 300, taxCodes: 300, audit: 300 });
});

test('a backup taken while another window writes is consistent and restores exactly', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openHarness(a);
  await openHarness(b);
  await createUnits(a, 'A', 50);
  const writing = createUnits(b, 'B', 200);
  const bytes = await a.evaluate(async () => {
    const { createBackup } = await (window as any).harness.module('db/repositories/backup/backup');
    const { bytes } = await createBackup({ appVersion: 'test' });
    (window as any).__backup = bytes;
    return Array.from(bytes as Uint8Array);
  });
  await writing;
  const { header } = parseBackup(Uint8Array.from(bytes));
  expect(header.counts.units).toBeGreaterThanOrEqual(50);
  expect(header.counts.units).toBeLessThanOrEqual(250);
  // Units and their audit entries are written together, so the backup holds as many of each.
  expect(header.counts.auditLog).toBe(header.counts.units);
  const restored = await a.evaluate(async () => {
    const { restoreBackup } = await (window as any).harness.module('db/repositories/backup/restore');
    return (await restoreBackup((window as any).__backup)).counts;
  });
  expect(restored.units).toBe(header.counts.units);
});

test('a newer version opened in another window: this one stops and asks to reload', async ({ context }, info) => {
  const app = await context.newPage();
  await startApp(app, '#/units');
  await app.evaluate(() => window.addEventListener('thidua:db-versionchange', () => ((window as any).__versionChangeSeen = true)));
  const other = await context.newPage();
  await openHarness(other);
  // The other window runs a newer schema (one more version with a new table).
  const opened = await other.evaluate(async () => {
    const { AppDatabase, DATABASE_NAME } = await (window as any).harness.module('db/database');
    const { SCHEMA_VERSIONS, CURRENT_SCHEMA_VERSION } = await (window as any).harness.module('db/schema/versions');
    const newer = new AppDatabase(DATABASE_NAME, [...SCHEMA_VERSIONS, { version: CURRENT_SCHEMA_VERSION + 1, stores: { futureTable: 'id' } }]);
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('blocked: the old window kept the database open')), 15_000));
    await Promise.race([newer.open(), timeout]);
    const v = newer.verno;
    newer.close();
    return v;
  });
  expect(opened).toBeGreaterThan(2);
  // db/database.ts closed the old connection (the upgrade above was not blocked) and told the UI.
  await expect.poll(() => app.evaluate(() => (window as any).__versionChangeSeen === true)).toBe(true);
  // The UI: VersionChangeNotice, mounted once in the app shell.
  const notice = app.getByTestId('db-versionchange-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Dữ liệu đã được mở bằng phiên bản mới hơn ở cửa sổ khác');
  await expect(app.getByTestId('db-versionchange-reload')).toBeVisible();
  await app.screenshot({ path: info.outputPath('versionchange.png') });
});
