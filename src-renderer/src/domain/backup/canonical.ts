/**
 * A canonical, order-independent text form of stored records, so two databases with the same
 * content give the same checksum: object keys sorted, binary data as hex, dates as ISO text.
 */
function hex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

/** Blobs are read asynchronously first (see canonicalValue); everything else is synchronous. */
export async function canonicalValue(value: unknown): Promise<unknown> {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) return { $num: String(value) };
    if (value === undefined) return { $undef: 1 };
    return value;
  }
  if (value instanceof Date) return { $date: Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString() };
  if (typeof Blob !== 'undefined' && value instanceof Blob) {
    return { $blob: value.type, bytes: hex(new Uint8Array(await value.arrayBuffer())) };
  }
  if (value instanceof ArrayBuffer) return { $bin: hex(new Uint8Array(value)) };
  if (ArrayBuffer.isView(value)) {
    return { $bin: hex(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)), kind: value.constructor.name };
  }
  if (Array.isArray(value)) return Promise.all(value.map(canonicalValue));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) out[key] = await canonicalValue((value as Record<string, unknown>)[key]);
  return out;
}

export async function canonicalJson(value: unknown): Promise<string> {
  return JSON.stringify(await canonicalValue(value));
}
