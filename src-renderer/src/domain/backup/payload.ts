/**
 * Reads a backup payload (dexie-export-import's JSON: formatName "dexie", formatVersion 1,
 * `data.tables` = [{name, schema, rowCount}], `data.data` = [{tableName, inbound, rows}]) with the
 * native JSON parser and checks it against the current schema, so a backup of the current schema
 * can be written straight into the database without a staging copy.
 *
 * Rows are stored by the exporter as `TSON.encapsulate(value)` (typeson): a value holding only
 * plain JSON is written as is, while a value holding a Blob, Date, ArrayBuffer, typed array… gets a
 * `$types` member mapping key paths to type names. Plain rows are used as they are (exactly what
 * the library's TSON.revive returns for them); rows with `$types` are kept apart in `encoded`, for
 * the library itself to revive (db/repositories/backup/restore.ts), so every encoding is read
 * exactly as dexie-export-import reads it.
 */
import { BackupError } from './container';
import { BACKUP_ERROR } from './labels';

/** dexie-export-import's format version this reader understands (its `VERSION`). */
export const DEXIE_EXPORT_FORMAT_VERSION = 1;

/** What the reader needs to know of a table of the current schema. */
export interface PayloadTableSchema {
  name: string;
  /** Dexie's source of the primary key, e.g. "id" or "++id" (first part of the schema string). */
  primKeySrc: string;
  /** Null for tables with out-of-line keys (rows exported as [key, value]). */
  keyPath: string | string[] | null;
  /** Auto-increment primary key (a row may come without its key). */
  auto: boolean;
}

export interface PayloadTable {
  name: string;
  inbound: boolean;
  /** Schema string as exported (dexie-export-import needs it to revive `encoded`). */
  schema: string;
  /** Plain rows, ready to write as they are (for out-of-line tables: the values). */
  values: unknown[];
  /** Out-of-line tables only: the key of each value, same order. */
  keys?: unknown[];
  /** Rows carrying typeson encodings (`$types`), as exported; revived by dexie-export-import. */
  encoded: unknown[];
}

export interface ParsedPayload {
  databaseName: string;
  databaseVersion: number;
  /** Tables with rows to write, by name (tables listed in `skip` are left out). */
  tables: Map<string, PayloadTable>;
  /** Rows to write over all tables (plain and encoded). */
  totalRows: number;
}

/** The user sees BACKUP_ERROR.payload; `cause` says what exactly was wrong (for the log). */
function refuse(reason: string): never {
  const err = new BackupError(BACKUP_ERROR.payload);
  err.cause = reason;
  throw err;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A value typeson revives (the test TSON.revive makes: a truthy `$types` member). */
function isEncoded(row: unknown): boolean {
  return row !== null && typeof row === 'object' && !!(row as { $types?: unknown }).$types;
}

/** An IndexedDB key as plain JSON can hold it: text, a finite number, or an array of keys. */
function isValidKey(key: unknown): boolean {
  if (typeof key === 'string') return true;
  if (typeof key === 'number') return !Number.isNaN(key);
  return Array.isArray(key) && key.every(isValidKey);
}

function valueAtPath(row: Record<string, unknown>, path: string): unknown {
  if (!path.includes('.')) return row[path];
  let value: unknown = row;
  for (const part of path.split('.')) {
    if (!isObject(value)) return undefined;
    value = value[part];
  }
  return value;
}

function hasValidInlineKey(row: unknown, table: PayloadTableSchema): boolean {
  if (!isObject(row)) return false;
  const keyPath = table.keyPath!;
  if (Array.isArray(keyPath)) return keyPath.every((p) => isValidKey(valueAtPath(row, p)));
  const key = valueAtPath(row, keyPath);
  return key === undefined ? table.auto : isValidKey(key);
}

/**
 * Parses and checks a payload. Anything but a well-formed export of `expectedVersion` whose tables
 * all exist in `schema` with the same primary key is refused with BackupError(payload), before
 * anything touches the database.
 */
export function readDexiePayload(text: string, schema: readonly PayloadTableSchema[], expectedVersion: number, skip: readonly string[] = []): ParsedPayload {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    refuse('không phải JSON');
  }
  if (!isObject(parsed) || parsed.formatName !== 'dexie') refuse('không phải tệp xuất của Dexie');
  if (typeof parsed.formatVersion !== 'number' || parsed.formatVersion > DEXIE_EXPORT_FORMAT_VERSION) refuse('phiên bản định dạng');
  const data = parsed.data;
  if (!isObject(data)) refuse('thiếu data');
  if (typeof data.databaseName !== 'string' || !data.databaseName) refuse('thiếu tên cơ sở dữ liệu');
  if (data.databaseVersion !== expectedVersion) refuse(`phiên bản cấu trúc ${String(data.databaseVersion)} ≠ ${expectedVersion}`);
  if (!Array.isArray(data.tables) || !Array.isArray(data.data)) refuse('thiếu danh sách bảng');

  const known = new Map(schema.map((t) => [t.name, t]));
  const exportedSchema = new Map<string, string>();
  for (const meta of data.tables as unknown[]) {
    if (!isObject(meta) || typeof meta.name !== 'string' || typeof meta.schema !== 'string') refuse('mô tả bảng hỏng');
    exportedSchema.set(meta.name, meta.schema);
  }

  const tables = new Map<string, PayloadTable>();
  let totalRows = 0;
  for (const entry of data.data as unknown[]) {
    if (!isObject(entry) || typeof entry.tableName !== 'string') refuse('mục dữ liệu hỏng');
    const name = entry.tableName;
    const table = known.get(name);
    if (!table) refuse(`bảng "${name}" không có trong cấu trúc dữ liệu`);
    const rows = entry.rows;
    if (!Array.isArray(rows)) refuse(`bảng "${name}": rows không phải mảng`);
    const exported = exportedSchema.get(name);
    if (exported === undefined) refuse(`bảng "${name}" không có mô tả`);
    if (exported.split(',')[0] !== table.primKeySrc) refuse(`bảng "${name}": khóa chính khác`);
    const inbound = table.keyPath !== null;
    if (entry.inbound !== inbound) refuse(`bảng "${name}": kiểu khóa khác`);
    if (skip.includes(name)) continue;

    let out = tables.get(name);
    if (!out) {
      out = { name, inbound, schema: exported, values: [], encoded: [], ...(inbound ? {} : { keys: [] }) };
      tables.set(name, out);
    }
    for (const row of rows as unknown[]) {
      if (isEncoded(row)) out.encoded.push(row);
      else if (inbound) {
        if (!hasValidInlineKey(row, table)) refuse(`bảng "${name}": bản ghi không có khóa hợp lệ`);
        out.values.push(row);
      } else {
        if (!Array.isArray(row) || row.length !== 2 || !isValidKey(row[0])) refuse(`bảng "${name}": bản ghi không có khóa hợp lệ`);
        out.keys!.push(row[0]);
        out.values.push(row[1]);
      }
    }
    totalRows += rows.length;
  }
  return { databaseName: data.databaseName, databaseVersion: expectedVersion, tables, totalRows };
}
