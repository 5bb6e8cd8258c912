import * as XLSX from 'xlsx';
import { openFiles, saveFile } from '@/platform/desktop';

export const SPREADSHEET_FILTERS = [{ name: 'Bảng tính Excel', extensions: ['xlsx', 'xls', 'xlsm', 'ods', 'csv'] }];

/** Save a SheetJS workbook as .xlsx through the platform (dialog in Electron, download in the browser). */
export async function saveWorkbook(fileName: string, wb: XLSX.WorkBook): Promise<string | null> {
  const bytes = XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer;
  return saveFile(fileName, new Uint8Array(bytes), [{ name: 'Excel', extensions: ['xlsx'] }]);
}

export interface OpenedWorkbook {
  fileName: string;
  wb: XLSX.WorkBook;
}

/** Let the user pick spreadsheets and parse them; a file SheetJS cannot read gets a message naming it. */
export async function pickWorkbooks(multiple = false): Promise<{ books: OpenedWorkbook[]; errors: string[] }> {
  const files = await openFiles(SPREADSHEET_FILTERS, multiple);
  const books: OpenedWorkbook[] = [];
  const errors: string[] = [];
  for (const f of files) {
    try {
      books.push({ fileName: f.name, wb: XLSX.read(f.data, { type: 'array', cellDates: true }) });
    } catch {
      errors.push(`Không đọc được tệp "${f.name}": tệp hỏng hoặc không phải bảng tính.`);
    }
  }
  return { books, errors };
}

/** Rows of the first sheet as arrays (header: 1). */
export function sheetRows(wb: XLSX.WorkBook, sheetName = wb.SheetNames[0]): { sheetName: string; rows: unknown[][] } {
  const name = sheetName ?? '';
  const ws = wb.Sheets[name];
  return { sheetName: name, rows: ws ? XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: '' }) : [] };
}
