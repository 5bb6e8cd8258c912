/**
 * Restore of a backup of the current schema without the staging database: the payload is parsed
 * directly and written in batches inside the one replace transaction (db/repositories/backup/restore.ts).
 * Older backups still go through the staging database and its migrations.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { databaseChecksum, mutateEveryTable, openHarness, REFERENCE_TABLES, seedEveryTable, startApp } from '../fixtures/badinput/db-helpers';
import { gunzip, gzip, packBackup, parseBackup, sha256Hex } from '../../src-renderer/src/domain/backup/container';
import { BACKUP_ERROR } from '../../src-renderer/src/domain/backup/labels';
import { directoryAndRebuild, firstDifference } from '../support/unitDirectory';

/** Plain rows (no Date, no Blob: what the app stores) in a table with in-line keys, beside the seeded ones. */
async function addPlainPeople(page: Page, n: number): Promise<void> {
  await page.evaluate(async (n) => {
    const { getDb } = await (window as any).harness.module('db/database');
    const rows = Array.from({ length: n }, (_, i) => ({
      id: `p-${String(i).padStart(6, '0')}`,
      unitId: `u-${i % 97}`,
      name: `Nguyễn Văn Thành ${i}`,
      nameKey: `nguyen van thanh ${i}`,
      searchWords: ['nguyen', 'van', `thanh${i}`],
      origin: 'manual',
      detail: { position: 'Giám đốc', years: [2023, 2024], note: null, ratio: i / 7 },
    }));
    await getDb().people.bulkAdd(rows);
  }, n);
}

/** Creates a backup in the page, keeps it in window.__backup and returns its bytes. */
async function backupInPage(page: Page): Promise<Uint8Array> {
  const bytes = await page.evaluate(async () => {
    const { createBackup } = await (window as any).harness.module('db/repositories/backup/backup');
    const { bytes } = await createBackup({ appVersion: 'test' });
    (window as any).__backup = bytes;
    return Array.from(bytes as Uint8Array);
  });
  return Uint8Array.from(bytes);
}

/** Restores `bytes` (or window.__backup) in the page; returns the outcome, the progress calls and the error message. */
async function restoreInPage(page: Page, bytes?: Uint8Array) {
  return page.evaluate(
    async (bytes) => {
      const { restoreBackup } = await (window as any).harness.module('db/repositories/backup/restore');
      const progress: Array<{ done: number; total: number }> = [];
      try {
        const r = await restoreBackup(bytes ? new Uint8Array(bytes) : (window as any).__backup, undefined, {
          onProgress: (p: { done: number; total: number }) => progress.push({ ...p }),
        });
        return { via: r.via as string, counts: r.counts as Record<string, number>, progress, error: null as string | null };
      } catch (e) {
        return { via: null, counts: null, progress, error: (e as Error).message };
      }
    },
    bytes ? Array.from(bytes) : null,
  );
}

/** Checksum of the database without the one audit entry a restore adds (removed first). */
async function checksumWithoutRestoreEntry(page: Page): Promise<string> {
  await page.evaluate(async () => {
    const { getDb } = await (window as any).harness.module('db/database');
    const db = getDb();
    const last = await db.auditLog.orderBy('id').last();
    if (last?.action !== 'restore-backup') throw new Error('no restore entry');
    await db.auditLog.delete(last.id);
  });
  return databaseChecksum(page);
}

/** Re-seals an edited payload (gzip, checksum) behind the same header. */
async function reseal(file: Uint8Array, edit: (json: any) => void): Promise<Uint8Array> {
  const { header, payload } = parseBackup(file);
  const json = JSON.parse(new TextDecoder().decode(await gunzip(payload)));
  edit(json);
  const p = await gzip(new TextEncoder().encode(JSON.stringify(json)));
  return packBackup({ ...header, payloadBytes: p.length, checksum: await sha256Hex(p) }, p);
}

