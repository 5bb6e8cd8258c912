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

const mb = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 });

export const LIMIT_MESSAGES = {
  fileSize: (name: string, size: number) =>
    `Tệp "${name}" dung lượng ${mb(size)} MB, vượt giới hạn ${mb(LIMITS.fileSize)} MB. Hãy tách tệp thành nhiều tệp nhỏ hơn (ví dụ mỗi huyện một tệp) rồi nhập lần lượt.`,
  rows: (name: string, sheet: string, rows: number) =>
    `Trang tính "${sheet}" của tệp "${name}" có ${rows.toLocaleString('vi-VN')} dòng, vượt giới hạn ${LIMITS.rows.toLocaleString('vi-VN')} dòng mỗi lần nhập. Hãy tách tệp rồi nhập lần lượt.`,
  columns: (name: string, sheet: string, cols: number) =>
    `Trang tính "${sheet}" của tệp "${name}" có ${cols} cột, vượt giới hạn ${LIMITS.columns} cột. Hãy xóa các cột thừa rồi nhập lại.`,
  sheets: (name: string, n: number) => `Tệp "${name}" có ${n} trang tính, vượt giới hạn ${LIMITS.sheets} trang tính.`,
  cellLength: (name: string, sheet: string, cell: string, length: number) =>
    `Ô ${cell} của trang tính "${sheet}" (tệp "${name}") dài ${length.toLocaleString('vi-VN')} ký tự, vượt giới hạn ${LIMITS.cellLength.toLocaleString('vi-VN')} ký tự.`,
};
