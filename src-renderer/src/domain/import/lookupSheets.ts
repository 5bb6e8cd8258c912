/**
 * Code -> name tables kept in other sheets of a workbook (DANHMUC, HTKT, PLDT, "phan loai kt"), and
 * the list columns whose cells are such codes: provincial software exports "1650359884" where the
 * office means "Huân chương Sao vàng", so the code is read as the name it stands for.
 */
import { foldText } from '../text/normalize';
import type { RawCell, SheetGrid } from './types';
import { cellText } from './values';

export interface LookupTable {
  sheet: string;
  /** The name column's header, e.g. "Hình thức khen thưởng" (the sheet name when the table has none). */
  title: string;
  /** Code text (trimmed, numbers as integer text) -> name. */
  entries: Map<string, string>;
}

export interface CodeColumn {
  col: number;
  table: LookupTable;
  /** Non-empty data cells of the column that are codes of the table, of all non-empty ones. */
  matched: number;
  total: number;
  examples: Array<[string, string]>;
}

/** Code text of a cell: numbers as integer text (a code typed as a number matches the same code stored as text). */
export function codeText(cell: RawCell | undefined): string {
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : '';
  return cellText(cell ?? null).trim();
}

/** Folding used for matching only: case and leading zeros do not make another code. */
function codeKey(code: string): string {
  const t = code.trim().toUpperCase();
  return /^\d+$/.test(t) ? t.replace(/^0+(?=\d)/, '') : t;
}

const CODE = /^[A-Za-z0-9][A-Za-z0-9_./-]{0,24}$/;
const LETTER = /\p{L}/u;

function isCode(cell: RawCell | undefined): boolean {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 0;
  return typeof cell === 'string' && CODE.test(cell.trim());
}

function isName(cell: RawCell | undefined): boolean {
  return typeof cell === 'string' && LETTER.test(cell) && cell.trim().length > 1;
}

function blank(cell: RawCell | undefined): boolean {
  return cellText(cell ?? null) === '';
}

/** Header text that names a code column ("Mã số", "mahinhthuckt", "CODE"). */
function isCodeHeader(text: string): boolean {
  const k = foldText(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return /^(ma|code|ky hieu|so hieu)\b/.test(k) || /^ma[a-z]+$/.test(text.trim());
}

/** Codes 1, 2, 3… are a running number (STT), not codes of anything. */
function isRunningNumber(codes: string[]): boolean {
  return codes.length > 0 && codes.every((c, i) => c === String(i + 1));
}

/**
 * Numeric codes of one table are written with the same number of digits (1650359884, 0001); numbers
 * of varied length beside names are quantities (a statistics table), not codes.
 */
function numericCodesAlike(codes: string[]): boolean {
  const numeric = codes.filter((c) => /^\d+$/.test(c));
  if (numeric.length < codes.length * 0.5) return true;
  const lengths = new Map<number, number>();
  for (const c of numeric) lengths.set(c.length, (lengths.get(c.length) ?? 0) + 1);
  return Math.max(...lengths.values()) >= numeric.length * 0.8;
}

interface Block {
  first: number;
  last: number;
}

/** Row runs where both columns hold a code and a name (a blank row or two inside a table is allowed). */
function pairBlocks(rows: readonly RawCell[][], codeCol: number, nameCol: number): Block[] {
  const blocks: Block[] = [];
  let cur: Block | null = null;
  let gap = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const ok = isCode(row[codeCol]) && isName(row[nameCol]);
    if (ok) {
      if (cur) cur.last = r;
      else cur = { first: r, last: r };
      gap = 0;
    } else if (cur) {
      const empty = blank(row[codeCol]) && blank(row[nameCol]);
      if (!empty || ++gap > 2) {
        blocks.push(cur);
        cur = null;
        gap = 0;
      }
    }
  }
  if (cur) blocks.push(cur);
  return blocks;
}

/** Columns around the pair that hold something in the block's rows: a lookup block is two or three columns wide. */
function blockWidth(rows: readonly RawCell[][], block: Block, a: number, b: number, columnCount: number): number {
  const used = (c: number) => {
    for (let r = block.first; r <= block.last; r++) if (!blank(rows[r]?.[c])) return true;
    return false;
  };
  let lo = Math.min(a, b);
  let hi = Math.max(a, b);
  while (lo > 0 && used(lo - 1)) lo--;
  while (hi < columnCount - 1 && used(hi + 1)) hi++;
  return hi - lo + 1;
}

function looksLikeHeader(rows: readonly RawCell[][], block: Block, codeCol: number): boolean {
  const first = rows[block.first]?.[codeCol];
  if (typeof first !== 'string' || /^\d+$/.test(first.trim())) return false;
  if (isCodeHeader(first)) return true;
  let numeric = 0;
  let total = 0;
  for (let r = block.first + 1; r <= block.last; r++) {
    const c = rows[r]?.[codeCol];
    if (blank(c)) continue;
    total++;
    if (typeof c === 'number' || /^\d+$/.test(String(c).trim())) numeric++;
  }
  return total > 0 && numeric >= total * 0.8;
}

