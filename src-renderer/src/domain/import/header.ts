/**
 * Header detection: title rows above the header, headers merged over two to four rows,
 * and a "(1) (2) (3)" column-number row under them.
 */
import { cleanText } from '../text/normalize';
import { UNIT_FIELDS, AWARD_FIELDS, headerKey } from './fields';
import type { CellRange, RawCell } from './types';
import { isSignatureText } from './signatureText';
import { cellText } from './values';

export interface HeaderLayout {
  /** First and last sheet row (0-based) of the header block. */
  headerStart: number;
  headerEnd: number;
  /** The column-number row under the header, if any (skipped). */
  numberingRow: number | null;
  /** First data row. */
  dataStart: number;
  /** One name per column (merged header parts joined with " - "). */
  names: string[];
}

const KNOWN_HEADER_WORDS: string[] = [...new Set([...UNIT_FIELDS, ...AWARD_FIELDS].flatMap((f) => f.synonyms.map(headerKey)))];

function isKnownHeader(text: string): boolean {
  const key = headerKey(text);
  if (!key) return false;
  return KNOWN_HEADER_WORDS.some((s) => key === s || (s.length > 3 && (' ' + key + ' ').includes(' ' + s + ' ')));
}

const NUMBERING_CELL = /^[([]?\s*(\d{1,2}|[a-zA-Z])\s*[)\]]?$/;
/** A computed column's number: "(3)=(1)x(2)", "3=1x2", "[5] = [3] + [4]". */
const NUMBERING_FORMULA = /^[([]?\d{1,2}[)\]]?\s*[=x*+\-/]\s*[([]?\d{1,2}[)\]]?/;

/** A row like "(1) (2) (3)" or "1 2 3 4" or "A B C" under a header. */
export function isNumberingRow(row: readonly RawCell[] | undefined): boolean {
  if (!row) return false;
  const cells = row.map(cellText).filter((t) => t !== '');
  if (cells.length < 3) return false;
  if (!cells.every((t) => NUMBERING_CELL.test(t) || NUMBERING_FORMULA.test(t))) return false;
  const numbers = cells.map((t) => Number(t.replace(/[()[\]\s]/g, ''))).filter((n) => Number.isFinite(n));
  if (numbers.length >= 3) {
    // Column numbers increase: 1 2 3 ... (a data row of small integers rarely does).
    let increasing = 0;
    for (let i = 1; i < numbers.length; i++) if (numbers[i]! > numbers[i - 1]!) increasing++;
    return increasing >= numbers.length - 2;
  }
  return true;
}

function mergeAt(merges: readonly CellRange[], r: number, c: number): CellRange | undefined {
  return merges.find((m) => r >= m.s.r && r <= m.e.r && c >= m.s.c && c <= m.e.c);
}

/** The text a cell shows, following merges (SheetJS keeps a merged value only in the top-left cell). */
function shownText(rows: readonly RawCell[][], merges: readonly CellRange[], r: number, c: number): string {
  const m = mergeAt(merges, r, c);
  const cell = m ? rows[m.s.r]?.[m.s.c] : rows[r]?.[c];
  return cellText(cell ?? null);
}

const KEY_VALUE = /^[^:]{2,40}:\s*\S.{2,}/;

function rowScore(row: readonly RawCell[]): { known: number; texts: number; numbers: number } {
  let known = 0;
  let texts = 0;
  let numbers = 0;
  for (const cell of row) {
    if (typeof cell === 'number') numbers++;
    else if (typeof cell === 'string' && cleanText(cell) !== '') {
      texts++;
      // "Tên đơn vị: Sở Nông nghiệp …" above a form is a filled-in line, not a column title.
      if (!KEY_VALUE.test(cell) && isKnownHeader(cell)) known++;
    }
  }
  return { known, texts, numbers };
}

/** Joins multi-row header parts per column, dropping repeats from vertical merges. */
export function headerNames(rows: readonly RawCell[][], merges: readonly CellRange[], start: number, end: number, columnCount: number): string[] {
  const names: string[] = [];
  for (let c = 0; c < columnCount; c++) {
    const parts: string[] = [];
    for (let r = start; r <= end; r++) {
      const t = shownText(rows, merges, r, c);
      if (t && parts[parts.length - 1] !== t) parts.push(t);
    }
    names.push(parts.join(' - '));
  }
  return names;
}

/** Rows of a header block belong together when merges span them or a parent cell covers several sub-headers. */
function continuesInto(rows: readonly RawCell[][], merges: readonly CellRange[], r: number, columnCount: number): boolean {
  const next = rows[r + 1];
  if (!next || isNumberingRow(next)) return false;
  const vertical = merges.some((m) => m.s.r <= r && m.e.r >= r + 1 && m.s.c < columnCount);
  // A merge across (nearly) the whole table is a title, not a parent header over sub-columns.
  const horizontalParent = merges.some(
    (m) =>
      m.s.r === r &&
      m.e.r === r &&
      m.e.c > m.s.c &&
      m.e.c - m.s.c + 1 < Math.max(2, columnCount * 0.8) &&
      Array.from({ length: m.e.c - m.s.c + 1 }, (_, k) => cellText(next[m.s.c + k] ?? null)).filter(Boolean).length >= 2,
  );
  if (!vertical && !horizontalParent) return false;
  const s = rowScore(next);
  return s.texts > 0 && s.numbers <= s.texts;
}

/** Find the header block in the first rows of a sheet. */
export function detectHeader(
  rows: readonly RawCell[][],
  merges: readonly CellRange[] = [],
  columnCount = Math.max(0, ...rows.slice(0, 50).map((r) => r.length)),
): HeaderLayout {
  const scan = Math.min(rows.length, 40);
  let best = -1;
  let bestScore = -1;
  for (let r = 0; r < scan; r++) {
    const row = rows[r] ?? [];
    const s = rowScore(row);
    if (s.texts < 2) continue;
    // "(Ký, họ tên)" under "Người lập | Thủ kho | Giám đốc" is the signature block, not a header.
    // A column titled "Xác nhận …" does not make a header a signature block: half the cells must be.
    if (row.filter((c) => typeof c === 'string' && isSignatureText(c)).length * 2 >= s.texts) continue;
    // Known header words dominate; plain text cells break ties; numbers suggest data, not a header.
    const score = s.known * 100 + s.texts * 10 - s.numbers * 15;
    if (score > bestScore) {
      bestScore = score;
      best = r;
    }
  }
  if (best < 0) best = 0;
  return layoutFrom(rows, merges, best, columnCount);
}

/** Layout for a header row chosen by detection or by the user: extends up and down over merged header rows. */
export function layoutFrom(rows: readonly RawCell[][], merges: readonly CellRange[], headerRow: number, columnCount: number): HeaderLayout {
  let start = headerRow;
  // Up to four header rows: accounting forms split words vertically ("Mã" / "tài" / "sản").
  while (start > 0 && headerRow - start < 3 && continuesInto(rows, merges, start - 1, columnCount)) start--;
  let end = headerRow;
  while (end - start < 3 && continuesInto(rows, merges, end, columnCount)) end++;
  const numberingRow = isNumberingRow(rows[end + 1]) ? end + 1 : null;
  const dataStart = (numberingRow ?? end) + 1;
  return { headerStart: start, headerEnd: end, numberingRow, dataStart, names: headerNames(rows, merges, start, end, columnCount) };
}
