import { expect, test } from '@playwright/test';
import type { DesktopApi } from '../../src-main/shared/api';
import { INVOKE_CHANNELS } from '../../src-main/shared/ipc-channels';
import {
  IpcValidationError,
  MAX_SAVE_BYTES,
  isTrustedSender,
  validateAutoBackupSettings,
  validateBackupData,
  validateBackupName,
  validateFileName,
  validateFilters,
  validateOpenFileRequest,
  validatePrintToPdfRequest,
  validateSaveFileRequest,
} from '../../src-main/main/ipc-validation';

const bytes = (n: number): Uint8Array => new Uint8Array(n);

test('every DesktopApi request method has its own IPC channel', () => {
  const methods: Record<Exclude<keyof DesktopApi, 'onBackupRequest'>, true> = {
    appVersion: true,
    userDataPath: true,
    saveFile: true,
    openFile: true,
    print: true,
    printToPdf: true,
    getAutoBackupSettings: true,
    setAutoBackupSettings: true,
    listBackups: true,
    writeAutoBackup: true,
    readBackup: true,
  };
  expect(Object.keys(INVOKE_CHANNELS).sort()).toEqual(Object.keys(methods).sort());
  expect(new Set(Object.values(INVOKE_CHANNELS)).size).toBe(Object.keys(methods).length);
});

