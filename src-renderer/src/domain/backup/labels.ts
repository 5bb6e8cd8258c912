/** UI text of the backup feature. */

/** Vietnamese names of the database tables, for counts shown before a restore and sheet notes. */
export const TABLE_LABEL: Record<string, string> = {
  units: 'Đơn vị',
  unitYears: 'Chỉ tiêu năm của đơn vị',
  localities: 'Danh mục địa giới hành chính',
  settings: 'Cài đặt',
  auditLog: 'Nhật ký thay đổi',
  awards: 'Khen thưởng đã nhận',
  people: 'Cá nhân',
  ratings: 'Xếp loại hằng năm',
  initiatives: 'Sáng kiến',
  catalog: 'Danh mục hình thức khen thưởng',
  eligibilityRules: 'Điều kiện khen thưởng',
  disciplineRecords: 'Kỷ luật',
  rounds: 'Đợt xét khen thưởng',
  nominations: 'Hồ sơ đề nghị',
  nominationFiles: 'Tệp đính kèm hồ sơ',
  councilVotes: 'Phiếu bầu hội đồng',
  movements: 'Phong trào thi đua',
  movementRegistrations: 'Đăng ký thi đua',
  programmes: 'Chương trình phối hợp',
  events: 'Sự kiện',
  attachments: 'Tệp đính kèm',
  clusters: 'Cụm thi đua',
  clusterYears: 'Cụm thi đua theo năm',
  criteria: 'Tiêu chí chấm điểm',
  scores: 'Điểm chấm',
  clusterVotes: 'Phiếu bầu của cụm',
  summaryPackages: 'Hồ sơ tổng kết',
  importBatches: 'Lần nhập dữ liệu',
  importChanges: 'Thay đổi do nhập dữ liệu',
  importMappings: 'Mẫu ghép cột khi nhập',
  unitYearChunks: 'Số liệu năm của đơn vị cho báo cáo tổng kết (tự tạo lại, không sao lưu)',
  factLog: 'Nhật ký thay đổi dữ kiện xét điều kiện khen thưởng (tự tạo lại, không sao lưu)',
  eligibilityCache: 'Kết quả xét điều kiện đã lưu của các đợt xét (tự tạo lại, không sao lưu)',
  unitDirectory: 'Danh bạ rút gọn cho danh sách và ô tìm đơn vị (tự tạo lại, không sao lưu)',
};

export function tableLabel(table: string): string {
  return TABLE_LABEL[table] ?? table;
}

export const BACKUP_ERROR = {
  notBackup: 'Tệp này không phải bản sao lưu của Thi đua HTX.',
  truncated: 'Bản sao lưu bị cắt cụt hoặc hỏng (thiếu dữ liệu). Hãy dùng một bản sao lưu khác.',
  badHeader: 'Phần đầu của bản sao lưu bị hỏng, không đọc được.',
  checksum: 'Bản sao lưu bị hỏng: mã kiểm tra (SHA-256) không khớp với nội dung. Dữ liệu hiện tại không bị thay đổi.',
  formatNewer: (v: number) => `Bản sao lưu dùng định dạng tệp phiên bản ${v}, mới hơn phiên bản ứng dụng này đọc được. Hãy cập nhật ứng dụng.`,
  schemaNewer: (backup: number, current: number, app: string) =>
    `Bản sao lưu được tạo bởi phiên bản ứng dụng mới hơn (${app}, cấu trúc dữ liệu v${backup}); ` +
    `phiên bản đang dùng chỉ đọc được đến v${current}. Hãy cập nhật ứng dụng rồi khôi phục lại. Dữ liệu hiện tại không bị thay đổi.`,
  payload: 'Nội dung bản sao lưu không đọc được (dữ liệu bên trong bị hỏng). Dữ liệu hiện tại không bị thay đổi.',
  countMismatch: (table: string) =>
    `Khôi phục bị hủy: số bản ghi của bảng "${tableLabel(table)}" sau khi khôi phục không khớp với bản sao lưu. Dữ liệu hiện tại không bị thay đổi.`,
};
