/**
 * Human-readable archive of every table as an Excel workbook (one sheet per table). Not a
 * backup: binary files are listed, not embedded. Cells are neutralised against formula injection
 * and kept inside Excel's limits (32,767 characters per cell, 1,048,576 rows per sheet).
 */
import * as XLSX from 'xlsx';
import { neutraliseCell } from '../export/neutralise';
import { tableLabel } from './labels';

export const EXCEL_CELL_LIMIT = 32_767;
export const EXCEL_ROW_LIMIT = 1_048_576;
const TRUNCATION_MARK = ' …[đã cắt bớt, xem sheet Ghi chú]';

export interface ArchiveTable {
  name: string;
  rows: Array<Record<string, unknown>>;
}

export interface ArchiveNote {
  sheet: string;
  row: number;
  column: string;
  originalLength: number;
}

function cellText(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (typeof Blob !== 'undefined' && value instanceof Blob) return `[tệp ${value.type || 'không rõ loại'}, ${value.size} byte]`;
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return `[dữ liệu nhị phân, ${value.byteLength} byte]`;
  return JSON.stringify(value, (_k, v) => (typeof Blob !== 'undefined' && v instanceof Blob ? `[tệp ${v.type}, ${v.size} byte]` : v));
}

function sheetName(base: string, part: number, used: Set<string>): string {
  // Sheet names: max 31 characters, none of : \ / ? * [ ]
  const clean = base.replace(/[:\\/?*[\]]/g, '_');
  let name = (part > 1 ? `${clean.slice(0, 27)}_${part}` : clean).slice(0, 31);
  let n = 2;
  while (used.has(name.toLowerCase())) name = `${clean.slice(0, 27)}~${n++}`.slice(0, 31);
  used.add(name.toLowerCase());
  return name;
}

/** Builds the workbook; `notes` lists every truncated cell (also written to the first sheet). */
export function buildArchiveWorkbook(
  tables: ArchiveTable[],
  createdAt: string,
  appVersion: string,
): {
  workbook: XLSX.WorkBook;
  notes: ArchiveNote[];
} {
  const workbook = XLSX.utils.book_new();
  const notes: ArchiveNote[] = [];
  const used = new Set<string>(['ghi chú']);
  const sheets: Array<[string, XLSX.WorkSheet]> = [];
  const summary: Array<[string, string, number]> = [];
  const perSheet = EXCEL_ROW_LIMIT - 1; // one header row per sheet
  for (const table of tables) {
    const columns: string[] = [];
    const seen = new Set<string>();
    for (const row of table.rows)
      for (const k of Object.keys(row))
        if (!seen.has(k)) {
          seen.add(k);
          columns.push(k);
        }
    const parts = Math.max(1, Math.ceil(table.rows.length / perSheet));
    for (let part = 1; part <= parts; part++) {
      const name = sheetName(table.name, part, used);
      const slice = table.rows.slice((part - 1) * perSheet, part * perSheet);
      const aoa: unknown[][] = [columns];
      slice.forEach((row, i) => {
        aoa.push(
          columns.map((col) => {
            let v = neutraliseCell(cellText(row[col]));
            if (typeof v === 'string' && v.length > EXCEL_CELL_LIMIT) {
              notes.push({ sheet: name, row: i + 2, column: col, originalLength: v.length });
              v = v.slice(0, EXCEL_CELL_LIMIT - TRUNCATION_MARK.length) + TRUNCATION_MARK;
            }
            return v;
          }),
        );
      });
      sheets.push([name, XLSX.utils.aoa_to_sheet(aoa)]);
      summary.push([name, tableLabel(table.name), slice.length]);
    }
  }
  const head: unknown[][] = [
    ['Bản lưu trữ dữ liệu Thi đua HTX (dạng Excel, chỉ để đọc; muốn khôi phục hãy dùng tệp sao lưu)'],
    ['Thời điểm', createdAt],
    ['Phiên bản ứng dụng', appVersion],
    [],
    ['Sheet', 'Nội dung', 'Số bản ghi'],
    ...summary,
  ];
  if (notes.length) {
    head.push([], ['Ô bị cắt bớt vì vượt giới hạn 32.767 ký tự của Excel'], ['Sheet', 'Dòng', 'Cột', 'Độ dài gốc']);
    for (const n of notes) head.push([n.sheet, n.row, n.column, n.originalLength]);
  }
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(head), 'Ghi chú');
  for (const [name, ws] of sheets) XLSX.utils.book_append_sheet(workbook, ws, name);
  return { workbook, notes };
}

export function writeArchive(workbook: XLSX.WorkBook): Uint8Array {
  return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}
