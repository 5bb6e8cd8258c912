/**
 * Reading a spreadsheet file into grids of cached cell values (runs inside the import worker).
 * Formulas are never evaluated; legacy TCVN3/VNI text is repaired here because only the
 * reader sees the cell fonts.
 */
import * as XLSX from 'xlsx';
import { repairLegacyText, repairRuns } from '@/domain/import/legacy-encoding';
import { decodeTextBytes, TEXT_ENCODING_LABELS } from '@/domain/import/text-decoding';
import { parseCsv } from '@/domain/import/csv';
import { LIMITS, LIMIT_MESSAGES } from '@/domain/import/limits';
import { isoFromExcelSerial } from '@/domain/import/values';
import { IMPORT_ERRORS } from '@/domain/import/labels';
import { UserError } from '@/domain/errors';
import { xlsFontCells } from './xls-fonts';
import { openXlsxParts, unescapeXml } from './xlsx-parts';
import { readXlsxFast } from './xlsx-sheet-reader';
import { refuse } from './xlsx-zip';
import { checkedStoredZip } from './zip-stored';
import { cfbDamage } from './cfb-check';
import type { CellRange, CellRepair, FileFormat, RawCell, SheetGrid } from '@/domain/import/types';

export interface ReadWorkbook {
  format: FileFormat;
  encoding?: string;
  sheets: SheetGrid[];
  repairCount: number;
  repairs: CellRepair[];
}

/** A Vietnamese message for the user; anything else thrown while reading is a corrupt file. */
export class ImportFileError extends UserError {
  override name = 'ImportFileError';
}

const MAX_REPAIR_SAMPLES = 300;
/** Excel's last column (XFD): a row reaching past it comes from a damaged file. */
const EXCEL_COLUMNS = 16384;

type Sniffed = 'zip' | 'cfb' | 'biff' | 'text' | 'unknown';

function sniff(bytes: Uint8Array): Sniffed {
  const b = bytes;
  if (b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05 || b[2] === 0x07)) return 'zip';
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) return 'cfb';
  // BIFF2-BIFF5 worksheets saved without a compound file: a BOF record first.
  if (b[1] === 0x00 && (b[0] === 0x09 || b[0] === 0x08) && (b[2] === 0x04 || b[2] === 0x06 || b[2] === 0x08 || b[2] === 0x10)) return 'biff';
  if (b[0] === 0x09 && (b[1] === 0x02 || b[1] === 0x04 || b[1] === 0x08)) return 'biff';
  return looksLikeText(b) ? 'text' : 'unknown';
}

/** Text files: BOMs, UTF-16 zero patterns, or no control bytes other than tab/CR/LF in the first 4 KB. */
function looksLikeText(b: Uint8Array): boolean {
  if ((b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) || (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return true;
  const n = Math.min(b.length, 4096);
  let zeros = 0;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c === 0) zeros++;
    else if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) controls++;
  }
  if (zeros > n / 4 && zeros < (n * 3) / 5) return controls === 0; // UTF-16 without BOM
  return zeros === 0 && controls <= n / 200;
}

const ZIP_ONLY_EXTENSIONS = new Set(['xlsx', 'xlsm', 'xlsb', 'ods']);

function extensionOf(name: string): string {
  return /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
}

/**
 * Read any supported file, .xlsx/.xlsm through the fast reader (xlsx-sheet-reader.ts) when it
 * accepts the file; it gives the same ReadWorkbook as readSpreadsheet. Anything it refuses or
 * fails on is read again by readSpreadsheet (SheetJS), so bad files get the same messages.
 */
export async function readSpreadsheetAsync(fileName: string, bytes: Uint8Array, onProgress?: ReadProgress): Promise<ReadWorkbook> {
  try {
    const format = zipFormat(extensionOf(fileName));
    const zip = bytes.length > 0 && bytes.length <= LIMITS.fileSize && sniff(bytes) === 'zip';
    if ((format === 'xlsx' || format === 'xlsm') && zip) {
      const fast = await readXlsxWorkbookFast(bytes, format, onProgress).catch(() => null);
      if (fast) return fast;
    }
    if (zip) {
      // SheetJS's own inflater can loop forever on a damaged part: it only gets checked, stored parts.
      const checked = await checkedStoredZip(bytes);
      if (!checked.ok) throw new ImportFileError(IMPORT_ERRORS.corrupt(fileName));
      onProgress?.(1, 3);
      return readSpreadsheet(fileName, checked.bytes, { onProgress, fileSize: bytes.length });
    }
    return readSpreadsheet(fileName, bytes, { onProgress });
  } catch (e) {
    // Whatever else a damaged file makes the readers throw (RangeError, TypeError…) is "damaged".
    throw e instanceof ImportFileError ? e : new ImportFileError(IMPORT_ERRORS.corrupt(fileName));
  }
}

