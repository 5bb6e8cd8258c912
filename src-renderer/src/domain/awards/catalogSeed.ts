import type { AwardLevel, CatalogEntry, CatalogKind, CommendationType, CouncilThreshold, RecipientKind } from './types';

/**
 * The award catalogue shipped on first start (titles and forms of Luật TĐKT 2022 and the
 * Liên minh HTX Việt Nam system). Editable by the user afterwards; seeding never overwrites edits.
 * Council thresholds are configurable data: the shipped values are working defaults (check).
 */
type SeedRow = [
  code: string,
  name: string,
  kind: CatalogKind,
  recipient: RecipientKind,
  level: AwardLevel,
  authority: string,
  council?: CouncilThreshold,
  type?: CommendationType,
];

// Nghị định 98/2023/NĐ-CP Điều 30 khoản 7 (kept by Nghị định 152/2025): CSTĐCS and both Cờ need 80%
// of the council's FULL membership, CSTĐ tỉnh and toàn quốc 90%. Other forms: the office's own rule
// (70% of the full membership shipped as a working default, editable).
const FULL_90: CouncilThreshold = { percent: 90, base: 'full' };
const FULL_80: CouncilThreshold = { percent: 80, base: 'full' };
const FULL_70: CouncilThreshold = { percent: 70, base: 'full' };
const PRESENT_50: CouncilThreshold = { percent: 50, base: 'present' };

