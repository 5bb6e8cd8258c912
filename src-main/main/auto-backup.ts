import { join } from 'node:path';
import type { AutoBackupSettings, BackupFileInfo } from '../shared/api';
import { DEFAULT_KEEP, backupTime } from './backup-files';
import { IpcValidationError, validateAutoBackupSettings } from './ipc-validation';
import { readJsonFile, writeJsonFile } from './json-file';

/** Automatic-backup settings (userData/auto-backup.json) and when a daily backup is due. */

export const AUTO_BACKUP_SETTINGS_FILE = 'auto-backup.json';
export const DAILY_INTERVAL_MS = 24 * 60 * 60 * 1000;
/** How long quitting waits for the renderer to hand over its backup. */
export const QUIT_BACKUP_TIMEOUT_MS = 10_000;

/** <Documents>/Thi dua HTX/Sao luu — no diacritics, so old backup tools and zip programs cope. */
export function defaultBackupFolder(documentsPath: string): string {
  return join(documentsPath, 'Thi dua HTX', 'Sao luu');
}

export function defaultAutoBackupSettings(documentsPath: string): AutoBackupSettings {
  return { enabled: true, folder: defaultBackupFolder(documentsPath), keep: DEFAULT_KEEP };
}

/** Stored settings, each field falling back to its default when missing or invalid. */
export function parseAutoBackupSettings(raw: unknown, defaults: AutoBackupSettings): AutoBackupSettings {
  if (typeof raw !== 'object' || raw === null) return { ...defaults };
  const merged = { ...defaults, ...(raw as Record<string, unknown>) };
  try {
    return validateAutoBackupSettings({ enabled: merged.enabled, folder: merged.folder, keep: merged.keep });
  } catch (err) {
    if (!(err instanceof IpcValidationError)) throw err;
    // Keep the valid fields the user chose, repair the rest.
    const r = raw as Record<string, unknown>;
    return {
      enabled: typeof r.enabled === 'boolean' ? r.enabled : defaults.enabled,
      folder: safeOr(() => validateAutoBackupSettings({ ...defaults, folder: r.folder }).folder, defaults.folder),
      keep: safeOr(() => validateAutoBackupSettings({ ...defaults, keep: r.keep }).keep, defaults.keep),
    };
  }
}

function safeOr<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

export async function loadAutoBackupSettings(file: string, defaults: AutoBackupSettings): Promise<AutoBackupSettings> {
  return parseAutoBackupSettings(await readJsonFile(file), defaults);
}

export async function saveAutoBackupSettings(file: string, settings: AutoBackupSettings): Promise<void> {
  await writeJsonFile(file, settings);
}

/** True when enabled and the newest backup (listBackups order) is a day old or there is none. */
export function isDailyBackupDue(settings: AutoBackupSettings, backups: readonly BackupFileInfo[], now: Date): boolean {
  if (!settings.enabled) return false;
  const newest = backups[0];
  if (!newest) return true;
  const taken = backupTime(newest.name) ?? new Date(newest.modifiedAt);
  return now.getTime() - taken.getTime() >= DAILY_INTERVAL_MS;
}
