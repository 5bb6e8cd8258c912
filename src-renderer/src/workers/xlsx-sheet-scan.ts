/**
 * The worksheet scanner of the fast .xlsx reader: walks the sheet XML bytes once (no 100 MB
 * string for a 50 MB sheet: decoding the bench file's sheet into one string alone took 0.20-0.37 s,
 * measured in Chromium) and decodes only the text values, giving each cell exactly what
 * XLSX.read + the SheetJS path's cellValue give. Anything unexpected is refused (XlsxFastPathRefused).
 * Byte search in xlsx-bytes.ts, cell values in xlsx-cells.ts.
 */
import * as XLSX from 'xlsx';
import { LIMITS } from '@/domain/import/limits';
import type { CellRange, RawCell, SheetGrid } from '@/domain/import/types';
import { refuse } from './xlsx-zip';
import { parseSi, unescapeLikeSheetJs, type SiString } from './xlsx-text';
import { ascii, at, EQ, find, GT, isSpace, LT, QUOTE, SLASH, SPACE, text } from './xlsx-bytes';
import { cellType, nonAsciiCode, numberValue, plainNumber, T_B, T_INLINE, T_N, T_S, T_STR, valueText, type NumberKind } from './xlsx-cells';

/** Turns a text cell into its stored value (legacy repair, samples); `raw` is SheetJS's rich-text XML. */
export type TextCellFixer = (sheet: string, r: number, c: number, text: string, raw: string | undefined) => string;

export interface SheetContext {
  /** Per cell style (cellXfs index); null when the file has no cellXfs (SheetJS then uses "General"). */
  kinds: NumberKind[] | null;
  strings: SiString[];
  date1904: boolean;
  fixText: TextCellFixer;
  /** Told the share of the sheet's XML read so far (0..1), every few MB: the wizard's progress bar. */
  onProgress?: (share: number) => void;
}

const PROGRESS_EVERY = 4 * 1024 * 1024;

const SHEET_ROWS = LIMITS.rows + 1000; // the `sheetRows` the SheetJS path reads with
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

const SHEET_DATA = ascii('<sheetData');
const SHEET_DATA_END = ascii('</sheetData>');
const ROW_END = ascii('</row>');
const CELL_END = ascii('</c>');
const V_END = ascii('</v>');
const F_END = ascii('</f>');
const IS_OPEN = ascii('<is>');
const IS_END = ascii('</is>');
const ROW_R = ascii(' r="');
const ROW_HIDDEN = ascii(' hidden="');

const DIMENSION = /"(\w*:\w*)"/;
const MERGE = /<(?:\w+:)?mergeCell ref=["'][A-Z0-9:]+['"]\s*[/]?>/g;

export function scanSheet(name: string, bytes: Uint8Array, ctx: SheetContext): SheetGrid {
  return new SheetScanner(name, bytes, ctx).scan();
}

class SheetScanner {
  private readonly rows: RawCell[][] = [];
  private readonly hiddenRows: number[] = [];
  private columnCount = 0;
  private rowIndex = -1;
  private out: RawCell[] | null = null;
  private lastCol = -1; // last column holding a value in the current row
  private seenCol = -1; // last column seen in the current row, with or without a value
  private end = 0;

  constructor(
    private readonly name: string,
    private readonly b: Uint8Array,
    private readonly ctx: SheetContext,
  ) {}