test('only frames showing the app itself are trusted senders', () => {
  expect(isTrustedSender('app://thidua/index.html#/don-vi')).toBe(true);
  expect(isTrustedSender('https://example.com/')).toBe(false);
  expect(isTrustedSender('file:///C:/app/index.html')).toBe(false);
  expect(isTrustedSender('about:blank')).toBe(false);
  expect(isTrustedSender(undefined)).toBe(false);
  expect(isTrustedSender(null)).toBe(false);
  expect(isTrustedSender('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
  expect(isTrustedSender('http://localhost:5173/')).toBe(false);
});

test('file names: Vietnamese names pass, paths and Windows-forbidden names do not', () => {
  expect(validateFileName('Danh-sach-de-nghi-2025.xlsx')).toBe('Danh-sach-de-nghi-2025.xlsx');
  expect(validateFileName('Danh sách đề nghị khen thưởng.xlsx')).toBe('Danh sách đề nghị khen thưởng.xlsx');
  // NFD input (macOS, some keyboards) is stored as NFC.
  expect(validateFileName('Ba\u0300o ca\u0301o.pdf')).toBe('Bào cáo.pdf');
  for (const bad of [
    '../evil.xlsx',
    '..\\evil.xlsx',
    'C:\\x.xlsx',
    '/etc/passwd',
    'a\u0000b.xlsx',
    'con.xlsx',
    'NUL',
    '..',
    ' ',
    '',
    'x'.repeat(201),
    'dấu?.xlsx',
    'a.',
    42,
    null,
  ]) {
    expect(() => validateFileName(bad), JSON.stringify(bad)).toThrow(IpcValidationError);
  }
});

test('filters: only short alphanumeric extensions in a bounded list', () => {
  expect(validateFilters(undefined)).toBeUndefined();
  expect(validateFilters([{ name: 'Bảng tính Excel (*.xlsx, *.xls)', extensions: ['xlsx', 'xls'] }])).toEqual([
    { name: 'Bảng tính Excel (*.xlsx, *.xls)', extensions: ['xlsx', 'xls'] },
  ]);
  expect(validateFilters([{ name: 'Tất cả', extensions: ['*'] }])).toHaveLength(1);
  for (const bad of [
    'xlsx',
    [{ name: 'x', extensions: ['.xlsx'] }],
    [{ name: 'x', extensions: ['xl/sx'] }],
    [{ name: 'x', extensions: [] }],
    [{ name: '', extensions: ['xlsx'] }],
    [{ name: 'x', extensions: 'xlsx' }],
    Array.from({ length: 11 }, () => ({ name: 'x', extensions: ['xlsx'] })),
  ]) {
    expect(() => validateFilters(bad), JSON.stringify(bad)).toThrow(IpcValidationError);
  }
});

test('save requests: bytes up to 512 MB, extra properties dropped', () => {
  const req = validateSaveFileRequest({ defaultName: 'a.xlsx', data: bytes(10), filters: [{ name: 'Excel', extensions: ['xlsx'] }], evil: 'x' });
  expect(Object.keys(req).sort()).toEqual(['data', 'defaultName', 'filters']);
  expect(() => validateSaveFileRequest({ defaultName: 'a.xlsx', data: [1, 2, 3] })).toThrow(/Uint8Array/);
  expect(() => validateSaveFileRequest({ defaultName: 'a.xlsx', data: 'abc' })).toThrow(IpcValidationError);
  expect(() => validateSaveFileRequest({ defaultName: '../a.xlsx', data: bytes(1) })).toThrow(IpcValidationError);
  expect(() => validateSaveFileRequest(null)).toThrow(IpcValidationError);
  // Size check without allocating 512 MB: a view that reports one byte too many.
  const huge = new Uint8Array(new ArrayBuffer(8));
  Object.defineProperty(huge, 'byteLength', { value: MAX_SAVE_BYTES + 1 });
  expect(() => validateSaveFileRequest({ defaultName: 'a.xlsx', data: huge })).toThrow(/512 MB/);
});

test('open and PDF requests', () => {
  expect(validateOpenFileRequest(undefined)).toEqual({ multiple: false });
  expect(validateOpenFileRequest({ multiple: true, filters: [{ name: 'Excel', extensions: ['xlsx'] }] })).toEqual({
    multiple: true,
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
  });
  expect(() => validateOpenFileRequest({ multiple: 'yes' })).toThrow(IpcValidationError);
  expect(validatePrintToPdfRequest({ defaultName: 'Danh sách.pdf', landscape: true })).toEqual({ defaultName: 'Danh sách.pdf', landscape: true });
  expect(() => validatePrintToPdfRequest({ defaultName: 'x.pdf' })).toThrow(IpcValidationError);
  expect(() => validatePrintToPdfRequest({ defaultName: 'a/b.pdf', landscape: false })).toThrow(IpcValidationError);
});

test('auto-backup settings: absolute folder, keep 1..365, booleans only', () => {
  const folder = process.platform === 'win32' ? 'C:\\Users\\ke-toan\\Documents\\Thi dua HTX\\Sao luu' : '/home/ke-toan/Thi dua HTX/Sao luu';
  expect(validateAutoBackupSettings({ enabled: true, folder, keep: 30, extra: 1 })).toEqual({ enabled: true, folder, keep: 30 });
  for (const bad of [
    { enabled: 'true', folder, keep: 30 },
    { enabled: true, folder: 'Sao luu', keep: 30 },
    { enabled: true, folder: '', keep: 30 },
    { enabled: true, folder: `${folder}\u0000`, keep: 30 },
    { enabled: true, folder, keep: 0 },
    { enabled: true, folder, keep: 2.5 },
    { enabled: true, folder, keep: 1000 },
    [],
  ]) {
    expect(() => validateAutoBackupSettings(bad), JSON.stringify(bad)).toThrow(IpcValidationError);
  }
});

test('backup data and names', () => {
  expect(validateBackupData(bytes(3))).toHaveLength(3);
  expect(() => validateBackupData(bytes(0))).toThrow(/rỗng/);
  expect(() => validateBackupData({ length: 3 })).toThrow(IpcValidationError);
  expect(validateBackupName('ThiDuaHTX-tu-dong-2025-11-23_10-15-30-123.tdbackup')).toBe('ThiDuaHTX-tu-dong-2025-11-23_10-15-30-123.tdbackup');
  expect(validateBackupName('ThiDuaHTX-tu-dong-2025-11-23_10-15-30-123-2.tdbackup')).toBeTruthy();
  for (const bad of [
    '../ThiDuaHTX-tu-dong-2025-11-23_10-15-30-123.tdbackup',
    'ThiDuaHTX-tu-dong-2025-11-23_10-15-30-123.tdbackup/../../x',
    'sub\\ThiDuaHTX-tu-dong-2025-11-23_10-15-30-123.tdbackup',
    'C:\\Windows\\win.ini',
    'ThiDuaHTX-tu-dong-2025-11-23.tdbackup',
    'passwords.json',
    'ThiDuaHTX-tu-dong-2025-11-23_10-15-30-123.json',
  ]) {
    expect(() => validateBackupName(bad), bad).toThrow(IpcValidationError);
  }
});
