/**
 * Automatic backups, renderer side: the desktop main process asks for a backup (on quit,
 * daily) through the preload API; the renderer answers with the bytes. The preload API is
 * replaced here by an in-memory stand-in with the same contract (src-main/shared/api.ts).
 */
import { test, expect } from '@playwright/test';
import { openHarness, seedEveryTable, snapshotRecords, REFERENCE_TABLES, startApp } from '../fixtures/badinput/db-helpers';
import { parseBackup } from '../../src-renderer/src/domain/backup/container';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const files: Array<{ name: string; data: number[]; modifiedAt: string }> = [];
    let settings = { enabled: true, folder: 'C:\\Users\\vanthu\\Documents\\Thi dua HTX\\Sao luu', keep: 30 };
    const fake: any = { files, handler: null };
    (window as any).__fakeDesktop = fake;
    const info = (f: (typeof files)[number]) => ({ name: f.name, size: f.data.length, modifiedAt: f.modifiedAt });
    (window as any).thidua = {
      appVersion: async () => '0.1.0-test',
      userDataPath: async () => '/tmp',
      saveFile: async () => null,
      openFile: async () => [],
      print: async () => true,
      printToPdf: async () => null,
      getAutoBackupSettings: async () => settings,
      setAutoBackupSettings: async (s: typeof settings) => (settings = { ...s }),
      listBackups: async () => files.map(info),
      writeAutoBackup: async (data: Uint8Array) => {
        const f = {
          name: `tu-dong-${files.length + 1}.tdbackup`,
          data: Array.from(data),
          modifiedAt: new Date(Date.UTC(2025, 6, 1, files.length)).toISOString(),
        };
        files.push(f);
        return info(f);
      },
      readBackup: async (name: string) => Uint8Array.from(files.find((f) => f.name === name)!.data),
      onBackupRequest: (h: (reason: string) => Promise<void>) => {
        fake.handler = h;
        return () => (fake.handler = null);
      },
    };
  });
});

test("answers the desktop app's backup request with a valid backup file", async ({ page }) => {
  await startApp(page);
  await openHarness(page);
  const seeded = await seedEveryTable(page, 2, 'a', REFERENCE_TABLES);
  await page.goto('/index.html#/backup');
  await page.waitForFunction(() => (window as any).__fakeDesktop.handler !== null);
  const written = await page.evaluate(async () => {
    await (window as any).__fakeDesktop.handler('quit');
    return (window as any).__fakeDesktop.files.map((f: any) => f.data);
  });
  expect(written).toHaveLength(1);
  const { header } = parseBackup(Uint8Array.from(written[0]));
  expect(header.reason).toBe('quit');
  expect(header.appVersion).toBe('0.1.0-test');
  expect(header.counts.units).toBe(seeded.units);
});

test('settings, list of automatic backups and restore from one of them', async ({ page, context }, info) => {
  await startApp(page);
  await openHarness(page);
  await seedEveryTable(page, 2, 'a', REFERENCE_TABLES);
  const before = await snapshotRecords(page);
  await page.goto('/index.html#/backup');
  const section = page.getByTestId('auto-backup');
  await expect(section.getByLabel('Thư mục sao lưu')).toHaveValue(/Sao luu/);
  await section.getByTestId('auto-backup-now').click();
  await expect(section.getByText('tu-dong-1.tdbackup')).toBeVisible();
  await section.getByLabel('Số bản giữ lại').fill('10');
  await section.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await expect(page.getByText('Đã lưu cài đặt sao lưu tự động.')).toBeVisible();
  expect(await page.evaluate(async () => (await (window as any).thidua.getAutoBackupSettings()).keep)).toBe(10);

  // Change the data, then restore the automatic backup from the list.
  const harness = await context.newPage();
  await openHarness(harness);
  await harness.evaluate(async () => {
    const { getDb } = await (window as any).harness.module('db/database');
    await getDb().units.clear();
  });
  await harness.close();
  await section.getByRole('button', { name: 'Khôi phục…' }).click();
  await expect(page.getByTestId('restore-preview')).toContainText('tu-dong-1.tdbackup');
  await page.screenshot({ path: info.outputPath('auto-backup.png') });
  await page.getByTestId('restore-confirm').click();
  await page.getByTestId('restore-done').click();
  await openHarness(page);
  const after = await snapshotRecords(page);
  expect(after.units).toEqual(before.units);
});
