import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { BackupFileInfo } from '../shared/api';
import { BACKUP_FILE_EXTENSION, BACKUP_FILE_PREFIX, BACKUP_NAME_PATTERN, validateBackupName } from './ipc-validation';

/**
 * The automatic-backup folder on disk. A backup is first written to a temp file, flushed,
 * read back and compared by SHA-256, and only then renamed to its final name, so a crash or a
 * full disk never leaves a half-written file that looks like a backup. Old backups are pruned
 * to the last N, and the newest good backup is never deleted.
 */

export const DEFAULT_KEEP = 30;
const TEMP_MARK = '.tmp-';

/** File-system calls that a test can replace to simulate a failing disk. */
export interface BackupIo {
  writeFile(path: string, data: Uint8Array): Promise<void>;
  readFile(path: string): Promise<Uint8Array>;
}

export const nodeBackupIo: BackupIo = {
  async writeFile(path, data) {
    const handle = await open(path, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  async readFile(path) {
    return new Uint8Array(await readFile(path));
  },
};

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** ThiDuaHTX-tu-dong-2025-11-23_10-15-30-123.tdbackup (local time, so users recognise it). */
export function backupFileName(at: Date, counter = 0): string {
  const stamp =
    `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}_` +
    `${pad(at.getHours())}-${pad(at.getMinutes())}-${pad(at.getSeconds())}-${pad(at.getMilliseconds(), 3)}`;
  return `${BACKUP_FILE_PREFIX}${stamp}${counter > 0 ? `-${counter}` : ''}.${BACKUP_FILE_EXTENSION}`;
}

/** Sort key of a backup name: its timestamp digits and collision counter; null if not a backup. */
function sortKey(name: string): [string, number] | null {
  const m = BACKUP_NAME_PATTERN.exec(name);
  if (!m) return null;
  return [m.slice(1, 8).join(''), Number(m[8] ?? 0)];
}

/** Newest first. */
function compareNewestFirst(a: string, b: string): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  if (!ka || !kb) return 0;
  if (ka[0] !== kb[0]) return ka[0] < kb[0] ? 1 : -1;
  return kb[1] - ka[1];
}

/** When the backup named `name` was taken (from its name), or null. */
export function backupTime(name: string): Date | null {
  const m = BACKUP_NAME_PATTERN.exec(name);
  if (!m) return null;
  const [y, mo, d, h, mi, s, ms] = m.slice(1, 8).map(Number) as [number, number, number, number, number, number, number];
  return new Date(y, mo - 1, d, h, mi, s, ms);
}

const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

async function info(folder: string, name: string): Promise<BackupFileInfo> {
  const s = await stat(join(folder, name));
  return { name, size: s.size, modifiedAt: s.mtime.toISOString() };
}

/** Backups in the folder, newest first; a missing folder has none. */
export async function listBackups(folder: string): Promise<BackupFileInfo[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const backups = names.filter((n) => BACKUP_NAME_PATTERN.test(n)).sort(compareNewestFirst);
  const infos: BackupFileInfo[] = [];
  for (const n of backups) {
    try {
      const i = await info(folder, n);
      if (i.size > 0) infos.push(i);
    } catch {
      // Deleted meanwhile (e.g. by the user): just not listed.
    }
  }
  return infos;
}

export interface WriteBackupOptions {
  keep?: number;
  now?: Date;
  io?: BackupIo;
}

/**
 * Writes data as a new backup: temp file, verify by SHA-256, rename; then prunes to `keep`.
 * Throws (leaving every existing backup untouched) when writing or verifying fails.
 */
export async function writeBackup(folder: string, data: Uint8Array, options: WriteBackupOptions = {}): Promise<BackupFileInfo> {
  const io = options.io ?? nodeBackupIo;
  const now = options.now ?? new Date();
  await mkdir(folder, { recursive: true });
  let name = backupFileName(now);
  for (let counter = 1; await exists(join(folder, name)); counter++) name = backupFileName(now, counter);
  const finalPath = join(folder, name);
  const tempPath = join(folder, `.${name}${TEMP_MARK}${randomBytes(6).toString('hex')}`);
  const expected = sha256(data);
  try {
    await io.writeFile(tempPath, data);
    const written = await io.readFile(tempPath);
    if (written.byteLength !== data.byteLength || sha256(written) !== expected) {
      throw new Error(`Bản sao lưu ghi ra đĩa không khớp dữ liệu gốc (${name}); đã huỷ, các bản cũ vẫn giữ nguyên.`);
    }
    await rename(tempPath, finalPath);
  } catch (err) {
    await unlink(tempPath).catch(() => undefined);
    throw err;
  }
  await pruneBackups(folder, options.keep ?? DEFAULT_KEEP, name);
  return info(folder, name);
}

/**
 * Deletes the oldest backups beyond `keep` and stale temp files of interrupted writes.
 * The newest backup (and `protect`, the one just written and verified) always stay.
 */
export async function pruneBackups(folder: string, keep: number, protect?: string): Promise<string[]> {
  const keepCount = Math.max(1, Math.floor(keep));
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const backups = names.filter((n) => BACKUP_NAME_PATTERN.test(n)).sort(compareNewestFirst);
  const doomed = backups.slice(keepCount).filter((n) => n !== protect && n !== backups[0]);
  const staleTemps = names.filter((n) => n.startsWith(`.${BACKUP_FILE_PREFIX}`) && n.includes(TEMP_MARK));
  const deleted: string[] = [];
  for (const n of [...doomed, ...staleTemps]) {
    try {
      await unlink(join(folder, n));
      deleted.push(n);
    } catch {
      // Locked by another program (antivirus, sync client): try again next time.
    }
  }
  return deleted;
}

/** Reads one backup by its bare name; the name can never point outside the folder. */
export async function readBackupFile(folder: string, name: string): Promise<Uint8Array> {
  const safe = validateBackupName(name);
  const root = resolve(folder);
  const file = resolve(root, safe);
  if (!file.startsWith(root + sep)) throw new Error('Tên bản sao lưu không hợp lệ.');
  return new Uint8Array(await readFile(file));
}