  scan(): SheetGrid {
    const b = this.b;
    if (b.length && b[0] !== LT) refuse('sheet does not start with <');
    let open = find(b, SHEET_DATA, 0);
    while (open >= 0 && !(isSpace(b[open + 10]) || b[open + 10] === GT || b[open + 10] === SLASH)) open = find(b, SHEET_DATA, open + 1);
    let before: string;
    let after: string;
    if (open < 0) {
      before = after = text(b, 0, b.length);
    } else {
      const gt = b.indexOf(GT, open);
      if (gt < 0 || b.subarray(open, gt).includes(LT, 1)) refuse('sheetData tag');
      if (b[gt - 1] === SLASH) {
        // <sheetData/>: SheetJS finds no sheetData and reads the whole part as the parts around it.
        before = after = text(b, 0, b.length);
      } else {
        before = text(b, 0, open);
        const close = this.walk(gt + 1);
        after = text(b, close + SHEET_DATA_END.length, b.length);
      }
    }
    const decl = /^<\?xml[^>]*encoding="([^"]*)"/.exec(before);
    if (decl && decl[1]!.toLowerCase() !== 'utf-8') refuse('encoding');
    const head = before.slice(0, 2000);
    if (!head.includes('<worksheet') || !head.includes(`xmlns="${MAIN_NS}"`)) refuse('worksheet namespace');
    // Prefixed tags inside sheetData are refused by the walk; outside it they are looked for here.
    for (const part of before === after ? [before] : [before, after]) {
      if (/<\w+:(?:worksheet|sheetData|row|c|v|is|mergeCell|dimension)\b/.test(part) || /<row[\s>/]/.test(part)) refuse('rows outside sheetData');
    }
    const dimAt = before.search(/<(?:\w*:)?dimension/);
    if (dimAt > 0) {
      const ref = DIMENSION.exec(before.slice(dimAt, dimAt + 50))?.[1];
      if (ref !== undefined) {
        if (!/^[A-Z]{1,3}\d+:[A-Z]{1,3}\d+$/.test(ref)) refuse('dimension');
        if (XLSX.utils.decode_range(ref).e.r >= SHEET_ROWS) refuse('rows over the limit');
      }
    }

    const rows = this.rows;
    while (rows.length && (rows[rows.length - 1] ?? []).length === 0) rows.pop();
    for (let r = 0; r < rows.length; r++) if (!rows[r]) rows[r] = [];
    if (this.columnCount > LIMITS.columns) refuse('columns over the limit');
    const merges: CellRange[] = [];
    for (const m of after.matchAll(MERGE)) {
      const ref = m[0].slice(m[0].indexOf('=') + 2).replace(/['"][\s\S]*$/, '');
      if (!/^[A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?$/.test(ref)) refuse('merge ref');
      const d = XLSX.utils.decode_range(ref);
      merges.push({ s: { r: d.s.r, c: d.s.c }, e: { r: d.e.r, c: d.e.c } });
    }
    const hidden = this.hiddenRows.filter((r) => r < rows.length);
    return { name: this.name, rows, merges, columnCount: this.columnCount, ...(hidden.length ? { hiddenRows: hidden } : {}) };
  }

  /** Reads the rows of sheetData from `p`; returns where </sheetData> starts. */
  private walk(p: number): number {
    const b = this.b;
    this.end = b.length;
    let reported = p;
    for (;;) {
      const lt = b.indexOf(LT, p);
      if (lt < 0) refuse('sheetData not closed');
      if (lt - reported > PROGRESS_EVERY && this.ctx.onProgress) {
        reported = lt;
        this.ctx.onProgress(lt / b.length);
      }
      for (let k = p; k < lt; k++) if (!isSpace(b[k])) refuse('text in sheetData');
      const c1 = b[lt + 1];
      const c2 = b[lt + 2];
      if (c1 === 99 /* c */ && (isSpace(c2) || c2 === GT || c2 === SLASH)) {
        if (this.out === null) refuse('cell outside a row');
        p = this.readCell(lt + 2);
        continue;
      }
      if (c1 === 114 /* r */ && c2 === 111 /* o */ && b[lt + 3] === 119 /* w */ && (b[lt + 4] === SPACE || b[lt + 4] === GT || b[lt + 4] === SLASH)) {
        p = this.readRow(lt);
        continue;
      }
      if (c1 === SLASH) {
        if (at(b, lt, ROW_END)) {
          if (this.out === null) refuse('stray </row>');
          this.finishRow();
          p = lt + ROW_END.length;
          continue;
        }
        if (at(b, lt, SHEET_DATA_END)) {
          this.finishRow();
          return lt;
        }
      }
      refuse('unexpected tag in sheetData');
    }
  }

  private finishRow(): void {
    const out = this.out;
    if (out === null) return;
    out.length = this.lastCol + 1;
    if (this.lastCol + 1 > this.columnCount) this.columnCount = this.lastCol + 1;
    this.rows[this.rowIndex] = out;
    this.out = null;
  }

  /**
   * A <row> tag. Rows must be numbered and in order (SheetJS places cells by their own r); hidden rows
   * follow xlsx-parts' hiddenRowsIn: ' hidden="' starting with 1 or t.
   */
  private readRow(lt: number): number {
    const b = this.b;
    this.finishRow();
    const close = b.indexOf(GT, lt);
    if (close < 0) refuse('row tag');
    let rowNumber = -1;
    let hidden = false;
    for (let k = lt + 4; k < close; k++) {
      const ch = b[k];
      if (ch === 9 || ch === 10 || ch === 13 || ch === 39 /* ' */ || ch === LT) refuse('row tag shape');
      if (ch !== SPACE) continue;
      if (at(b, k, ROW_R)) {
        rowNumber = 0;
        let d = k + ROW_R.length;
        for (; b[d]! >= 48 && b[d]! <= 57; d++) rowNumber = rowNumber * 10 + b[d]! - 48;
        if (b[d] !== QUOTE || d === k + ROW_R.length) refuse('row number');
      } else if (at(b, k, ROW_HIDDEN)) {
        const v = b[k + ROW_HIDDEN.length];
        hidden = v === 0x31 || v === 0x74;
      } else if (b[k + 1] === 82 /* R */ || b[k + 1] === 72 /* H */) {
        refuse('row attribute case'); // SheetJS reads attribute names case-insensitively too
      }
    }
    if (rowNumber < 1 || rowNumber - 1 <= this.rowIndex) refuse('row order');
    if (rowNumber > SHEET_ROWS) refuse('rows over the limit');
    this.rowIndex = rowNumber - 1;
    if (hidden) this.hiddenRows.push(this.rowIndex);
    if (b[close - 1] !== SLASH) {
      this.out = [];
      this.lastCol = -1;
      this.seenCol = -1;
    }
    return close + 1;
  }

  /** Reads one <c> from just after "<c"; returns the position after it. */
  private readCell(start: number): number {
    const b = this.b;
    let q = start;
    let col = -1;
    let rowNumber = -1;
    let style = -1;
    let type = T_N;
    for (;;) {
      let ch = b[q];
      while (isSpace(ch)) ch = b[++q];
      if (ch === GT || ch === SLASH) break;
      if (q >= this.end) refuse('cell tag end');
      const eq = b.indexOf(EQ, q);
      if (eq < 0 || b[eq + 1] !== QUOTE) refuse('cell attribute');
      const from = eq + 2;
      const to = b.indexOf(QUOTE, from);
      if (to < 0) refuse('cell attribute');
      const one = eq - q === 1 ? ch : 0;
      if (one === 114 /* r */) {
        // [A-Z]{1,3}[1-9][0-9]* read from the bytes.
        let k = from;
        let letters = 0;
        col = 0;
        for (let cc = b[k]!; cc >= 65 && cc <= 90 && letters < 4; cc = b[++k]!, letters++) col = col * 26 + (cc - 64);
        col -= 1;
        if (letters < 1 || letters > 3 || b[k] === 48 || k >= to) refuse('cell reference');
        rowNumber = 0;
        for (; k < to; k++) {
          const d = b[k]! - 48;
          if (d < 0 || d > 9) refuse('cell reference');
          rowNumber = rowNumber * 10 + d;
        }
      } else if (one === 115 /* s */) {
        if (to === from) refuse('cell style');
        style = 0;
        for (let k = from; k < to; k++) {
          const d = b[k]! - 48;
          if (d < 0 || d > 9) refuse('cell style');
          style = style * 10 + d;
        }
      } else if (one === 116 /* t */) {
        type = cellType(b, from, to);
      } else {
        const key = text(b, q, eq);
        if (key !== 'cm' && key !== 'vm' && key !== 'ph' && key !== 'xml:space') refuse('cell attribute');
      }
      q = to + 1;
    }
    if (rowNumber < 0) refuse('cell reference');
    if (rowNumber - 1 !== this.rowIndex) refuse('cell outside its row');
    if (col <= this.seenCol || col > 16383) refuse('cell order');
    this.seenCol = col;

    let vFrom = -1;
    let vTo = -1;
    let vPlain = true;
    let isFrom = -1;
    let isTo = -1;
    if (b[q] === SLASH) {
      if (b[q + 1] !== GT) refuse('cell tag');
      q += 2;
    } else {
      q += 1;
      for (;;) {
        let ch = b[q];
        while (isSpace(ch)) ch = b[++q];
        if (ch !== LT) refuse('text in cell');
        const n1 = b[q + 1];
        const n2 = b[q + 2];
        if (n1 === SLASH) {
          if (!at(b, q, CELL_END)) refuse('cell end');
          q += CELL_END.length;
          break;
        }
        if (n1 === 118 /* v */ && (n2 === GT || n2 === SPACE)) {
          const gt = b.indexOf(GT, q);
          if (b[gt - 1] === SLASH) refuse('empty v tag');
          const close = b.indexOf(LT, gt);
          if (close < 0 || !at(b, close, V_END)) refuse('markup in v');
          if (vFrom < 0) {
            vFrom = gt + 1;
            vTo = close;
            // "&", "_" and CR mean SheetJS would unescape or rewrite something.
            for (let k = vFrom; k < close; k++) {
              const c = b[k];
              if (c === 38 || c === 95 || c === 13) {
                vPlain = false;
                break;
              }
            }
          }
          q = close + V_END.length;
          continue;
        }
        if (n1 === 102 /* f */ && (n2 === GT || isSpace(n2) || n2 === SLASH)) {
          const gt = b.indexOf(GT, q);
          if (gt < 0) refuse('f tag');
          if (b[gt - 1] === SLASH) {
            q = gt + 1;
            continue;
          }
          const close = find(b, F_END, gt);
          if (close < 0) refuse('f end');
          q = close + F_END.length;
          continue;
        }
        if (at(b, q, IS_OPEN)) {
          const close = find(b, IS_END, q);
          if (close < 0) refuse('is end');
          if (isFrom < 0) {
            isFrom = q + IS_OPEN.length;
            isTo = close;
          }
          q = close + IS_END.length;
          continue;
        }
        refuse('unexpected tag in cell');
      }
    }
    return this.store(col, type, style, vFrom, vTo, vPlain, isFrom, isTo, q);
  }

  /** What SheetJS stores for the cell (t, v, r), then what the SheetJS path's cellValue makes of it. */
  private store(col: number, type: number, style: number, vFrom: number, vTo: number, vPlain: boolean, isFrom: number, isTo: number, next: number): number {
    const b = this.b;
    const { kinds, strings, date1904 } = this.ctx;
    const hasV = vFrom >= 0 && vTo > vFrom;
    let value: RawCell;
    let raw: string | undefined;
    let isText = false;
    switch (type) {
      case T_N: {
        if (!hasV) return next;
        const n = plainNumber(b, vFrom, vTo);
        const kind = style >= 0 && kinds ? (kinds[style] ?? 0) : 0;
        value = numberValue(Number.isNaN(n) ? parseFloat(unescapeLikeSheetJs(text(b, vFrom, vTo))) : n, kind, date1904);
        break;
      }
      case T_S: {
        if (!hasV) return next;
        const n = plainNumber(b, vFrom, vTo);
        const index = Number.isNaN(n) ? unescapeLikeSheetJs(text(b, vFrom, vTo)) : n;
        if (typeof index === 'string' && !/^\d+$/.test(index)) refuse('shared string index');
        const si = strings[Number(index)];
        if (!si || b[vFrom] === 45 /* - */) refuse('shared string missing');
        value = si.t ?? '';
        raw = si.r;
        isText = true;
        break;
      }
      case T_STR: {
        if (!hasV) {
          value = '';
        } else {
          const v = valueText(b, vFrom, vTo);
          if (vPlain) value = v;
          else {
            // SheetJS unescapes twice around a UTF-8 decode: exact here only while the first pass yields ASCII.
            if (v.includes('&#') || nonAsciiCode(v)) refuse('escapes in str');
            value = unescapeLikeSheetJs(unescapeLikeSheetJs(v), true);
          }
        }
        isText = true;
        break;
      }
      case T_INLINE: {
        if (isFrom < 0) value = '';
        else {
          const body = text(b, isFrom, isTo);
          if (body.includes('rPh') || body.includes('<c ') || body.includes('<v')) refuse('inline string shape');
          value = parseSi(body).t ?? '';
        }
        isText = true;
        break;
      }
      case T_B: {
        const v = hasV ? unescapeLikeSheetJs(text(b, vFrom, vTo)) : undefined;
        value = v === '1' || v === 'true';
        break;
      }
      default: // T_E: errors carry no value
        return next;
    }
    if (isText) {
      const t = value as string;
      if (t.length > LIMITS.cellLength) refuse('cell too long');
      value = this.ctx.fixText(this.name, this.rowIndex, col, t, raw);
    }
    const row = this.out!;
    while (row.length < col) row.push(null);
    row.push(value);
    this.lastCol = col;
    return next;
  }
}
