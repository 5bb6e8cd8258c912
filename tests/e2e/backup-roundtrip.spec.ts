import { test, expect, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { databaseChecksum, mutateEveryTable, openHarness, REFERENCE_TABLES, seedEveryTable, snapshotRecords, startApp } from '../fixtures/badinput/db-helpers';
import { parseBackup, packBackup } from '../../src-renderer/src/domain/backup/container';

/** Every table except the audit log, which gains one "restore" entry by design. */
function withoutAudit(s: Record<string, string[]>) {
  const { auditLog: _ignored, ...rest } = s;
  return rest;
}

async function backupBytesInPage(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const { createBackup } = await (window as any).harness.module('db/repositories/backup/backup');
    const { bytes } = await createBackup({ appVersion: 'test', reason: 'manual' });
    (window as any).__backup = bytes;
    return Array.from(bytes as Uint8Array);
  });
}

test('backup then restore reproduces every table record by record, blobs included', async ({ page }) => {
  await openHarness(page);
  const seeded = await seedEveryTable(page, 3);
  expect(Object.keys(seeded).length).toBeGreaterThan(20);
  const before = await snapshotRecords(page);
  const sumBefore = await databaseChecksum(page);
  const file = Uint8Array.from(await backupBytesInPage(page));
  const { header } = parseBackup(file);
  expect(header.counts).toEqual(seeded);

  await mutateEveryTable(page);
  expect(await databaseChecksum(page)).not.toBe(sumBefore);

  const result = await page.evaluate(async () => {
    const { restoreBackup } = await (window as any).harness.module('db/repositories/backup/restore');
    return (await restoreBackup((window as any).__backup)).counts;
  });
  const after = await snapshotRecords(page);
  expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  for (const table of Object.keys(withoutAudit(before))) {
    expect(after[table], `table ${table}`).toEqual(before[table]);
  }
  // The audit log is the backup's log plus exactly one restore entry.
  expect(after.auditLog!.slice(0, before.auditLog!.length)).toEqual(before.auditLog);
  expect(after.auditLog).toHaveLength(before.auditLog!.length + 1);
  expect(after.auditLog!.at(-1)).toContain('restore-backup');
  expect(result.units).toBe(seeded.units);
  // Blobs came back as Blobs with the same bytes.
  const blob = await page.evaluate(async () => {
    const { getDb } = await (window as any).harness.module('db/database');
    const row = await getDb().table('attachments').toCollection().first();
    return { isBlob: row.file instanceof Blob, type: row.file.type, bytes: Array.from(new Uint8Array(await row.file.arrayBuffer())) };
  });
  expect(blob).toEqual({ isBlob: true, type: 'application/pdf', bytes: [37, 80, 68, 70, 0, 255, 0, 128] });
});

test('a backup of the previous schema (v1) is migrated on restore', async ({ page }) => {
  await openHarness(page);
  const restored = await page.evaluate(async () => {
    const { AppDatabase } = await (window as any).harness.module('db/database');
    const { SCHEMA_VERSIONS } = await (window as any).harness.module('db/schema/versions');
    const { createBackup } = await (window as any).harness.module('db/repositories/backup/backup');
    const { restoreBackup } = await (window as any).harness.module('db/repositories/backup/restore');
    const v1 = new AppDatabase('thi-dua-htx-v1-test', SCHEMA_VERSIONS.slice(0, 1));
    await v1.open();
    // v1 units had no `origin`; v2's upgrade fills it in.
    await v1
      .table('units')
      .add({ id: 'u1', kind: 'htx', name: 'HTX Phú Thắng', status: 'active', member: 1, searchWords: ['phu', 'thang'], nameKey: 'phu thang' });
    const { bytes, header } = await createBackup({ appVersion: '0.0.9' }, v1);
    v1.close();
    const r = await restoreBackup(bytes);
    const { getDb } = await (window as any).harness.module('db/database');
    return { from: header.schemaVersion, unit: await getDb().units.get('u1'), verno: getDb().verno, counts: r.counts };
  });
  expect(restored.from).toBe(1);
  expect(restored.verno).toBeGreaterThan(1);
  expect(restored.unit).toMatchObject({ id: 'u1', name: 'HTX Phú Thắng', origin: 'manual' });
});

