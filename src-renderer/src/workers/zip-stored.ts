/**
 * Damaged zip packages never reach SheetJS's inflater: its JavaScript inflate loops forever on
 * some damaged deflate data (flipped bits, overwritten runs). Before a zip goes to SheetJS, every
 * part is inflated by the native stream and checked against its CRC-32; SheetJS then gets the
 * same parts stored uncompressed, so it has nothing left to inflate.
 */
import { openZip, XlsxFastPathRefused, type StoredPart } from './xlsx-zip';

/**
 * What the check cannot judge (the package is then left to SheetJS as it is), as opposed to
 * damage. Zip64, other compression methods and encrypted parts are damage here: spreadsheet
 * writers do not use them under 4 GB and SheetJS reads none of them, but a flipped bit in a
 * directory entry makes them appear.
 */
const NOT_CHECKED = new Set(['no DecompressionStream', 'part too large', 'package too large']);

export type ZipCheck = { ok: true; bytes: Uint8Array } | { ok: false; damage: string };

/** The package with every part checked and stored uncompressed; `damage` names what is broken. */
export async function checkedStoredZip(bytes: Uint8Array): Promise<ZipCheck> {
  try {
    const parts = await openZip(bytes, false).verifiedParts();
    return { ok: true, bytes: storedZip(parts) };
  } catch (e) {
    if (e instanceof XlsxFastPathRefused && NOT_CHECKED.has(e.message)) return { ok: true, bytes };
    return { ok: false, damage: e instanceof Error ? e.message : String(e) };
  }
}

/** A zip with every part stored (method 0). */
export function storedZip(parts: StoredPart[]): Uint8Array {
  const names = parts.map((p) => new TextEncoder().encode(p.name));
  const size = parts.reduce((s, p, i) => s + 30 + names[i]!.length + p.data.length + 46 + names[i]!.length, 22);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  parts.forEach((p, i) => {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 0x0800, true);
    view.setUint32(at + 14, p.crc, true);
    view.setUint32(at + 18, p.data.length, true);
    view.setUint32(at + 22, p.data.length, true);
    view.setUint16(at + 26, names[i]!.length, true);
    out.set(names[i]!, at + 30);
    out.set(p.data, at + 30 + names[i]!.length);
    at += 30 + names[i]!.length + p.data.length;
  });
  const directory = at;
  parts.forEach((p, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, 0x0800, true);
    view.setUint32(at + 16, p.crc, true);
    view.setUint32(at + 20, p.data.length, true);
    view.setUint32(at + 24, p.data.length, true);
    view.setUint16(at + 28, names[i]!.length, true);
    view.setUint32(at + 42, offsets[i]!, true);
    out.set(names[i]!, at + 46);
    at += 46 + names[i]!.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, parts.length, true);
  view.setUint16(at + 10, parts.length, true);
  view.setUint32(at + 12, at - directory, true);
  view.setUint32(at + 16, directory, true);
  return out;
}
