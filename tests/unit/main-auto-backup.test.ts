import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { defaultAutoBackupSettings, isDailyBackupDue, parseAutoBackupSettings } from '../../src-main/main/auto-backup';
import { backupFileName } from '../../src-main/main/backup-files';
import { BackupRequester, parseBackupResponse } from '../../src-main/main/backup-requests';
import type { BackupRequestMessage } from '../../src-main/shared/ipc-channels';

const DOCS = process.platform === 'win32' ? 'C:\\Users\\ke-toan\\Documents' : '/home/ke-toan/Documents';
const defaults = defaultAutoBackupSettings(DOCS);

test('defaults: on, <Documents>/Thi dua HTX/Sao luu, keep 30', () => {
  expect(defaults).toEqual({ enabled: true, folder: join(DOCS, 'Thi dua HTX', 'Sao luu'), keep: 30 });
});

test('stored settings keep the valid fields and repair the rest', () => {
  const other = join(DOCS, 'Khac');
  expect(parseAutoBackupSettings(null, defaults)).toEqual(defaults);
  expect(parseAutoBackupSettings({ enabled: false, folder: other, keep: 7 }, defaults)).toEqual({ enabled: false, folder: other, keep: 7 });
  expect(parseAutoBackupSettings({ enabled: false, folder: 'relative', keep: 7 }, defaults)).toEqual({ enabled: false, folder: defaults.folder, keep: 7 });
  expect(parseAutoBackupSettings({ keep: -1, folder: other }, defaults)).toEqual({ enabled: true, folder: other, keep: 30 });
});

test('a daily backup is due when there is none or the newest is a day old', () => {
  const now = new Date(2025, 10, 23, 12, 0, 0);
  const backup = (d: Date) => ({ name: backupFileName(d), size: 10, modifiedAt: d.toISOString() });
  expect(isDailyBackupDue(defaults, [], now)).toBe(true);
  expect(isDailyBackupDue(defaults, [backup(new Date(2025, 10, 23, 8, 0, 0))], now)).toBe(false);
  expect(isDailyBackupDue(defaults, [backup(new Date(2025, 10, 22, 11, 59, 0))], now)).toBe(true);
  expect(isDailyBackupDue({ ...defaults, enabled: false }, [], now)).toBe(false);
});

test.describe('asking the renderer for a backup', () => {
  test('resolves as soon as the renderer writes the backup', async () => {
    const sent: BackupRequestMessage[] = [];
    const r = new BackupRequester((m) => (sent.push(m), true));
    const outcome = r.request('quit', 5_000);
    expect(sent).toEqual([{ id: 1, reason: 'quit' }]);
    r.backupWritten();
    expect(await outcome).toBe('written');
    expect(r.waiting).toBe(0);
  });

  test('does not wait when nobody listens or there is no window', async () => {
    const r = new BackupRequester(() => true);
    const outcome = r.request('daily', 5_000);
    r.response({ id: 1, ok: true, handlers: 0 });
    expect(await outcome).toBe('no-handler');
    expect(await new BackupRequester(() => false).request('quit', 5_000)).toBe('no-window');
  });

  test('reports a failed backup, and gives up after the time limit', async () => {
    const r = new BackupRequester(() => true);
    const failed = r.request('quit', 5_000);
    r.response({ id: 1, ok: false, handlers: 1, error: 'QuotaExceeded' });
    expect(await failed).toBe('failed');
    expect(await r.request('quit', 20)).toBe('timeout');
    expect(r.waiting).toBe(0);
  });

  test('responses from the renderer are checked before use', () => {
    expect(parseBackupResponse({ id: 3, ok: true, handlers: 1 })).toEqual({ id: 3, ok: true, handlers: 1 });
    expect(parseBackupResponse({ id: '3', ok: true, handlers: 1 })).toBeNull();
    expect(parseBackupResponse(null)).toBeNull();
    expect(parseBackupResponse({ id: 1, ok: false, handlers: 1, error: 'x'.repeat(5000) })?.error).toHaveLength(2000);
  });
});
