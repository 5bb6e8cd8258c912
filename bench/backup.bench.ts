import { test } from '@playwright/test';
import { report, summarise } from './stats';

const UNITS = 100_000;

test('backup: create, verify, restore and checksum with 100,000 units', async ({ page }) => {
  await page.goto('/harness.html');
  await page.evaluate(async (n) => {
    const demo = await window.harness.module('db/repositories/registry/demo');
    await demo.generateUnits(n, 7);
  }, UNITS);
  const create: number[] = [];
  const restore: number[] = [];
  const read: number[] = [];
  const floor: number[] = [];
  const checksum: number[] = [];
  let size = 0;
  let via = '';
  for (let i = 0; i < 3; i++) {
    const r = await page.evaluate(async () => {
      const { createBackup } = await window.harness.module('db/repositories/backup/backup');
      const { restoreBackup } = await window.harness.module('db/repositories/backup/restore');
      const { databaseChecksum, readAllTables } = await window.harness.module('db/repositories/backup/checksum');
      const { gunzip, verifyBackup } = await window.harness.module('domain/backup/container');
      const { readDexiePayload } = await window.harness.module('domain/backup/payload');
      const { CACHE_TABLES, CURRENT_SCHEMA_VERSION } = await window.harness.module('db/schema/versions');
      const { getDb } = await window.harness.module('db/database');
      const db = getDb();
      const t0 = performance.now();
      const { bytes } = await createBackup({ appVersion: 'bench' });
      const t1 = performance.now();
      const result = await restoreBackup(bytes);
      const t2 = performance.now();
      await databaseChecksum();
      const t3 = performance.now();

      // The reading part of a restore alone: verify (SHA-256), gunzip, JSON.parse and checks.
      const r0 = performance.now();
      const { header, payload } = await verifyBackup(bytes, CURRENT_SCHEMA_VERSION);
      const text = new TextDecoder().decode(header.compression === 'gzip' ? await gunzip(payload) : payload);
      const schema = db.tables.map((t: any) => ({
        name: t.name,
        primKeySrc: t.schema.primKey.src,
        keyPath: t.schema.primKey.keyPath ?? null,
        auto: !!t.schema.primKey.auto,
      }));
      readDexiePayload(text, schema, CURRENT_SCHEMA_VERSION, CACHE_TABLES);
      const r1 = performance.now();

      // Raw floor: the same rows (already in memory, no parsing) cleared and bulkPut in one transaction.
      const { tables } = await readAllTables();
      const f0 = performance.now();
      await db.transaction('rw', db.tables, async () => {
        for (const table of db.tables) await table.clear();
        for (const table of db.tables) if (!CACHE_TABLES.includes(table.name) && tables[table.name]?.length) await table.bulkPut(tables[table.name]);
      });
      const f1 = performance.now();
      return { create: t1 - t0, restore: t2 - t1, checksum: t3 - t2, read: r1 - r0, floor: f1 - f0, size: bytes.length, via: result.via as string };
    });
    create.push(r.create);
    restore.push(r.restore);
    checksum.push(r.checksum);
    read.push(r.read);
    floor.push(r.floor);
    size = r.size;
    via = r.via;
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
  report(`backup restore (verify + ${via === 'direct' ? 'direct parse' : 'staging import'} + one-transaction replace), ${UNITS} units`, restore);
  report(`  restore reading part alone (verify + gunzip + JSON.parse + checks), ${UNITS} units`, read);
  report(`  raw floor: clear + bulkPut the same rows in one transaction, no parsing, ${UNITS} units`, floor);
  console.log(`BENCH restore = ${summarise(restore).median} ms vs raw floor ${summarise(floor).median} ms (medians, same run)`);
  report(`databaseChecksum over all tables, ${UNITS} units`, checksum);
});