/** Read progress in steps (done of total), for the wizard's bar. */
export type ReadProgress = (done: number, total: number) => void;

export interface ReadOptions {
  onProgress?: ReadProgress;
  /** The size of the file as chosen, when `bytes` is its checked, stored copy (larger: nothing is compressed). */
  fileSize?: number;
}

/** The fast .xlsx reader alone (exported for tests): throws XlsxFastPathRefused on what it leaves to SheetJS. */
export async function readXlsxWorkbookFast(bytes: Uint8Array, format: FileFormat = 'xlsx', onProgress?: ReadProgress): Promise<ReadWorkbook> {
  const log = new RepairLog();
  const sheets = await readXlsxFast(bytes, (sheet, r, c, text, raw) => log.fix(sheet, r, c, text, raw, null), onProgress);
  if (!sheets.some((s) => s.rows.some((r) => r.length > 0))) refuse('no data'); // the SheetJS path words the message
  return { format, sheets, repairCount: log.count, repairs: log.samples };
}

/** Legacy-text repair of text cells, counted, with the first examples kept for the clean-up step. */
class RepairLog {
  count = 0;
  samples: CellRepair[] = [];

  fix(sheet: string, row: number, col: number, value: string, raw: unknown, font: string | null): string {
    const runs = richRuns(raw);
    const fixed = runs ? repairRuns(runs, font) : repairCell(value, font);
    if (fixed.from) {
      this.count++;
      if (this.samples.length < MAX_REPAIR_SAMPLES) this.samples.push({ sheet, row, col, kind: fixed.from, before: value, after: fixed.text });
    }
    return fixed.text;
  }
}

/** Read any supported file with SheetJS; throws ImportFileError with a Vietnamese message for bad files. */
export function readSpreadsheet(fileName: string, bytes: Uint8Array, options: ReadOptions = {}): ReadWorkbook {
  const { onProgress, fileSize = bytes.length } = options;
  if (bytes.length === 0) throw new ImportFileError(IMPORT_ERRORS.empty(fileName));
  if (fileSize > LIMITS.fileSize) throw new ImportFileError(LIMIT_MESSAGES.fileSize(fileName, fileSize));
  const kind = sniff(bytes);
  const ext = extensionOf(fileName);
  if (kind === 'unknown') throw new ImportFileError(IMPORT_ERRORS.unsupported(fileName));
  if (kind === 'text') {
    // These formats are always zip packages: text under such a name is something else renamed.
    if (ZIP_ONLY_EXTENSIONS.has(ext)) throw new ImportFileError(IMPORT_ERRORS.unsupported(fileName));
    if (/^\s*</.test(new TextDecoder('latin1').decode(bytes.subarray(0, 200)))) {
      // "xls" files that are really HTML tables, exported by older web systems.
      if (ext === 'xls' || ext === 'htm' || ext === 'html') return readWorkbook(fileName, bytes, 'xls');
      throw new ImportFileError(IMPORT_ERRORS.unsupported(fileName));
    }
    return readCsv(fileName, bytes);
  }
  if (kind === 'cfb') {
    if (cfbDamage(bytes)) throw new ImportFileError(IMPORT_ERRORS.corrupt(fileName));
    checkNotEncrypted(fileName, bytes);
  }
  const format: FileFormat = kind === 'zip' ? zipFormat(ext) : 'xls';
  return readWorkbook(fileName, bytes, format, onProgress);
}

function zipFormat(ext: string): FileFormat {
  if (ext === 'xlsb') return 'xlsb';
  if (ext === 'ods') return 'ods';
  if (ext === 'xlsm') return 'xlsm';
  return 'xlsx';
}

/** Encrypted OOXML is a compound file with an EncryptedPackage stream; SheetJS cannot open it. */
function checkNotEncrypted(fileName: string, bytes: Uint8Array): void {
  let names: string[] = [];
  try {
    const cfb = XLSX.CFB.read(bytes, { type: 'array' });
    names = (cfb.FullPaths as string[]) ?? [];
  } catch {
    throw new ImportFileError(IMPORT_ERRORS.corrupt(fileName));
  }
  if (names.some((p) => /EncryptedPackage|EncryptionInfo/i.test(p))) throw new ImportFileError(IMPORT_ERRORS.password(fileName));
}

