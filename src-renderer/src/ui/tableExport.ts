import * as XLSX from 'xlsx';
import { neutraliseCell } from '@/domain/export/neutralise';
import { saveWorkbook } from './workbookFiles';

/** One column of an exported table: its header as on screen and the value of a row (text, number or ISO date text). */
export interface ExportColumn<T> {
  title: string;
  value: (row: T, index: number) => string | number | null | undefined;
  /** Column width in characters; taken from the header and values when absent. */
  width?: number;
}

export interface TableExport<T> {
  /** File name without extension; the date is not added. */
  fileName: string;
  sheetName?: string;
  /** Title line(s) above the header row (e.g. the screen title and the filter in force). */
  title?: string[];
  columns: ExportColumn<T>[];
  rows: readonly T[];
}

/** Build the sheet of what the user sees: title lines, a header row, the rows; text cells neutralised against formulas. */
export function tableWorkbook<T>(spec: TableExport<T>): XLSX.WorkBook {
  const aoa: unknown[][] = [];
  for (const line of spec.title ?? []) aoa.push([neutraliseCell(line)]);
  if (spec.title?.length) aoa.push([]);
  aoa.push(spec.columns.map((c) => neutraliseCell(c.title)));
  spec.rows.forEach((row, i) => aoa.push(spec.columns.map((c) => neutraliseCell(c.value(row, i) ?? ''))));
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  ws['!cols'] = spec.columns.map((c) => {
    if (c.width) return { wch: c.width };
    let w = c.title.length;
    for (let r = 0; r < Math.min(spec.rows.length, 200); r++) w = Math.max(w, String(c.value(spec.rows[r] as T, r) ?? '').length);
    return { wch: Math.min(60, Math.max(6, w + 2)) };
  });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, (spec.sheetName ?? 'Danh sách').slice(0, 31));
  return wb;
}

/** Save the table as .xlsx through the platform (save dialog on the desktop, download in the browser). */
export function exportTable<T>(spec: TableExport<T>): Promise<string | null> {
  return saveWorkbook(`${spec.fileName}.xlsx`, tableWorkbook(spec));
}
