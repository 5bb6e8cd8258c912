import { test, expect } from '@playwright/test';
import { BackupError, backupFileName, gunzip, gzip, packBackup, parseBackup, sha256Hex, verifyBackup } from '../../src-renderer/src/domain/backup/container';
import { canonicalJson } from '../../src-renderer/src/domain/backup/canonical';
import { BACKUP_MAGIC, type BackupHeader } from '../../src-renderer/src/domain/backup/types';

async function makeBackup(schemaVersion = 2, body = '{"data":"Hợp tác xã Dương Liễu"}') {
  const payload = await gzip(new TextEncoder().encode(body));
  const header: BackupHeader = {
    format: BACKUP_MAGIC,
    formatVersion: 1,
    appVersion: '0.1.0',
    schemaVersion,
    createdAt: '2025-07-01T02:30:00.000Z',
    counts: { units: 3, auditLog: 5 },
    compression: 'gzip',
    payloadBytes: payload.length,
    checksum: await sha256Hex(payload),
    reason: 'manual',
  };
  return packBackup(header, payload);
}

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(BackupError);
    return (err as Error).message;
  }
  throw new Error('expected a refusal');
}

test('a packed backup parses back to the same header and payload', async () => {
  const file = await makeBackup();
  const { header, payload } = await verifyBackup(file, 2);
  expect(header.counts).toEqual({ units: 3, auditLog: 5 });
  expect(new TextDecoder().decode(await gunzip(payload))).toBe('{"data":"Hợp tác xã Dương Liễu"}');
});

test('a flipped bit anywhere in the payload fails the SHA-256 check', async () => {
  const file = await makeBackup();
  for (const offset of [1, 17, 40]) {
    const bad = file.slice();
    bad[bad.length - offset]! ^= 0x04;
    expect(await refusal(verifyBackup(bad, 2))).toContain('mã kiểm tra (SHA-256) không khớp');
  }
});

test('truncated files, foreign files and broken headers are refused with a clear message', async () => {
  const file = await makeBackup();
  expect(await refusal(verifyBackup(file.slice(0, file.length - 10), 2))).toContain('cắt cụt');
  expect(await refusal(verifyBackup(file.slice(0, 30), 2))).toContain('cắt cụt');
  expect(await refusal(verifyBackup(new TextEncoder().encode('PK\u0003\u0004 not a backup'), 2))).toContain('không phải bản sao lưu');
  expect(await refusal(verifyBackup(new Uint8Array(0), 2))).toContain('không phải bản sao lưu');
  const text = new TextDecoder().decode(file.slice(0, 200));
  const brokenJson = new TextEncoder().encode(text.replace('"schemaVersion"', '"schemaVersion"::'));
  expect(await refusal(Promise.resolve().then(() => parseBackup(brokenJson)))).toMatch(/Phần đầu|cắt cụt/);
});

test('a backup of a newer schema is refused; an older one passes for migration', async () => {
  const newer = await makeBackup(3);
  const msg = await refusal(verifyBackup(newer, 2));
  expect(msg).toContain('mới hơn');
  expect(msg).toContain('v3');
  expect(msg).toContain('Dữ liệu hiện tại không bị thay đổi');
  const older = await makeBackup(1);
  expect((await verifyBackup(older, 2)).header.schemaVersion).toBe(1);
});

test('a newer file layout is refused before its header is trusted', async () => {
  const file = await makeBackup();
  const text = new TextDecoder().decode(file.slice(0, BACKUP_MAGIC.length + 2));
  expect(text).toBe(`${BACKUP_MAGIC} 1`);
  const bumped = file.slice();
  bumped[BACKUP_MAGIC.length + 1] = '9'.charCodeAt(0);
  expect(await refusal(Promise.resolve().then(() => parseBackup(bumped)))).toContain('phiên bản 9');
});

test('corrupt gzip payload gives a readable refusal', async () => {
  expect(await refusal(gunzip(new Uint8Array([1, 2, 3, 4, 5])))).toContain('không đọc được');
});

test('canonical JSON ignores key order and encodes binary data', async () => {
  const a = await canonicalJson([{ b: 1, a: 'x', blob: new Blob([new Uint8Array([1, 2])], { type: 'application/pdf' }) }]);
  const b = await canonicalJson([{ blob: new Blob([new Uint8Array([1, 2])], { type: 'application/pdf' }), a: 'x', b: 1 }]);
  expect(a).toBe(b);
  const c = await canonicalJson([{ blob: new Blob([new Uint8Array([1, 3])], { type: 'application/pdf' }), a: 'x', b: 1 }]);
  expect(c).not.toBe(a);
});

test('backup file names carry local date and time', () => {
  expect(backupFileName(new Date(2025, 6, 1, 9, 5), 'tdbackup')).toBe('ThiDuaHTX-sao-luu-2025-07-01-0905.tdbackup');
});