test('a payload that passes the checksum but cannot be read, or whose counts differ, aborts with data intact', async ({ page }) => {
  await openHarness(page);
  await seedEveryTable(page, 2);
  const good = Uint8Array.from(await backupBytesInPage(page));
  const sum = await databaseChecksum(page);
  const { header, payload } = parseBackup(good);
  const { gunzip, gzip, sha256Hex } = await import('../../src-renderer/src/domain/backup/container');
  const json = new TextDecoder().decode(await gunzip(payload));
  const variants: Array<[RegExp, string, Partial<typeof header>]> = [
    // A cut JSON body, re-sealed with a matching checksum (a buggy writer, not bit rot). The
    // streaming reader may stop quietly at the cut; the per-table counts catch that.
    [/không đọc được|không khớp/, json.slice(0, Math.floor(json.length * 0.6)), {}],
    // Not JSON at all.
    [/không đọc được/, 'đây không phải JSON', {}],
    // Header claims one more unit than the payload holds.
    [/"Đơn vị".*không khớp/, json, { counts: { ...header.counts, units: (header.counts.units ?? 0) + 1 } }],
  ];
  for (const [expected, body, patch] of variants) {
    const p = await gzip(new TextEncoder().encode(body));
    const file = packBackup({ ...header, ...patch, payloadBytes: p.length, checksum: await sha256Hex(p) }, p);
    const message = await page.evaluate(async (bytes) => {
      const { restoreBackup } = await (window as any).harness.module('db/repositories/backup/restore');
      try {
        await restoreBackup(new Uint8Array(bytes));
        return 'restored';
      } catch (e) {
        return (e as Error).message;
      }
    }, Array.from(file));
    expect(message).toMatch(expected);
    expect(message).toContain('Dữ liệu hiện tại không bị thay đổi');
    expect(await databaseChecksum(page)).toBe(sum);
  }
});

test('restore through the screen: preview of counts, confirm, data replaced', async ({ page }, info) => {
  await startApp(page);
  await openHarness(page);
  await seedEveryTable(page, 2, 'a', REFERENCE_TABLES);
  const before = await snapshotRecords(page);
  await page.goto('/index.html#/backup');
  const download = page.waitForEvent('download');
  await page.getByTestId('backup-create').click();
  const file = info.outputPath('backup.tdbackup');
  await (await download).saveAs(file);
  expect(parseBackup(new Uint8Array(readFileSync(file))).header.counts.units).toBe(2);

  await openHarness(page);
  await mutateEveryTable(page, REFERENCE_TABLES);
  await page.goto('/index.html#/backup');
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('backup-restore-file').click();
  await (await chooser).setFiles(file);
  const preview = page.getByTestId('restore-preview');
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('Đơn vị');
  await expect(preview).toContainText('sẽ bị thay');
  await page.screenshot({ path: info.outputPath('restore-preview.png') });
  await page.getByTestId('restore-confirm').click();
  // Every table is rewritten (3,300 communes included): seconds, more on a loaded machine.
  await expect(page.getByTestId('restore-done')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('restore-done').click();
  await openHarness(page);
  const after = await snapshotRecords(page);
  for (const table of Object.keys(withoutAudit(before))) expect(after[table], `table ${table}`).toEqual(before[table]);
});

test('damaged, foreign and newer-version files are refused and change nothing', async ({ page }, info) => {
  await startApp(page);
  await openHarness(page);
  await seedEveryTable(page, 2, 'a', REFERENCE_TABLES);
  const good = Uint8Array.from(await backupBytesInPage(page));
  const sum = await databaseChecksum(page);

  const flipped = good.slice();
  flipped[flipped.length - 100]! ^= 0x10;
  const { header, payload } = parseBackup(good);
  const newer = packBackup({ ...header, schemaVersion: header.schemaVersion + 1, appVersion: '9.0.0' }, payload);
  const cases: Array<[string, Uint8Array, string]> = [
    ['bit-flipped.tdbackup', flipped, 'SHA-256'],
    ['truncated.tdbackup', good.slice(0, Math.floor(good.length / 2)), 'cắt cụt'],
    ['foreign.tdbackup', new TextEncoder().encode('{"formatName":"dexie","data":{}}'), 'không phải bản sao lưu'],
    ['newer.tdbackup', newer, 'phiên bản ứng dụng mới hơn'],
  ];
  await page.goto('/index.html#/backup');
  for (const [name, bytes, expected] of cases) {
    const path = info.outputPath(name);
    writeFileSync(path, bytes);
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('backup-restore-file').click();
    await (await chooser).setFiles(path);
    await expect(page.getByTestId('backup-error')).toContainText(expected);
    await expect(page.getByTestId('restore-preview')).toHaveCount(0);
  }
  await page.screenshot({ path: info.outputPath('refused.png') });
  await openHarness(page);
  expect(await databaseChecksum(page)).toBe(sum);
});

test('export of all data to Excel: one sheet per table, formulas neutralised', async ({ page }, info) => {
  await startApp(page);
  await openHarness(page);
  const counts = await seedEveryTable(page, 2, 'a', REFERENCE_TABLES);
  await page.goto('/index.html#/backup');
  const download = page.waitForEvent('download');
  await page.getByTestId('backup-excel').click();
  const path = info.outputPath('archive.xlsx');
  await (await download).saveAs(path);
  const wb = XLSX.read(readFileSync(path), { type: 'buffer', cellFormula: true });
  expect(wb.SheetNames[0]).toBe('Ghi chú');
  for (const table of Object.keys(counts)) {
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets[table]!);
    expect(rows, `sheet ${table}`).toHaveLength(counts[table]!);
  }
  const first = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets.units!)[0]!;
  expect(first.note).toBe('\'=HYPERLINK("x")');
  expect(String(first.name)).toContain('Hợp tác xã Dương Liễu');
});
