import { isAbsolute } from 'node:path';
import type { AutoBackupSettings, FileFilter, OpenFileRequest, PrintToPdfRequest, SaveFileRequest } from '../shared/api';
import { isAppUrl } from './security';

/**
 * Validators for every IPC argument (contract: src-main/shared/api.ts). The renderer is treated
 * as untrusted: each value is checked for type, size and shape, and copied into a fresh object
 * so unexpected properties never reach Node APIs. A failure throws IpcValidationError.
 */

export const MAX_SAVE_BYTES = 512 * 1024 * 1024;
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;
export const MAX_FILE_NAME_LENGTH = 200;
export const MAX_FILTERS = 10;
export const MAX_EXTENSIONS_PER_FILTER = 20;
export const MAX_FOLDER_PATH_LENGTH = 1000;
export const KEEP_MIN = 1;
export const KEEP_MAX = 365;

export class IpcValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IpcValidationError';
  }
}

function fail(message: string): never {
  throw new IpcValidationError(message);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function requireObject(v: unknown, what: string): Record<string, unknown> {
  if (!isPlainObject(v)) fail(`${what}: phải là một đối tượng.`);
  return v;
}

// Control characters (incl. NUL), path separators and the characters Windows forbids in names.
const FORBIDDEN_NAME_CHARS = /[\u0000-\u001f\u007f/\\:*?"<>|]/;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** A bare file name (no folder): used for suggested save names and backup names. */
export function validateFileName(v: unknown, what = 'Tên tệp'): string {
  if (typeof v !== 'string') fail(`${what}: phải là chuỗi.`);
  const name = v.normalize('NFC');
  if (name.trim() === '') fail(`${what}: không được để trống.`);
  if (name.length > MAX_FILE_NAME_LENGTH) fail(`${what}: dài quá ${MAX_FILE_NAME_LENGTH} ký tự.`);
  if (FORBIDDEN_NAME_CHARS.test(name)) fail(`${what}: chứa ký tự không hợp lệ (/ \\ : * ? " < > | hoặc ký tự điều khiển).`);
  if (name === '.' || name === '..' || name.endsWith('.') || name.endsWith(' ')) fail(`${what}: không hợp lệ.`);
  if (WINDOWS_RESERVED.test(name)) fail(`${what}: là tên dành riêng của Windows.`);
  return name;
}

const EXTENSION = /^(\*|[a-z0-9]{1,10})$/i;

export function validateFilters(v: unknown): FileFilter[] | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) fail('Bộ lọc tệp: phải là danh sách.');
  if (v.length > MAX_FILTERS) fail(`Bộ lọc tệp: tối đa ${MAX_FILTERS} mục.`);
  return v.map((f, i) => {
    const o = requireObject(f, `Bộ lọc tệp ${i + 1}`);
    if (typeof o.name !== 'string' || o.name.length === 0 || o.name.length > 100 || /[\u0000-\u001f]/.test(o.name)) {
      fail(`Bộ lọc tệp ${i + 1}: tên không hợp lệ.`);
    }
    if (!Array.isArray(o.extensions) || o.extensions.length === 0 || o.extensions.length > MAX_EXTENSIONS_PER_FILTER) {
      fail(`Bộ lọc tệp ${i + 1}: danh sách đuôi tệp không hợp lệ.`);
    }
    const extensions = o.extensions.map((e) => {
      if (typeof e !== 'string' || !EXTENSION.test(e)) fail(`Bộ lọc tệp ${i + 1}: đuôi tệp "${String(e)}" không hợp lệ.`);
      return e;
    });
    return { name: o.name, extensions };
  });
}

export function validateBytes(v: unknown, maxBytes: number, what: string): Uint8Array {
  // Structured clone delivers a Uint8Array; any other view (or a plain array) is refused.
  if (!(v instanceof Uint8Array)) fail(`${what}: dữ liệu phải là Uint8Array.`);
  if (v.byteLength > maxBytes) fail(`${what}: quá lớn (tối đa ${Math.floor(maxBytes / 1024 / 1024)} MB).`);
  return v;
}