const ROWS: SeedRow[] = [
  // Danh hiệu thi đua - cá nhân
  ['LDTT', 'Lao động tiên tiến', 'title', 'person', 'co_so', 'Thủ trưởng cơ quan, đơn vị', PRESENT_50],
  ['CSTDCS', 'Chiến sĩ thi đua cơ sở', 'title', 'person', 'co_so', 'Thủ trưởng cơ quan, đơn vị', FULL_80],
  ['CSTD_TINH', 'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh', 'title', 'person', 'bo_tinh', 'Chủ tịch UBND tỉnh', FULL_90],
  ['CSTD_TQ', 'Chiến sĩ thi đua toàn quốc', 'title', 'person', 'nha_nuoc', 'Thủ tướng Chính phủ', FULL_90],
  // Danh hiệu thi đua - tập thể
  ['TTLDTT', 'Tập thể lao động tiên tiến', 'title', 'unit', 'co_so', 'Thủ trưởng cơ quan, đơn vị', PRESENT_50],
  ['TTLDXS', 'Tập thể lao động xuất sắc', 'title', 'unit', 'bo_tinh', 'Chủ tịch UBND tỉnh', FULL_70],
  ['CO_TINH', 'Cờ thi đua cấp bộ, ban, ngành, tỉnh', 'title', 'unit', 'bo_tinh', 'Chủ tịch UBND tỉnh', FULL_80],
  ['CO_LMVN', 'Cờ thi đua của Liên minh HTX Việt Nam', 'title', 'unit', 'lien_minh_vn', 'Chủ tịch Liên minh HTX Việt Nam', FULL_80],
  ['CO_CP', 'Cờ thi đua của Chính phủ', 'title', 'unit', 'nha_nuoc', 'Thủ tướng Chính phủ', FULL_80],
  // Hình thức khen thưởng - cá nhân
  ['GK_CN', 'Giấy khen (cá nhân)', 'form', 'person', 'co_so', 'Chủ tịch Liên minh HTX tỉnh'],
  ['BK_TINH_CN', 'Bằng khen của Chủ tịch UBND tỉnh (cá nhân)', 'form', 'person', 'bo_tinh', 'Chủ tịch UBND tỉnh', FULL_70],
  ['BK_LMVN_CN', 'Bằng khen của Liên minh HTX Việt Nam (cá nhân)', 'form', 'person', 'lien_minh_vn', 'Chủ tịch Liên minh HTX Việt Nam', FULL_70],
  ['BK_TTG_CN', 'Bằng khen của Thủ tướng Chính phủ (cá nhân)', 'form', 'person', 'nha_nuoc', 'Thủ tướng Chính phủ', FULL_90],
  ['HCLD3_CN', 'Huân chương Lao động hạng Ba (cá nhân)', 'form', 'person', 'nha_nuoc', 'Chủ tịch nước', FULL_90],
  ['HCLD2_CN', 'Huân chương Lao động hạng Nhì (cá nhân)', 'form', 'person', 'nha_nuoc', 'Chủ tịch nước', FULL_90],
  ['HCLD1_CN', 'Huân chương Lao động hạng Nhất (cá nhân)', 'form', 'person', 'nha_nuoc', 'Chủ tịch nước', FULL_90],
  ['KNC_LMVN', 'Kỷ niệm chương của Liên minh HTX Việt Nam', 'form', 'person', 'lien_minh_vn', 'Chủ tịch Liên minh HTX Việt Nam', undefined, 'cong_hien'],
  // Hình thức khen thưởng - tập thể
  ['GK_TT', 'Giấy khen (tập thể)', 'form', 'unit', 'co_so', 'Chủ tịch Liên minh HTX tỉnh'],
  ['BK_TINH_TT', 'Bằng khen của Chủ tịch UBND tỉnh (tập thể)', 'form', 'unit', 'bo_tinh', 'Chủ tịch UBND tỉnh', FULL_70],
  ['BK_LMVN_TT', 'Bằng khen của Liên minh HTX Việt Nam (tập thể)', 'form', 'unit', 'lien_minh_vn', 'Chủ tịch Liên minh HTX Việt Nam', FULL_70],
  ['BK_TTG_TT', 'Bằng khen của Thủ tướng Chính phủ (tập thể)', 'form', 'unit', 'nha_nuoc', 'Thủ tướng Chính phủ', FULL_90],
  ['HCLD3_TT', 'Huân chương Lao động hạng Ba (tập thể)', 'form', 'unit', 'nha_nuoc', 'Chủ tịch nước', FULL_90],
  ['HCLD2_TT', 'Huân chương Lao động hạng Nhì (tập thể)', 'form', 'unit', 'nha_nuoc', 'Chủ tịch nước', FULL_90],
  ['HCLD1_TT', 'Huân chương Lao động hạng Nhất (tập thể)', 'form', 'unit', 'nha_nuoc', 'Chủ tịch nước', FULL_90],
  // Honoured at the alliance's year-end summary; chuyên đề, so it never counts toward công trạng chains.
  // Liên minh HTX Việt Nam's CoopStar programme: revenue, profit and income thresholds from the unit-year indicators.
  ['NGOI_SAO_HTX', 'Ngôi sao Hợp tác xã', 'form', 'unit', 'lien_minh_vn', 'Chủ tịch Liên minh HTX Việt Nam'],
  ['HTX_DHTT', 'Tôn vinh HTX điển hình tiên tiến', 'form', 'unit', 'co_so', 'Chủ tịch Liên minh HTX tỉnh', undefined, 'chuyen_de'],
];

export const SEED_CATALOG_UPDATED_AT = '2026-12-03T00:00:00.000Z';
/** Stamps of earlier shipped catalogues: an entry still carrying one was never edited by the office. */
export const EARLIER_CATALOG_STAMPS: readonly string[] = ['2025-07-01T00:00:00.000Z'];

export const CATALOG_SEED: CatalogEntry[] = ROWS.map(([code, name, kind, recipient, level, authority, council, type], i) => ({
  code,
  name,
  kind,
  recipient,
  level,
  authority,
  commendationType: type ?? 'thuong_xuyen',
  ...(council ? { council } : {}),
  active: 1,
  sortOrder: (i + 1) * 10,
  origin: 'seed',
  updatedAt: SEED_CATALOG_UPDATED_AT,
}));