test('a current-schema backup restores directly: every table equal to the backup, progress up to the total', async ({ page }) => {
  test.setTimeout(300_000);
  await openHarness(page);
  // Seeded rows carry Dates and Blobs (typeson-encoded in the file); the people rows are plain JSON.
  await seedEveryTable(page, 3);
  await addPlainPeople(page, Number(process.env.N_PEOPLE ?? 12_345));
  const sumAtBackup = await databaseChecksum(page);
  const file = await backupInPage(page);
  const { header } = parseBackup(file);
  await mutateEveryTable(page);
  expect(await databaseChecksum(page)).not.toBe(sumAtBackup);

  const r = await restoreInPage(page);
  expect(r.error).toBeNull();
  expect(r.via).toBe('direct');
  const total = Object.values(header.counts).reduce((a, b) => a + b, 0);
  expect(total).toBeGreaterThan(Number(process.env.N_PEOPLE ?? 12_345));
  // Progress from 0 up to the total, in batches, never going back.
  expect(r.progress[0]).toEqual({ done: 0, total });
  expect(r.progress.at(-1)).toEqual({ done: total, total });
  expect(r.progress.length).toBeGreaterThan(3);
  for (let i = 1; i < r.progress.length; i++) expect(r.progress[i]!.done).toBeGreaterThanOrEqual(r.progress[i - 1]!.done);
  for (const [table, n] of Object.entries(header.counts)) expect(r.counts![table], table).toBe(table === 'auditLog' ? n + 1 : n);
  // Blobs came back as Blobs, Dates as Dates.
  const kinds = await page.evaluate(async () => {
    const { getDb } = await (window as any).harness.module('db/database');
    const row = await getDb().attachments.toCollection().first();
    return { blob: row.file instanceof Blob, date: row.at instanceof Date, bytes: Array.from(new Uint8Array(await row.file.arrayBuffer())) };
  });
  expect(kinds).toEqual({ blob: true, date: true, bytes: [37, 80, 68, 70, 0, 255, 0, 128] });
  // Apart from the restore's own audit entry, the database is exactly what was backed up.
  expect(await checksumWithoutRestoreEntry(page)).toBe(sumAtBackup);
  // The unit directory (not in the backup) was rebuilt from the restored units in the same transaction.
  const dir = await directoryAndRebuild(page);
  expect(dir.rows).toBeGreaterThan(0);
  expect(dir.stored === dir.rebuilt, firstDifference(dir.stored, dir.rebuilt)).toBe(true);
});

test('a backup of an older schema still restores through the staging database and its migrations', async ({ page }) => {
  await openHarness(page);
  const r = await page.evaluate(async () => {
    const { AppDatabase, getDb } = await (window as any).harness.module('db/database');
    const { SCHEMA_VERSIONS, CURRENT_SCHEMA_VERSION } = await (window as any).harness.module('db/schema/versions');
    const { createBackup } = await (window as any).harness.module('db/repositories/backup/backup');
    const { restoreBackup } = await (window as any).harness.module('db/repositories/backup/restore');
    // v4: older than the v5 migration (nominations gain their commendation type) and any later one.
    const old = new AppDatabase('thi-dua-htx-previous-test', SCHEMA_VERSIONS.slice(0, 4));
    await old.open();
    await old.table('units').add({
      id: 'u1',
      kind: 'htx',
      name: 'HTX Phú Thắng',
      status: 'active',
      member: 1,
      origin: 'manual',
      sortKey: 'phu thang',
      nameKey: 'phu thang',
      searchWords: ['phu', 'thang'],
    });
    await old.table('nominations').add({ id: 'n1', roundId: 'r1', status: 'draft', recipientId: 'u1', catalogCode: 'BK' });
    const { bytes, header } = await createBackup({ appVersion: '0.0.9' }, old);
    await old.delete();
    const progress: Array<{ done: number; total: number }> = [];
    const result = await restoreBackup(bytes, undefined, { onProgress: (p: any) => progress.push({ ...p }) });
    const db = getDb();
    return {
      from: header.schemaVersion,
      current: CURRENT_SCHEMA_VERSION,
      via: result.via,
      unit: await db.units.get('u1'),
      nomination: await db.nominations.get('n1'),
      progress,
    };
  });
  expect(r.from).toBe(4);
  expect(r.current).toBeGreaterThan(4);
  expect(r.via).toBe('staging');
  expect(r.unit).toMatchObject({ id: 'u1', name: 'HTX Phú Thắng' });
  expect(r.nomination).toMatchObject({ id: 'n1', commendationType: 'thuong_xuyen' });
  expect(r.progress.at(-1)).toEqual({ done: 2, total: 2 });
});

