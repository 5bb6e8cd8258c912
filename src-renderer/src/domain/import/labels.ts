/** UI text of the importer: one concept, one name. */

export const IMPORT_ERRORS = {
  empty: (name: string) => `Tệp "${name}" rỗng (0 byte), không có gì để nhập.`,
  noData: (name: string) => `Tệp "${name}" không có dữ liệu: mọi trang tính đều trống.`,
  unsupported: (name: string) => `Tệp "${name}" không phải là bảng tính được hỗ trợ. Hãy chọn tệp Excel (.xlsx, .xls, .xlsb), LibreOffice (.ods) hoặc CSV.`,
  corrupt: (name: string) =>
    `Tệp "${name}" bị hỏng hoặc không đọc được. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại dưới dạng .xlsx rồi nhập lại, hoặc đề nghị đơn vị gửi lại tệp gốc.`,
  password: (name: string) => `Tệp "${name}" được đặt mật khẩu. Hãy mở bằng Excel, gỡ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi nhập lại.`,
  cancelled: 'Đã hủy thao tác nhập.',
  workerCrashed: (name: string) =>
    name
      ? `Bộ đọc tệp gặp sự cố khi xử lý tệp "${name}" và đã dừng (tệp có thể bị hỏng hoặc quá lớn); dữ liệu chưa bị thay đổi. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi nhập lại.`
      : 'Bộ đọc tệp gặp sự cố và đã dừng; dữ liệu chưa bị thay đổi. Hãy thử lại.',
  noSheetChosen: 'Hãy chọn ít nhất một trang tính.',
  layoutMismatch: (sheets: string[]) => `Các trang tính sau có tiêu đề cột khác trang đầu nên không nhập chung được: ${sheets.join(', ')}.`,
  nothingToCommit: 'Không có dòng nào để ghi (mọi dòng đều lỗi, trùng hoặc bị bỏ qua).',
} as const;

export const IMPORT_STEP_LABEL = ['Chọn tệp', 'Dòng tiêu đề', 'Ghép cột', 'Làm sạch', 'Kiểm tra', 'Ghi dữ liệu'] as const;

export const REPAIR_KIND_LABEL = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI', unicode: 'Unicode' } as const;

export const FORMAT_LABEL = {
  xlsx: 'Excel (.xlsx)',
  xlsm: 'Excel có macro (.xlsm)',
  xlsb: 'Excel nhị phân (.xlsb)',
  xls: 'Excel 97-2003 (.xls)',
  ods: 'LibreOffice (.ods)',
  csv: 'CSV',
} as const;

export const BATCH_STATUS_LABEL = { committed: 'Đã nhập', undone: 'Đã hoàn tác' } as const;

/** Table names as counted in an import's result ("thêm 12 cá nhân"). */
export const WRITTEN_TABLE_NOUN: Record<string, string> = {
  units: 'đơn vị',
  unitYears: 'dòng chỉ tiêu năm',
  people: 'cá nhân',
  awards: 'khen thưởng',
  nominations: 'đề nghị khen thưởng',
  ratings: 'kết quả phân loại',
  initiatives: 'sáng kiến, đề tài',
};
