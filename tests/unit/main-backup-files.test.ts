import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { backupFileName, listBackups, nodeBackupIo, pruneBackups, readBackupFile, writeBackup, type BackupIo } from '../../src-main/main/backup-files';
import { BACKUP_FILE_EXTENSION } from '../../src-main/main/ipc-validation';
import { BACKUP_EXTENSION } from '../../src-renderer/src/domain/backup/types';

let folder: string;
test.beforeEach(async () => {
  folder = join(await mkdtemp(join(tmpdir(), 'thidua-backup-')), 'Thi dua HTX', 'Sao luu');
});
test.afterEach(async () => {
  await rm(join(folder, '..', '..'), { recursive: true, force: true });
});

const data = (text: string): Uint8Array => new TextEncoder().encode(text);
const at = (day: number, hour = 9): Date => new Date(2025, 10, day, hour, 30, 0, 0);
const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

test('a backup is written byte-exact under a dated name, in a folder created on demand', async () => {
  const payload = data(JSON.stringify({ formatName: 'dexie', đơnVị: 'HTX Nông nghiệp Tân Phú' }));
  const info = await writeBackup(folder, payload, { now: at(23, 10) });
  expect(info.name).toBe('ThiDuaHTX-tu-dong-2025-11-23_10-30-00-000.tdbackup');
  expect(info.size).toBe(payload.byteLength);
  expect(sha(await readBackupFile(folder, info.name))).toBe(sha(payload));
  expect(await readdir(folder)).toEqual([info.name]);
  expect((await listBackups(folder)).map((b) => b.name)).toEqual([info.name]);
});

test('automatic backups use the same file extension as backups saved from the renderer', () => {
  expect(BACKUP_FILE_EXTENSION).toBe(BACKUP_EXTENSION);
  expect(backupFileName(at(1)).endsWith(`.${BACKUP_EXTENSION}`)).toBe(true);
});

test('two backups in the same millisecond both survive', async () => {
  const a = await writeBackup(folder, data('a'), { now: at(1) });
  const b = await writeBackup(folder, data('b'), { now: at(1) });
  expect(a.name).not.toBe(b.name);
  expect((await listBackups(folder)).map((x) => x.name)).toEqual([b.name, a.name]);
});

test('a write that lands corrupted on disk is refused and the newest good backup stays', async () => {
  const good = await writeBackup(folder, data('good backup'), { now: at(5) });
  const truncating: BackupIo = {
    writeFile: (path, bytes) => nodeBackupIo.writeFile(path, bytes.subarray(0, bytes.byteLength - 3)),
    readFile: nodeBackupIo.readFile,
  };
  await expect(writeBackup(folder, data('newer backup'), { now: at(6), io: truncating })).rejects.toThrow(/không khớp/);
  const bitFlip: BackupIo = {
    writeFile: (path, bytes) =>
      nodeBackupIo.writeFile(
        path,
        bytes.map((b, i) => (i === 0 ? b ^ 1 : b)),
      ),
    readFile: nodeBackupIo.readFile,
  };
  await expect(writeBackup(folder, data('newer backup'), { now: at(7), io: bitFlip })).rejects.toThrow(/không khớp/);
  // No temp file left behind, the good one untouched and still the newest listed.
  expect(await readdir(folder)).toEqual([good.name]);
  expect(new TextDecoder().decode(await readBackupFile(folder, good.name))).toBe('good backup');
});

test('a disk error during the write (e.g. disk full) leaves existing backups untouched', async () => {
  const good = await writeBackup(folder, data('good'), { now: at(5) });
  const diskFull: BackupIo = {
    async writeFile(path, bytes) {
      await writeFile(path, bytes.subarray(0, 2));
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    },
    readFile: nodeBackupIo.readFile,
  };
  await expect(writeBackup(folder, data('newer'), { now: at(6), io: diskFull })).rejects.toThrow(/ENOSPC/);
  expect(await readdir(folder)).toEqual([good.name]);
});

test('retention keeps the newest 30 and deletes the oldest', async () => {
  const written: string[] = [];
  for (let day = 1; day <= 32; day++) written.push((await writeBackup(folder, data(`day ${day}`), { now: at(day), keep: 30 })).name);
  const listed = (await listBackups(folder)).map((b) => b.name);
  expect(listed).toHaveLength(30);
  expect(listed[0]).toBe(written[31]);
  expect(listed).not.toContain(written[0]);
  expect(listed).not.toContain(written[1]);
  expect(listed).toContain(written[2]);
  expect(new TextDecoder().decode(await readBackupFile(folder, listed[0]!))).toBe('day 32');
});

test('pruning never deletes the newest backup, even with keep below 1; other files are left alone', async () => {
  await writeBackup(folder, data('old'), { now: at(1) });
  const newest = await writeBackup(folder, data('new'), { now: at(2) });
  await writeFile(join(folder, 'ghi-chu.txt'), 'tệp của người dùng');
  await writeFile(join(folder, `.${backupFileName(at(3))}.tmp-abc123`), 'half written');
  const deleted = await pruneBackups(folder, 0);
  expect(deleted.sort()).toEqual([`.${backupFileName(at(3))}.tmp-abc123`, backupFileName(at(1))].sort());
  expect((await readdir(folder)).sort()).toEqual(['ghi-chu.txt', newest.name].sort());
});

test('a backup older than others by clock order is sorted by its name time, not by file time', async () => {
  const late = await writeBackup(folder, data('late'), { now: at(20) });
  const early = await writeBackup(folder, data('early'), { now: at(10) });
  expect((await listBackups(folder)).map((b) => b.name)).toEqual([late.name, early.name]);
});

test('reading refuses names that are not backups of this folder', async () => {
  await writeBackup(folder, data('x'), { now: at(1) });
  await writeFile(join(folder, '..', 'secret.json'), '{}');
  await writeFile(join(folder, 'secret.json'), '{}');
  await expect(readBackupFile(folder, '../secret.json')).rejects.toThrow();
  await expect(readBackupFile(folder, 'secret.json')).rejects.toThrow();
  await expect(readBackupFile(folder, backupFileName(at(9)))).rejects.toThrow(/ENOENT/);
});

test('an empty or missing folder lists no backups', async () => {
  expect(await listBackups(folder)).toEqual([]);
  expect(await pruneBackups(folder, 30)).toEqual([]);
});