// ---------------------------------------------------------------- CSV

function readCsv(fileName: string, bytes: Uint8Array): ReadWorkbook {
  const decoded = decodeTextBytes(bytes);
  const rows = parseCsv(decoded.text);
  const repairs: CellRepair[] = [];
  let repairCount = 0;
  const sheetName = fileName.replace(/\.[^.]+$/, '') || 'CSV';
  if (rows.length > LIMITS.rows) throw new ImportFileError(LIMIT_MESSAGES.rows(fileName, sheetName, rows.length));
  let columnCount = 0;
  const grid: RawCell[][] = rows.map((row, r) => {
    if (row.length > columnCount) columnCount = row.length;
    return row.map((text, c) => {
      if (text.length > LIMITS.cellLength)
        throw new ImportFileError(LIMIT_MESSAGES.cellLength(fileName, sheetName, XLSX.utils.encode_cell({ r, c }), text.length));
      if (text === '') return null;
      const fixed = repairCell(text, null);
      if (fixed.from) {
        repairCount++;
        if (repairs.length < MAX_REPAIR_SAMPLES) repairs.push({ sheet: sheetName, row: r, col: c, kind: fixed.from, before: text, after: fixed.text });
      }
      return fixed.text;
    });
  });
  if (columnCount > LIMITS.columns) throw new ImportFileError(LIMIT_MESSAGES.columns(fileName, sheetName, columnCount));
  if (!grid.some((row) => row.some((c) => c !== null && String(c).trim() !== ''))) throw new ImportFileError(IMPORT_ERRORS.noData(fileName));
  return {
    format: 'csv',
    encoding: TEXT_ENCODING_LABELS[decoded.encoding],
    sheets: [{ name: sheetName, rows: grid, merges: [], columnCount }],
    repairCount,
    repairs,
  };
}

function repairCell(text: string, font: string | null): { text: string; from: 'tcvn3' | 'vni' | null } {
  return repairLegacyText(text, font);
}

// ---------------------------------------------------------------- workbooks

