import type { ClusterKind, CriterionKind, EmulationEventType, MovementLevel, MovementStatus, VoteBase, VoteSubject } from './types';

/** UI text for emulation codes: one concept, one name. */
export const MOVEMENT_LEVEL_LABEL: Record<MovementLevel, string> = {
  national: 'Toàn quốc',
  vca: 'Liên minh HTX Việt Nam',
  province: 'Tỉnh/thành phố',
  alliance: 'Liên minh HTX tỉnh/thành phố',
};

export const MOVEMENT_STATUS_LABEL: Record<MovementStatus, string> = {
  draft: 'Dự thảo',
  open: 'Đang triển khai',
  closed: 'Đã kết thúc',
};

export const EVENT_TYPE_LABEL: Record<EmulationEventType, string> = {
  hoi_nghi: 'Hội nghị',
  tap_huan: 'Tập huấn',
  san_khau_hoa: 'Sân khấu hóa tuyên truyền',
  khac: 'Khác',
};

export const CLUSTER_KIND_LABEL: Record<ClusterKind, string> = {
  cum: 'Cụm thi đua',
  khoi: 'Khối thi đua',
};

export const CRITERION_KIND_LABEL: Record<CriterionKind, string> = {
  base: 'Tiêu chí',
  bonus: 'Điểm thưởng',
  penalty: 'Điểm trừ',
};

export const VOTE_SUBJECT_LABEL: Record<VoteSubject, string> = {
  leading_unit: 'Đơn vị dẫn đầu',
  co_thi_dua: 'Đề nghị Cờ thi đua',
  bang_khen: 'Đề nghị Bằng khen',
};

export const VOTE_BASE_LABEL: Record<VoteBase, string> = {
  full: 'Tổng số thành viên',
  present: 'Số thành viên có mặt',
};

export const SCORE_STAGE_LABEL = {
  self: 'Tự chấm',
  cross: 'Chấm chéo',
  agreed: 'Thống nhất',
} as const;
