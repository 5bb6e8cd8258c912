import type {
  AwardLevel,
  BlockKind,
  CatalogKind,
  CommendationType,
  DisciplineLevel,
  DocumentType,
  IndicatorField,
  InitiativeLevel,
  NominationStatus,
  RuleGroup,
  Rating,
  RecipientKind,
  RoundType,
  RuleKind,
  VoteBase,
} from './types';

/** UI text for award codes: one concept, one name. */
export const RECIPIENT_LABEL: Record<RecipientKind, string> = { unit: 'Tập thể', person: 'Cá nhân' };

export const CATALOG_KIND_LABEL: Record<CatalogKind, string> = {
  title: 'Danh hiệu thi đua',
  form: 'Hình thức khen thưởng',
};

export const AWARD_LEVEL_LABEL: Record<AwardLevel, string> = {
  co_so: 'Cơ sở',
  bo_tinh: 'Bộ, ban, ngành, tỉnh',
  lien_minh_vn: 'Liên minh HTX Việt Nam',
  nha_nuoc: 'Nhà nước',
};

export const COMMENDATION_TYPE_LABEL: Record<CommendationType, string> = {
  thuong_xuyen: 'Thường xuyên (công trạng)',
  chuyen_de: 'Theo đợt, chuyên đề',
  dot_xuat: 'Đột xuất',
  cong_hien: 'Quá trình cống hiến',
  nien_han: 'Niên hạn',
  doi_ngoai: 'Đối ngoại',
};

export const RATING_LABEL: Record<Rating, string> = {
  xuat_sac: 'Hoàn thành xuất sắc nhiệm vụ',
  tot: 'Hoàn thành tốt nhiệm vụ',
  hoan_thanh: 'Hoàn thành nhiệm vụ',
  khong_hoan_thanh: 'Không hoàn thành nhiệm vụ',
};

export const INITIATIVE_LEVEL_LABEL: Record<InitiativeLevel, string> = {
  co_so: 'cấp cơ sở',
  bo_tinh: 'cấp bộ, ban, ngành, tỉnh',
  toan_quoc: 'toàn quốc',
};

export const BLOCK_KIND_LABEL: Record<BlockKind, string> = {
  ky_luat: 'Kỷ luật',
  dieu_tra: 'Đang bị điều tra, thanh tra',
  khieu_nai: 'Đang có khiếu nại, tố cáo chưa giải quyết',
};

export const DISCIPLINE_LEVEL_LABEL: Record<DisciplineLevel, string> = {
  khien_trach: 'Khiển trách',
  canh_cao: 'Cảnh cáo',
  ha_bac: 'Hạ bậc lương',
  cach_chuc: 'Cách chức',
  buoc_thoi_viec: 'Buộc thôi việc',
};

export const DOCUMENT_TYPE_LABEL: Record<DocumentType, string> = {
  bao_cao_thanh_tich: 'Báo cáo thành tích',
  xac_nhan_thue_bhxh: 'Xác nhận hoàn thành nghĩa vụ thuế, bảo hiểm xã hội',
  minh_chung_sang_kien: 'Minh chứng sáng kiến',
  bien_ban_binh_xet: 'Biên bản bình xét',
  khac: 'Tài liệu khác',
};

export const ROUND_TYPE_LABEL: Record<RoundType, string> = {
  nam: 'Tổng kết năm',
  chuyen_de: 'Phong trào, chuyên đề',
  dot_xuat: 'Đột xuất',
};

export const NOMINATION_STATUS_LABEL: Record<NominationStatus, string> = {
  draft: 'Dự thảo',
  submitted: 'Đã đề nghị',
  reviewed: 'Hội đồng đã xét',
  approved: 'Được chấp thuận',
  rejected: 'Không được chấp thuận',
  decided: 'Đã có quyết định',
};

export const RULE_KIND_LABEL: Record<RuleKind, string> = {
  prerequisite: 'Khen thưởng phải có trước',
  consecutive: 'Số năm liên tục',
  countInWindow: 'Số lần trong khoảng thời gian',
  rating: 'Xếp loại hoàn thành nhiệm vụ',
  initiative: 'Sáng kiến',
  excludeTypes: 'Loại khen thưởng không được tính',
  quota: 'Tỷ lệ tối đa',
  noBlocking: 'Không vi phạm, không bị xem xét',
  memberShare: 'Tỷ lệ thành viên',
  memberDiscipline: 'Kỷ luật của thành viên',
  documents: 'Hồ sơ bắt buộc',
  standard: 'Đạt tiêu chuẩn danh hiệu',
  clusterLead: 'Dẫn đầu cụm, khối thi đua',
  indicator: 'Chỉ tiêu sản xuất, kinh doanh',
  sector: 'Lĩnh vực hoạt động',
  confirmed: 'Hội đồng xác nhận',
};

/** Group nodes of a rule tree. */
export const RULE_GROUP_LABEL: Record<RuleGroup['kind'], string> = {
  all: 'Tất cả các điều kiện',
  any: 'Một trong các điều kiện',
  atLeast: 'Ít nhất',
};

export const INDICATOR_FIELD_LABEL: Record<IndicatorField, string> = {
  revenue: 'Doanh thu',
  profit: 'Lợi nhuận',
  avgIncome: 'Thu nhập bình quân của người lao động (tháng)',
};

export const VOTE_BASE_LABEL: Record<VoteBase, string> = {
  full: 'tổng số thành viên Hội đồng',
  present: 'số thành viên có mặt',
};
