/**
 * The backup file layout: one text line with the magic and format version, one line of JSON
 * header, then the payload bytes (dexie-export-import JSON, gzip-compressed). The header is
 * checked (format, checksum, schema version) before anything touches the database.
 */
import { UserError } from '@/domain/errors';
import { BACKUP_ERROR } from './labels';
import { BACKUP_FORMAT_VERSION, BACKUP_MAGIC, type BackupHeader, type ParsedBackup } from './types';

/** A readable refusal; the message is meant for the user. */
export class BackupError extends UserError {
  override name = 'BackupError';
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });
/** The header is small; a file whose first lines run longer is not ours. */
const MAX_HEADER_BYTES = 1 << 20;

export async function sha256Hex(data: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', data as BufferSource);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function packBackup(header: BackupHeader, payload: Uint8Array): Uint8Array {
  const head = encoder.encode(`${BACKUP_MAGIC} ${BACKUP_FORMAT_VERSION}\n${JSON.stringify(header)}\n`);
  const out = new Uint8Array(head.length + payload.length);
  out.set(head, 0);
  out.set(payload, head.length);
  return out;
}

function indexOfNewline(data: Uint8Array, from: number): number {
  const end = Math.min(data.length, from + MAX_HEADER_BYTES);
  for (let i = from; i < end; i++) if (data[i] === 0x0a) return i;
  return -1;
}

function isHeader(value: unknown): value is BackupHeader {
  if (!value || typeof value !== 'object') return false;
  const h = value as Record<string, unknown>;
  return (
    h.format === BACKUP_MAGIC &&
    typeof h.formatVersion === 'number' &&
    typeof h.appVersion === 'string' &&
    Number.isInteger(h.schemaVersion) &&
    typeof h.createdAt === 'string' &&
    !!h.counts &&
    typeof h.counts === 'object' &&
    Object.values(h.counts as object).every((n) => Number.isInteger(n) && (n as number) >= 0) &&
    (h.compression === 'gzip' || h.compression === 'none') &&
    Number.isInteger(h.payloadBytes) &&
    typeof h.checksum === 'string' &&
    /^[0-9a-f]{64}$/.test(h.checksum)
  );
}

/** Splits a file into header and payload; throws BackupError with a Vietnamese message. */
export function parseBackup(data: Uint8Array): ParsedBackup {
  const magic = encoder.encode(BACKUP_MAGIC);
  if (data.length < magic.length || magic.some((b, i) => data[i] !== b)) throw new BackupError(BACKUP_ERROR.notBackup);
  const firstEnd = indexOfNewline(data, 0);
  if (firstEnd < 0) throw new BackupError(BACKUP_ERROR.truncated);
  const secondEnd = indexOfNewline(data, firstEnd + 1);
  if (secondEnd < 0) throw new BackupError(BACKUP_ERROR.truncated);
  let firstLine: string;
  let header: unknown;
  try {
    firstLine = decoder.decode(data.subarray(0, firstEnd));
    header = JSON.parse(decoder.decode(data.subarray(firstEnd + 1, secondEnd)));
  } catch {
    throw new BackupError(BACKUP_ERROR.badHeader);
  }
  const formatVersion = Number(firstLine.slice(BACKUP_MAGIC.length).trim());
  if (!Number.isInteger(formatVersion)) throw new BackupError(BACKUP_ERROR.badHeader);
  if (formatVersion > BACKUP_FORMAT_VERSION) throw new BackupError(BACKUP_ERROR.formatNewer(formatVersion));
  if (!isHeader(header)) throw new BackupError(BACKUP_ERROR.badHeader);
  const payload = data.subarray(secondEnd + 1);
  if (payload.length !== header.payloadBytes) throw new BackupError(BACKUP_ERROR.truncated);
  return { header, payload };
}

/**
 * Full check before a restore: layout, checksum, schema version. A backup from an older schema
 * passes (it is migrated on restore); a newer one is refused.
 */
export async function verifyBackup(data: Uint8Array, currentSchemaVersion: number): Promise<ParsedBackup> {
  const parsed = parseBackup(data);
  if ((await sha256Hex(parsed.payload)) !== parsed.header.checksum) throw new BackupError(BACKUP_ERROR.checksum);
  if (parsed.header.schemaVersion > currentSchemaVersion) {
    throw new BackupError(BACKUP_ERROR.schemaNewer(parsed.header.schemaVersion, currentSchemaVersion, parsed.header.appVersion));
  }
  if (parsed.header.schemaVersion < 1) throw new BackupError(BACKUP_ERROR.badHeader);
  return parsed;
}

async function pipeThrough(data: Uint8Array, transform: GenericTransformStream): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(transform as unknown as TransformStream<Uint8Array, Uint8Array>);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export function gzip(data: Uint8Array): Promise<Uint8Array> {
  return pipeThrough(data, new CompressionStream('gzip'));
}

export async function gunzip(data: Uint8Array): Promise<Uint8Array> {
  try {
    return await pipeThrough(data, new DecompressionStream('gzip'));
  } catch {
    throw new BackupError(BACKUP_ERROR.payload);
  }
}

/** File name for a backup made now, e.g. "ThiDuaHTX-sao-luu-2025-07-01-0930.tdbackup". */
export function backupFileName(at: Date, extension: string): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `ThiDuaHTX-sao-luu-${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())}-${p(at.getHours())}${p(at.getMinutes())}.${extension}`;
}