function tablesOf(sheet: Pick<SheetGrid, 'name' | 'rows' | 'columnCount'>): LookupTable[] {
  const { rows } = sheet;
  const columnCount = Math.max(sheet.columnCount, ...rows.slice(0, 200).map((r) => r.length), 0);
  const out: LookupTable[] = [];
  const taken = new Set<string>();
  for (let codeCol = 0; codeCol < columnCount; codeCol++) {
    for (const nameCol of [codeCol + 1, codeCol - 1]) {
      if (nameCol < 0 || nameCol >= columnCount || taken.has(`${nameCol}`)) continue;
      for (const block of pairBlocks(rows, codeCol, nameCol)) {
        // A first row "mahinhthuckt" over numeric codes (or "CODE" over "0001") is the table's header.
        while (block.first < block.last && looksLikeHeader(rows, block, codeCol)) block.first++;
        if (block.last - block.first < 1) continue;
        if (blockWidth(rows, block, codeCol, nameCol, columnCount) > 3) continue;
        const entries = new Map<string, string>();
        const codes: string[] = [];
        for (let r = block.first; r <= block.last; r++) {
          const row = rows[r] ?? [];
          const code = codeText(row[codeCol]);
          if (!code || !isName(row[nameCol])) continue;
          codes.push(code);
          if (!entries.has(code)) entries.set(code, cellText(row[nameCol] ?? null));
        }
        // Repeated codes mean a data column (TAPTHE on every row of a list), not a table of codes.
        if (entries.size < 2 || entries.size < codes.length * 0.9 || isRunningNumber(codes)) continue;
        if (!numericCodesAlike(codes)) continue;
        // The names must differ too: a column of "Nam" / "Nữ" beside numbers is no table.
        if (new Set(entries.values()).size < entries.size * 0.9) continue;
        const head = rows[block.first - 1] ?? [];
        const headName = cellText(head[nameCol] ?? null);
        const headCode = cellText(head[codeCol] ?? null);
        const title = headName && (headCode === '' || isCodeHeader(headCode) || !isCode(head[codeCol])) ? headName : sheet.name.trim();
        out.push({ sheet: sheet.name, title, entries });
        taken.add(`${codeCol}`);
        taken.add(`${nameCol}`);
      }
    }
  }
  return out;
}

/** Code tables of every sheet but `exceptIndex` (the list itself, whose code columns must not explain themselves). */
export function findLookupTables(sheets: ReadonlyArray<Pick<SheetGrid, 'name' | 'rows' | 'columnCount'>>, exceptIndex?: number): LookupTable[] {
  return sheets.flatMap((s, i) => (i === exceptIndex ? [] : tablesOf(s)));
}

/**
 * List columns whose non-empty data cells are (at least 80 %) codes of one table; the table that
 * explains most cells wins.
 */
export function resolveCodeColumns(rows: RawCell[][], dataStart: number, columnCount: number, tables: LookupTable[]): CodeColumn[] {
  if (!tables.length) return [];
  const keyed = tables.map((table) => {
    const byKey = new Map<string, [string, string]>();
    for (const [code, name] of table.entries) byKey.set(codeKey(code), [code, name]);
    return { table, byKey };
  });
  const out: CodeColumn[] = [];
  for (let col = 0; col < columnCount; col++) {
    const cells: string[] = [];
    for (let r = Math.max(0, dataStart); r < rows.length; r++) {
      const t = codeText(rows[r]?.[col]);
      if (t) cells.push(t);
    }
    if (!cells.length) continue;
    let best: CodeColumn | null = null;
    for (const { table, byKey } of keyed) {
      let matched = 0;
      const examples: Array<[string, string]> = [];
      for (const t of cells) {
        const hit = byKey.get(codeKey(t));
        if (!hit) continue;
        matched++;
        if (examples.length < 5 && !examples.some(([c]) => c === t)) examples.push([t, hit[1]]);
      }
      if (matched && (!best || matched > best.matched)) best = { col, table, matched, total: cells.length, examples };
    }
    if (best && best.matched >= best.total * 0.8) out.push(best);
  }
  return out;
}

/**
 * Column -> code -> name, as PlanInput.codeLookups expects (keys are compared with the cell's trimmed
 * text, so each code is listed as written and in the forms a cell may show: other case, no leading zeros).
 */
export function codeLookupsOf(columns: CodeColumn[]): Map<number, Map<string, string>> {
  const out = new Map<number, Map<string, string>>();
  for (const c of columns) {
    const map = new Map<string, string>();
    for (const [code, name] of c.table.entries) {
      for (const k of [code, code.toUpperCase(), code.toLowerCase(), codeKey(code)]) if (!map.has(k)) map.set(k, name);
    }
    out.set(c.col, map);
  }
  return out;
}
