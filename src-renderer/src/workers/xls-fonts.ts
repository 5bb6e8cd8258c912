/**
 * Cell fonts of .xls files (BIFF8 and BIFF5), read straight from the Workbook stream because
 * SheetJS does not expose them: the font name is what tells TCVN3 (".VnTime") and VNI
 * ("VNI-Times") text apart from Unicode, and short legacy words that byte statistics cannot
 * judge are then converted too. Returns sheet name -> "r,c" -> font name, for legacy-font text
 * cells only; an empty map when the file uses no legacy font or cannot be walked.
 */
import * as XLSX from 'xlsx';
import { encodingOfFont } from '@/domain/import/legacy-encoding';

const BOF = 0x0809;
const EOF = 0x000a;
const FONT = 0x0031;
const XF = 0x00e0;
const BOUNDSHEET = 0x0085;
const LABEL = 0x0204;
const LABELSST = 0x00fd;
const RSTRING = 0x00d6;

interface BiffRecord {
  type: number;
  at: number;
  body: Uint8Array;
}

function* records(stream: Uint8Array, from: number): Generator<BiffRecord> {
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  let at = from;
  while (at + 4 <= stream.length) {
    const type = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (at + 4 + length > stream.length) return;
    yield { type, at, body: stream.subarray(at + 4, at + 4 + length) };
    at += 4 + length;
  }
}

const u16 = (b: Uint8Array, at: number) => (at + 2 <= b.length ? b[at]! | (b[at + 1]! << 8) : 0);
const u32 = (b: Uint8Array, at: number) => (at + 4 <= b.length ? (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0 : 0);

/** A short string: BIFF8 = count, flags (bit 0: two bytes per char), chars; BIFF5 = count, 8-bit chars. */
function shortString(b: Uint8Array, at: number, biff8: boolean): string {
  const count = b[at] ?? 0;
  if (!biff8) return String.fromCharCode(...b.subarray(at + 1, at + 1 + count));
  const wide = ((b[at + 1] ?? 0) & 1) === 1;
  const start = at + 2;
  if (!wide) return String.fromCharCode(...b.subarray(start, start + count));
  let s = '';
  for (let i = 0; i < count; i++) s += String.fromCharCode(u16(b, start + i * 2));
  return s;
}

/** `sheetNames` as SheetJS lists them, in BOUNDSHEET order (names are matched by position: BIFF5 names are in the file's code page). */
export function xlsFontCells(bytes: Uint8Array, sheetNames: readonly string[]): Map<string, Map<string, string>> {
  const result = new Map<string, Map<string, string>>();
  let stream: Uint8Array;
  try {
    const cfb = XLSX.CFB.read(bytes, { type: 'array' });
    const entry = XLSX.CFB.find(cfb, 'Workbook') ?? XLSX.CFB.find(cfb, 'Book');
    if (!entry?.content) return result;
    stream = entry.content instanceof Uint8Array ? entry.content : Uint8Array.from(entry.content as ArrayLike<number>);
  } catch {
    return result;
  }

  let biff8 = true;
  const fonts: string[] = [];
  const xfFont: number[] = [];
  const sheets: Array<{ name: string; at: number }> = [];
  for (const r of records(stream, 0)) {
    if (r.type === BOF) biff8 = u16(r.body, 0) === 0x0600;
    else if (r.type === FONT) fonts.push(shortString(r.body, 14, biff8));
    else if (r.type === XF) xfFont.push(u16(r.body, 0));
    else if (r.type === BOUNDSHEET) sheets.push({ at: u32(r.body, 0), name: shortString(r.body, 6, biff8) });
    else if (r.type === EOF) break;
  }
  // Font index 4 does not exist in BIFF: the fifth FONT record is font 5.
  const fontOf = (ifnt: number) => fonts[ifnt < 4 ? ifnt : ifnt - 1];
  const legacyXf = new Map<number, string>();
  xfFont.forEach((ifnt, xf) => {
    const name = fontOf(ifnt);
    if (name && encodingOfFont(name)) legacyXf.set(xf, name);
  });
  if (!legacyXf.size) return result;

  sheets.forEach((sheet, index) => {
    const name = sheetNames[index] ?? sheet.name;
    const cells = new Map<string, string>();
    let first = true;
    for (const r of records(stream, sheet.at)) {
      if (first && r.type !== BOF) break;
      first = false;
      if (r.type === EOF) break;
      if (r.type !== LABELSST && r.type !== LABEL && r.type !== RSTRING) continue;
      const font = legacyXf.get(u16(r.body, 4));
      if (font) cells.set(`${u16(r.body, 0)},${u16(r.body, 2)}`, font);
    }
    if (cells.size) result.set(name, cells);
  });
  return result;
}
