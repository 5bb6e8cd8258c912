import type { Sector, UnitKind, UnitStatus } from './types';

/** UI text for registry codes: one concept, one name. */
export const UNIT_KIND_LABEL: Record<UnitKind, string> = {
  htx: 'HTX',
  tht: 'THT',
  lien_hiep: 'Liên hiệp HTX',
  qtdnd: 'QTDND',
  khac: 'Khác',
};

export const UNIT_KIND_FULL_LABEL: Record<UnitKind, string> = {
  htx: 'Hợp tác xã',
  tht: 'Tổ hợp tác',
  lien_hiep: 'Liên hiệp hợp tác xã',
  qtdnd: 'Quỹ tín dụng nhân dân',
  khac: 'Khác',
};

export const UNIT_STATUS_LABEL: Record<UnitStatus, string> = {
  active: 'Đang hoạt động',
  paused: 'Tạm ngừng',
  dissolved: 'Đã giải thể',
};

export const SECTOR_LABEL: Record<Sector, string> = {
  nong_nghiep: 'Nông nghiệp',
  qtdnd: 'Quỹ tín dụng nhân dân',
  cn_tttcn: 'Công nghiệp - tiểu thủ công nghiệp',
  gtvt: 'Giao thông vận tải',
  xay_dung: 'Xây dựng',
  tm_dv: 'Thương mại - dịch vụ',
  khac: 'Khác',
};

export const UNIT_YEAR_LABEL = {
  members: 'Số thành viên',
  workers: 'Số lao động',
  charterCapital: 'Vốn điều lệ (đồng)',
  assets: 'Tổng tài sản (đồng)',
  revenue: 'Doanh thu (đồng)',
  profit: 'Lợi nhuận (đồng)',
  taxesPaid: 'Nộp ngân sách (đồng)',
  avgIncome: 'Thu nhập bình quân (đồng/người/tháng)',
} as const;