test('a damaged payload (unknown table, rows not an array, bad key, duplicate record) leaves the database exactly as it was', async ({ page }) => {
  await openHarness(page);
  await seedEveryTable(page, 2);
  await addPlainPeople(page, 50);
  const good = await backupInPage(page);
  await mutateEveryTable(page);
  const sum = await databaseChecksum(page);
  const people = (json: any) => json.data.data.find((d: any) => d.tableName === 'people');
  const cases: Array<[string, Uint8Array, string | RegExp]> = [
    [
      'unknown table',
      await reseal(good, (json) => {
        json.data.tables.push({ name: 'bangKhongTonTai', schema: 'id', rowCount: 1 });
        json.data.data.push({ tableName: 'bangKhongTonTai', inbound: true, rows: [{ id: 'x' }] });
      }),
      BACKUP_ERROR.payload,
    ],
    ['rows not an array', await reseal(good, (json) => (people(json).rows = { id: 'p-000001' })), BACKUP_ERROR.payload],
    ['record without its key', await reseal(good, (json) => delete people(json).rows[7].id), BACKUP_ERROR.payload],
    // Same number of records, but two share a key: only the count check inside the transaction sees it.
    ['duplicate key', await reseal(good, (json) => (people(json).rows[1] = { ...people(json).rows[0] })), /"Cá nhân".*không khớp/],
  ];
  for (const [label, file, expected] of cases) {
    const r = await restoreInPage(page, file);
    expect(r.error, label).toMatch(expected);
    expect(r.error, label).toContain('Dữ liệu hiện tại không bị thay đổi');
    expect(await databaseChecksum(page), label).toBe(sum);
  }
});

test('the restore screen shows the writing progress ("Đang ghi lại dữ liệu: …/… bản ghi")', async ({ page }, info) => {
  test.setTimeout(300_000);
  await startApp(page);
  await openHarness(page);
  await seedEveryTable(page, 2, 'a', REFERENCE_TABLES);
  await addPlainPeople(page, 12_345);
  await page.goto('/index.html#/backup');
  const download = page.waitForEvent('download');
  await page.getByTestId('backup-create').click();
  const file = info.outputPath('backup.tdbackup');
  await (await download).saveAs(file);
  const total = Object.values(parseBackup(new Uint8Array(readFileSync(file))).header.counts).reduce((a, b) => a + b, 0);

  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('backup-restore-file').click();
  await (await chooser).setFiles(file);
  await expect(page.getByTestId('restore-preview')).toBeVisible();
  // Every text the progress line shows, recorded as it changes.
  await page.evaluate(() => {
    const seen: string[] = ((window as any).__progressTexts = []);
    new MutationObserver(() => {
      const el = document.querySelector('[data-testid="restore-progress"]');
      if (el && seen.at(-1) !== el.textContent) seen.push(el.textContent ?? '');
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByTestId('restore-confirm').click();
  await expect(page.getByTestId('restore-done')).toBeVisible({ timeout: 120_000 });
  const texts: string[] = await page.evaluate(() => (window as any).__progressTexts);
  const writing = texts.filter((t) => t.startsWith('Đang ghi lại dữ liệu:'));
  expect(writing.length, texts.join(' | ')).toBeGreaterThan(0);
  const fmt = new Intl.NumberFormat('vi-VN').format(total);
  for (const t of writing) expect(t).toMatch(new RegExp(`^Đang ghi lại dữ liệu: [\\d.]+/${fmt.replace(/\./g, '\\.')} bản ghi`));
});