export function validateSaveFileRequest(v: unknown): SaveFileRequest {
  const o = requireObject(v, 'Yêu cầu lưu tệp');
  const req: SaveFileRequest = {
    defaultName: validateFileName(o.defaultName, 'Tên tệp gợi ý'),
    data: validateBytes(o.data, MAX_SAVE_BYTES, 'Tệp cần lưu'),
  };
  const filters = validateFilters(o.filters);
  if (filters) req.filters = filters;
  return req;
}

export function validateOpenFileRequest(v: unknown): OpenFileRequest {
  const o = v === undefined ? {} : requireObject(v, 'Yêu cầu mở tệp');
  if (o.multiple !== undefined && typeof o.multiple !== 'boolean') fail('Yêu cầu mở tệp: "multiple" phải là true/false.');
  const req: OpenFileRequest = { multiple: o.multiple === true };
  const filters = validateFilters(o.filters);
  if (filters) req.filters = filters;
  return req;
}

export function validatePrintToPdfRequest(v: unknown): PrintToPdfRequest {
  const o = requireObject(v, 'Yêu cầu in PDF');
  if (typeof o.landscape !== 'boolean') fail('Yêu cầu in PDF: "landscape" phải là true/false.');
  return { defaultName: validateFileName(o.defaultName, 'Tên tệp PDF'), landscape: o.landscape };
}

export function validateAutoBackupSettings(v: unknown): AutoBackupSettings {
  const o = requireObject(v, 'Cài đặt sao lưu tự động');
  if (typeof o.enabled !== 'boolean') fail('Cài đặt sao lưu tự động: "enabled" phải là true/false.');
  if (typeof o.folder !== 'string' || o.folder.trim() === '') fail('Thư mục sao lưu: không được để trống.');
  if (o.folder.length > MAX_FOLDER_PATH_LENGTH) fail('Thư mục sao lưu: đường dẫn quá dài.');
  if (/[\u0000-\u001f]/.test(o.folder)) fail('Thư mục sao lưu: chứa ký tự không hợp lệ.');
  if (!isAbsolute(o.folder)) fail('Thư mục sao lưu: phải là đường dẫn đầy đủ (ví dụ C:\\Users\\...\\Sao luu).');
  if (typeof o.keep !== 'number' || !Number.isInteger(o.keep) || o.keep < KEEP_MIN || o.keep > KEEP_MAX) {
    fail(`Số bản sao lưu giữ lại: phải là số nguyên từ ${KEEP_MIN} đến ${KEEP_MAX}.`);
  }
  return { enabled: o.enabled, folder: o.folder, keep: o.keep };
}

export function validateBackupData(v: unknown): Uint8Array {
  const data = validateBytes(v, MAX_BACKUP_BYTES, 'Bản sao lưu');
  if (data.byteLength === 0) fail('Bản sao lưu: rỗng.');
  return data;
}

/** Same extension as the renderer's backup files (domain/backup/types.ts BACKUP_EXTENSION). */
export const BACKUP_FILE_EXTENSION = 'tdbackup';
export const BACKUP_FILE_PREFIX = 'ThiDuaHTX-tu-dong-';
/** Backup names come from listBackups; only that exact shape is accepted (never a path). */
export const BACKUP_NAME_PATTERN = /^ThiDuaHTX-tu-dong-(\d{4})-(\d{2})-(\d{2})_(\d{2})-(\d{2})-(\d{2})-(\d{3})(?:-(\d{1,4}))?\.tdbackup$/;

export function validateBackupName(v: unknown): string {
  const name = validateFileName(v, 'Tên bản sao lưu');
  if (!BACKUP_NAME_PATTERN.test(name)) fail(`Tên bản sao lưu "${name}" không đúng dạng ${BACKUP_FILE_PREFIX}….${BACKUP_FILE_EXTENSION}.`);
  return name;
}

/** Every IPC handler first checks that the calling frame shows the app itself. */
export function isTrustedSender(frameUrl: string | null | undefined, devServerUrl?: string): boolean {
  return typeof frameUrl === 'string' && isAppUrl(frameUrl, devServerUrl);
}
