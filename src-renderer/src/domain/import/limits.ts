/** Limits that keep the app responsive; each has a Vietnamese message naming the limit. */
export const LIMITS = {
  /** Bytes. Larger files are refused before parsing. */
  fileSize: 60 * 1024 * 1024,
  /** Data rows per import (all chosen sheets together). */
  rows: 250_000,
  columns: 200,
  sheets: 100,
  /** Characters in one text cell. */
  textLength: 2000,
  nameLength: 300,
  /** Characters in one cell of any kind as read from the file (Excel's own maximum is 32,767). */
  cellLength: 32_767,
} as const;

/**
 * The import worker's time budget for reading a file (and for the steps that work on what it
 * read): past it the worker is stopped, the file being damaged or too complex. A floor for small
 * files plus time per MB, generous for a slow office computer; for a zip package the MB are at
 * least a tenth of what it inflates to (the corpus's 1.1 MB .xlsb holds 108 MB and reads in
 * 10-13 s in Chromium here), at most 512 MB of it.
 */
export function readBudgetMs(bytes: number, inflatedBytes = 0): number {
  const mbs = Math.max(bytes, Math.min(inflatedBytes, 512 * 1024 * 1024) / 10) / 1024 / 1024;
  return 15_000 + Math.ceil(mbs * 10_000);
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 });

export const LIMIT_MESSAGES = {
  fileSize: (name: string, size: number) =>
    `Tệp "${name}" dung lượng ${mb(size)} MB, vượt giới hạn ${mb(LIMITS.fileSize)} MB. Hãy tách tệp thành nhiều tệp nhỏ hơn (ví dụ mỗi huyện một tệp) rồi nhập lần lượt.`,
  rows: (name: string, sheet: string, rows: number) =>
    `Trang tính "${sheet}" của tệp "${name}" có ${rows.toLocaleString('vi-VN')} dòng, vượt giới hạn ${LIMITS.rows.toLocaleString('vi-VN')} dòng mỗi lần nhập. Hãy tách tệp rồi nhập lần lượt.`,
  columns: (name: string, sheet: string, cols: number) =>
    `Trang tính "${sheet}" của tệp "${name}" có ${cols} cột, vượt giới hạn ${LIMITS.columns} cột. Hãy xóa các cột thừa rồi nhập lại.`,
  readTimeout: (name: string, ms: number) =>
    `Tệp "${name}" có vẻ bị hỏng hoặc quá phức tạp: sau ${Math.round(ms / 1000).toLocaleString('vi-VN')} giây vẫn chưa đọc xong nên đã dừng; dữ liệu chưa bị thay đổi. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại (Lưu thành .xlsx) rồi nhập lại, hoặc đề nghị đơn vị gửi lại tệp gốc.`,
  sheets: (name: string, n: number) => `Tệp "${name}" có ${n} trang tính, vượt giới hạn ${LIMITS.sheets} trang tính.`,
  cellLength: (name: string, sheet: string, cell: string, length: number) =>
    `Ô ${cell} của trang tính "${sheet}" (tệp "${name}") dài ${length.toLocaleString('vi-VN')} ký tự, vượt giới hạn ${LIMITS.cellLength.toLocaleString('vi-VN')} ký tự.`,
};
