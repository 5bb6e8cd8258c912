import { test } from '@playwright/test';
import { report } from './stats';

const UNITS = 100_000;

test('backup: create, verify, restore and checksum with 100,000 units', async ({ page }) => {
  await page.goto('/harness.html');
  await page.evaluate(async (n) => {
    const demo = await window.harness.module('db/repositories/registry/demo');
    await demo.generateUnits(n, 7);
  }, UNITS);
  const create: number[] = [];
  const restore: number[] = [];
  const checksum: number[] = [];
  let size = 0;
  for (let i = 0; i < 3; i++) {
    const r = await page.evaluate(async () => {
      const { createBackup } = await window.harness.module('db/repositories/backup/backup');
      const { restoreBackup } = await window.harness.module('db/repositories/backup/restore');
      const { databaseChecksum } = await window.harness.module('db/repositories/backup/checksum');
      const t0 = performance.now();
      const { bytes } = await createBackup({ appVersion: 'bench' });
      const t1 = performance.now();
      await restoreBackup(bytes);
      const t2 = performance.now();
      await databaseChecksum();
      const t3 = performance.now();
      return { create: t1 - t0, restore: t2 - t1, checksum: t3 - t2, size: bytes.length };
    });
    create.push(r.create);
    restore.push(r.restore);
    checksum.push(r.checksum);
    size = r.size;
  }
  const excel = await page.evaluate(async () => {
    const { exportExcelArchive } = await window.harness.module('db/repositories/backup/archive');
    const t0 = performance.now();
    const { bytes } = await exportExcelArchive('bench');
    return { ms: performance.now() - t0, size: bytes.length };
  });
  report(`Excel archive of all tables (one sheet per table), ${UNITS} units`, [excel.ms]);
  console.log(`BENCH Excel archive size with ${UNITS} units: ${(excel.size / 1024 / 1024).toFixed(1)} MB`);
  console.log(`BENCH backup file size with ${UNITS} units: ${(size / 1024 / 1024).toFixed(1)} MB (gzip)`);
  report(`backup create (export + gzip + SHA-256), ${UNITS} units`, create);
  report(`backup restore (verify + staging import + one-transaction replace), ${UNITS} units`, restore);
  report(`databaseChecksum over all tables, ${UNITS} units`, checksum);
});
