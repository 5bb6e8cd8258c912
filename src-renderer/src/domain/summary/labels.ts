import type { BucketField } from './types';

/** UI text for summary figures (also the labels in exported workbooks). */
export const BUCKET_FIELD_LABEL: Record<BucketField, string> = {
  htx: 'Số HTX',
  tht: 'Số THT',
  lienHiep: 'Số liên hiệp HTX',
  qtdnd: 'Số QTDND',
  other: 'Tổ chức khác',
  newUnits: 'Thành lập mới',
  dissolved: 'Giải thể',
  newMembers: 'Kết nạp thành viên mới',
  reporting: 'Số đơn vị có số liệu',
  members: 'Tổng số thành viên',
  workers: 'Tổng số lao động',
  revenue: 'Tổng doanh thu (đồng)',
  profit: 'Tổng lợi nhuận (đồng)',
  incomeWeighted: 'Tổng thu nhập × lao động (đồng)',
  incomeWorkers: 'Số lao động có báo cáo thu nhập',
  membersReported: 'Số đơn vị báo cáo số thành viên',
  workersReported: 'Số đơn vị báo cáo số lao động',
  revenueReported: 'Số đơn vị báo cáo doanh thu',
  profitReported: 'Số đơn vị báo cáo lợi nhuận',
};

/** Printed, shown and exported in place of a figure no unit reported (unknown is not zero). */
export const NOT_REPORTED = 'chưa có số liệu';
/** NOT_REPORTED as a table cell or figure of its own. */
export const NOT_REPORTED_CELL = 'Chưa có số liệu';

export const AVERAGE_INCOME_LABEL = 'Thu nhập bình quân (đồng/người/tháng)';

export const SUMMARY_SCOPE_LABEL = {
  alliance: 'Toàn liên minh',
  khoi: 'Khối thi đua (HTX thành viên)',
  cluster: 'Cụm thi đua (gộp gói số liệu)',
} as const;
export type SummaryScopeKind = keyof typeof SUMMARY_SCOPE_LABEL;