function mapSheetJsError(fileName: string, e: unknown): ImportFileError {
  if (e instanceof ImportFileError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  if (/password|encrypt/i.test(msg)) return new ImportFileError(IMPORT_ERRORS.password(fileName));
  if (/unsupported|not supported|Unrecognized|unknown/i.test(msg)) return new ImportFileError(IMPORT_ERRORS.unsupported(fileName));
  return new ImportFileError(IMPORT_ERRORS.corrupt(fileName));
}

function readWorkbook(fileName: string, bytes: Uint8Array, format: FileFormat, onProgress?: ReadProgress): ReadWorkbook {
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, {
      type: 'array',
      dense: true,
      cellFormula: false,
      cellHTML: false,
      cellNF: true,
      cellText: false,
      cellDates: false,
      sheetRows: LIMITS.rows + 1000,
      WTF: false,
    });
  } catch (e) {
    throw mapSheetJsError(fileName, e);
  }
  if (!wb.SheetNames.length) throw new ImportFileError(IMPORT_ERRORS.noData(fileName));
  if (wb.SheetNames.length > LIMITS.sheets) throw new ImportFileError(LIMIT_MESSAGES.sheets(fileName, wb.SheetNames.length));
  const date1904 = !!wb.Workbook?.WBProps?.date1904;
  const zip = format === 'xlsx' || format === 'xlsm' ? openXlsxParts(bytes, wb.SheetNames) : null;
  const fontCells = zip ? zip.legacyFontCells() : format === 'xls' ? xlsFontCells(bytes, wb.SheetNames) : new Map<string, Map<string, string>>();
  const log = new RepairLog();
  const sheets: SheetGrid[] = [];
  for (const [index, name] of wb.SheetNames.entries()) {
    onProgress?.(index, wb.SheetNames.length);
    const ws = wb.Sheets[name];
    if (!ws) continue;
    const full = ws['!fullref'] ?? ws['!ref'];
    if (full) {
      const range = XLSX.utils.decode_range(full);
      const rowCount = range.e.r - range.s.r + 1;
      if (rowCount > LIMITS.rows + 1000) throw new ImportFileError(LIMIT_MESSAGES.rows(fileName, name, rowCount));
    }
    const fonts = fontCells.get(name);
    const data = (ws['!data'] ?? []) as Array<Array<XLSX.CellObject | undefined> | undefined>;
    // A damaged file can put one cell at row or column 2,000,000,000: the arrays are sparse then,
    // so only their cells are visited (forEach skips holes) and the limits are checked first.
    if (data.length > LIMITS.rows + 1000) throw new ImportFileError(LIMIT_MESSAGES.rows(fileName, name, data.length));
    const rows: RawCell[][] = Array.from({ length: data.length }, () => []);
    let columnCount = 0;
    data.forEach((src, r) => {
      if (!src) return;
      if (src.length > EXCEL_COLUMNS) throw new ImportFileError(LIMIT_MESSAGES.columns(fileName, name, src.length));
      const out: RawCell[] = new Array(src.length).fill(null);
      let last = -1;
      src.forEach((cell, c) => {
        if (!cell) return;
        const value = cellValue(cell, date1904);
        if (value === null) return;
        if (typeof value === 'string') {
          if (value.length > LIMITS.cellLength)
            throw new ImportFileError(LIMIT_MESSAGES.cellLength(fileName, name, XLSX.utils.encode_cell({ r, c }), value.length));
          out[c] = log.fix(name, r, c, value, (cell as { r?: unknown }).r, fonts?.get(`${r},${c}`) ?? null);
        } else {
          out[c] = value;
        }
        last = c;
      });
      out.length = last + 1;
      if (last + 1 > columnCount) columnCount = last + 1;
      rows[r] = out;
    });
    while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
    if (columnCount > LIMITS.columns) throw new ImportFileError(LIMIT_MESSAGES.columns(fileName, name, columnCount));
    const merges: CellRange[] = (ws['!merges'] ?? []).map((m) => ({ s: { r: m.s.r, c: m.s.c }, e: { r: m.e.r, c: m.e.c } }));
    // .xls/.xlsb rows come with "!rows"; for .xlsx SheetJS gives them only with cellStyles (1.5 s on 100,000 rows), so they are scanned.
    const hiddenRows = (zip ? zip.hiddenRows(name) : (ws['!rows'] ?? []).flatMap((info, r) => (info?.hidden ? [r] : []))).filter((r) => r < rows.length);
    sheets.push({ name, rows, merges, columnCount, ...(hiddenRows.length ? { hiddenRows } : {}) });
  }
  if (!sheets.some((s) => s.rows.some((r) => r.length > 0))) throw new ImportFileError(IMPORT_ERRORS.noData(fileName));
  return { format, sheets, repairCount: log.count, repairs: log.samples };
}

/** Text-like number formats that keep leading zeros ("0000000000", "@"): use the shown text. */
const ZERO_PADDED = /^0{2,}$/;

function cellValue(cell: XLSX.CellObject, date1904: boolean): RawCell {
  switch (cell.t) {
    case 's':
      return typeof cell.v === 'string' ? cell.v : String(cell.v ?? '');
    case 'n': {
      const v = cell.v as number;
      const z = typeof cell.z === 'string' ? cell.z : '';
      if (z && z !== 'General' && XLSX.SSF.is_date(z)) return isoFromExcelSerial(v, date1904) ?? v;
      if (ZERO_PADDED.test(z) && Number.isInteger(v)) return String(v).padStart(z.length, '0');
      return v;
    }
    case 'b':
      return !!cell.v;
    case 'd': {
      const d = cell.v instanceof Date ? cell.v : new Date(String(cell.v));
      if (Number.isNaN(d.getTime())) return null;
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    }
    default:
      return null; // errors (#N/A, #REF!) and stubs carry no value
  }
}

/** Rich-text runs from the raw shared-string XML SheetJS keeps in `r`: each run with its own font. */
function richRuns(raw: unknown): Array<{ text: string; font: string | null }> | null {
  if (typeof raw !== 'string' || !raw.includes('<r>') || !raw.includes('rFont')) return null;
  const runs: Array<{ text: string; font: string | null }> = [];
  const re = /<r>([\s\S]*?)<\/r>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    const body = m[1]!;
    const font = /<rFont val="([^"]*)"/.exec(body)?.[1] ?? null;
    const t = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/.exec(body)?.[1] ?? '';
    runs.push({ text: unescapeXml(t), font });
  }
  return runs.length ? runs : null;
}
