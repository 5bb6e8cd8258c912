import { test, expect } from '@playwright/test';
import {
  evaluateEligibility,
  rulesInForce,
  type ClusterStanding,
  type EligibilityResult,
  type MemberFacts,
  type NomineeFacts,
  type SameRoundEntry,
} from '@/domain/awards/eligibility';
import { LEGAL_PERIODS, RULE_SEED } from '@/domain/awards/ruleSeed';
import { CATALOG_SEED } from '@/domain/awards/catalogSeed';
import { isGroup, ruleLeaves, validateRule, walkRule } from '@/domain/awards/ruleTree';
import type { CommendationType, DocumentType, NodeConfirmation, RuleNode } from '@/domain/awards/types';
import { facts, names, years, type HistorySpec } from './awards-fixtures';

/**
 * The law, case by case: each row is judged by RULE_SEED through evaluateEligibility and names the
 * clause that decides it. `reason` must appear in one of the deciding reasons (failing rules' when
 * the case fails, every rule's when it passes), clause prefix included.
 */

// ---------------------------------------------------------------------------------------------
// Fact builders
// ---------------------------------------------------------------------------------------------

const D91 = '2023-06-15'; // Luật 2003 + Nghị định 91/2017 (achievement year 2022)
const D98 = '2024-12-15'; // Luật 2022 + Nghị định 98/2023 (achievement year 2024)
const D152 = '2025-12-15'; // Luật 2022 + Nghị định 152/2025 (achievement year 2025)
const L22 = 'Luật Thi đua, khen thưởng 2022';
const L03 = 'Luật Thi đua, khen thưởng 2003';
const ALL_DOCS: DocumentType[] = ['bao_cao_thanh_tich', 'xac_nhan_thue_bhxh'];

/** `n` members: the first `ldtt` hold LĐTT, all rated hoàn thành tốt unless changed. */
function members(n: number, ldtt: number, extra: Partial<MemberFacts> & { at?: number } = {}): MemberFacts[] {
  const out: MemberFacts[] = Array.from({ length: n }, (_, i) => ({ codes: i < ldtt ? ['LDTT'] : [], rating: 'tot' as const }));
  if (extra.at !== undefined) {
    const { at, ...rest } = extra;
    out[at] = { ...out[at]!, ...rest, codes: rest.codes ?? out[at]!.codes };
  }
  return out;
}
const unit = (spec: Omit<HistorySpec, 'kind'>): HistorySpec => ({ kind: 'unit', ...spec });
const leads = (year: number): ClusterStanding => ({ year, cluster: 'Cụm thi đua các thành phố lớn', leads: true, note: 'xếp thứ 1/5, được bình chọn dẫn đầu' });
const second = (year: number): ClusterStanding => ({ year, cluster: 'Cụm thi đua các thành phố lớn', leads: false, note: 'xếp thứ 2/5' });
const voted = (code: string, year: number): SameRoundEntry => ({ code, year, voted: true });
const ini = (id: string, year: number, level: 'co_so' | 'bo_tinh' | 'toan_quoc' = 'co_so') => ({ id, year, level });

interface LawCase {
  name: string;
  /** The clause that decides the case. */
  article: string;
  code: string;
  type?: CommendationType;
  date: string;
  year: number;
  spec: HistorySpec;
  sameRound?: SameRoundEntry[];
  clusters?: ClusterStanding[];
  unitYears?: NomineeFacts['unitYears'];
  sector?: string;
  /** Years rated while on maternity leave. */
  leave?: number[];
  /** Labels of 'confirmed' / 'clusterLead' nodes the office confirmed on the nomination. */
  confirm?: string[];
  documents?: DocumentType[];
  expected: 'pass' | 'fail';
  reason: string;
}

function confirmationsFor(c: LawCase): NodeConfirmation[] {
  const out: NodeConfirmation[] = [];
  for (const rule of rulesInForce(RULE_SEED, c.code, c.date, c.type ?? 'thuong_xuyen')) {
    walkRule(rule.condition, (node, path) => {
      if (node.label && c.confirm?.includes(node.label)) out.push({ ruleId: rule.id, path, evidence: 'Biên bản họp Hội đồng', at: c.date });
    });
  }
  return out;
}

function judge(c: LawCase): EligibilityResult {
  const f = facts(c.spec);
  for (const r of f.ratings) if (c.leave?.includes(r.year)) r.leave = 'thai_san';
  if (c.sameRound) f.sameRound = c.sameRound;
  if (c.clusters) f.clusterStandings = c.clusters;
  if (c.unitYears) f.unitYears = c.unitYears;
  if (c.sector) f.sector = c.sector;
  const confirmations = confirmationsFor(c);
  if (c.confirm?.length) expect(confirmations.length, `${c.name}: confirmed labels found`).toBeGreaterThan(0);
  return evaluateEligibility(
    {
      catalogCode: c.code,
      year: c.year,
      date: c.date,
      ...(c.type ? { commendationType: c.type } : {}),
      facts: f,
      documents: c.documents ?? ALL_DOCS,
      confirmations,
    },
    RULE_SEED,
    names,
  );
}

const decidingReasons = (r: EligibilityResult) =>
  r.status === 'fail' ? r.results.filter((x) => x.outcome === 'fail').flatMap((x) => x.messages) : r.results.flatMap((x) => x.messages);

// ---------------------------------------------------------------------------------------------
// Cases
// ---------------------------------------------------------------------------------------------

const CASES: LawCase[] = [
  // Lao động tiên tiến (Điều 24)
  {
    name: 'LĐTT: staff completing tasks well',
    article: `${L22} Điều 24 khoản 1 điểm a`,
    code: 'LDTT',
    date: D152,
    year: 2025,
    spec: { ratings: { 2025: 'tot' } },
    expected: 'pass',
    reason: `${L22} Điều 24 khoản 1 điểm a: Hoàn thành tốt nhiệm vụ trở lên năm 2025`,
  },
  {
    name: 'LĐTT: a mere "hoàn thành" is not enough',
    article: `${L22} Điều 24 khoản 1 điểm a`,
    code: 'LDTT',
    date: D152,
    year: 2025,
    spec: { ratings: { 2025: 'hoan_thanh' } },
    expected: 'fail',
    reason: `${L22} Điều 24 khoản 1 điểm a: Năm 2025: xếp loại Hoàn thành nhiệm vụ`,
  },
  {
    name: 'LĐTT: HTX member with no rating scale, productive work confirmed',
    article: `${L22} Điều 24 khoản 2`,
    code: 'LDTT',
    date: D152,
    year: 2025,
    spec: {},
    confirm: ['Công nhân, nông dân, thành viên HTX: lao động sản xuất có hiệu quả'],
    expected: 'pass',
    reason: `${L22} Điều 24 khoản 2: Lao động sản xuất có hiệu quả`,
  },
  {
    name: 'LĐTT: HTX member, productive work not confirmed',
    article: `${L22} Điều 24`,
    code: 'LDTT',
    date: D152,
    year: 2025,
    spec: {},
    expected: 'fail',
    reason: `${L22} Điều 24 khoản 2: Chưa xác nhận: Lao động sản xuất có hiệu quả`,
  },
  {
    name: 'LĐTT: maternity leave counts as working time',
    article: 'Nghị định 152/2025/NĐ-CP Điều 4',
    code: 'LDTT',
    date: D152,
    year: 2025,
    spec: { ratings: { 2025: 'hoan_thanh' } },
    leave: [2025],
    expected: 'pass',
    reason: 'nghỉ thai sản được tính là thời gian công tác',
  },
  {
    name: 'LĐTT: discipline still in force blocks',
    article: 'Nghị định 152/2025/NĐ-CP Điều 4',
    code: 'LDTT',
    date: D152,
    year: 2025,
    spec: { ratings: { 2025: 'tot' }, disciplines: [{ kind: 'ky_luat', level: 'khien_trach', from: '2025-05-01' }] },
    expected: 'fail',
    reason: 'Nghị định 152/2025/NĐ-CP Điều 4: Bị kỷ luật mức Khiển trách từ 01/05/2025',
  },
  {
    name: 'LĐTT: under inspection blocks',
    article: 'Nghị định 152/2025/NĐ-CP Điều 4',
    code: 'LDTT',
    date: D152,
    year: 2025,
    spec: { ratings: { 2025: 'tot' }, disciplines: [{ kind: 'dieu_tra', from: '2025-11-01' }] },
    expected: 'fail',
    reason: 'Nghị định 152/2025/NĐ-CP Điều 4: Đang bị điều tra, thanh tra',
  },
  {
    name: 'LĐTT: 30/06/2025 is judged by Nghị định 98/2023',
    article: 'Nghị định 98/2023/NĐ-CP Điều 4',
    code: 'LDTT',
    date: '2025-06-30',
    year: 2024,
    spec: { ratings: { 2024: 'tot' }, disciplines: [{ kind: 'khieu_nai', from: '2025-06-01' }] },
    expected: 'fail',
    reason: 'Nghị định 98/2023/NĐ-CP Điều 4: Đang có khiếu nại',
  },
  {
    name: 'LĐTT: 01/07/2025 is judged by Nghị định 152/2025',
    article: 'Nghị định 152/2025/NĐ-CP Điều 4',
    code: 'LDTT',
    date: '2025-07-01',
    year: 2024,
    spec: { ratings: { 2024: 'tot' }, disciplines: [{ kind: 'khieu_nai', from: '2025-06-01' }] },
    expected: 'fail',
    reason: 'Nghị định 152/2025/NĐ-CP Điều 4: Đang có khiếu nại',
  },
  {
    name: 'LĐTT: old law, staff completing tasks well',
    article: `${L03} Điều 24 khoản 1 điểm a`,
    code: 'LDTT',
    date: D91,
    year: 2022,
    spec: { ratings: { 2022: 'tot' } },
    expected: 'pass',
    reason: `${L03} Điều 24 khoản 1 điểm a`,
  },

  // Chiến sĩ thi đua cơ sở (Điều 23)
  {
    name: 'CSTĐCS: LĐTT standard + excellent completion, no initiative needed',
    article: `${L22} Điều 23 khoản 2`,
    code: 'CSTDCS',
    date: D152,
    year: 2025,
    spec: { awards: { 2025: ['LDTT'] }, ratings: { 2025: 'xuat_sac' } },
    expected: 'pass',
    reason: `${L22} Điều 23 khoản 2: Một trong các tiêu chuẩn: đạt điều kiện: Hoàn thành xuất sắc nhiệm vụ`,
  },
  {
    name: 'CSTĐCS: LĐTT standard (by its own rule) + an initiative',
    article: `${L22} Điều 23 khoản 2`,
    code: 'CSTDCS',
    date: D152,
    year: 2025,
    spec: { ratings: { 2025: 'tot' }, initiatives: [ini('s1', 2025)] },
    expected: 'pass',
    reason: `${L22} Điều 23 khoản 2: Một trong các tiêu chuẩn: đạt điều kiện: Sáng kiến được cơ sở công nhận`,
  },
  {
    name: 'CSTĐCS: research project confirmed',
    article: `${L22} Điều 23 khoản 2`,
    code: 'CSTDCS',
    date: D152,
    year: 2025,
    spec: { ratings: { 2025: 'tot' } },
    confirm: ['Đề tài, đề án khoa học, công trình khoa học và công nghệ đã nghiệm thu'],
    expected: 'pass',
    reason: 'đạt điều kiện: Đề tài, đề án khoa học',
  },
  {
    name: 'CSTĐCS: LĐTT standard but none of the three',
    article: `${L22} Điều 23 khoản 2`,
    code: 'CSTDCS',
    date: D152,
    year: 2025,
    spec: { ratings: { 2025: 'tot' } },
    expected: 'fail',
    reason: `${L22} Điều 23 khoản 2: Một trong các tiêu chuẩn: không đạt điều kiện nào`,
  },
  {
    name: 'CSTĐCS: LĐTT voted in the same round, no LĐTT decision',
    article: `${L22} Điều 23 khoản 1`,
    code: 'CSTDCS',
    date: D152,
    year: 2025,
    spec: { initiatives: [ini('s1', 2025)] },
    sameRound: [voted('LDTT', 2025)],
    expected: 'pass',
    reason: `${L22} Điều 23 khoản 1: Đạt tiêu chuẩn Lao động tiên tiến năm 2025 (bình xét trong cùng đợt)`,
  },
  {
    name: 'CSTĐCS: not at LĐTT standard',
    article: `${L22} Điều 23 khoản 1`,
    code: 'CSTDCS',
    date: D152,
    year: 2025,
    spec: { ratings: { 2025: 'hoan_thanh' }, initiatives: [ini('s1', 2025)] },
    expected: 'fail',
    reason: `${L22} Điều 23 khoản 1: Chưa đạt tiêu chuẩn Lao động tiên tiến năm 2025`,
  },
  {
    name: 'CSTĐCS: 31/12/2023, old law needs an initiative',
    article: `${L03} Điều 23 khoản 2`,
    code: 'CSTDCS',
    date: '2023-12-31',
    year: 2023,
    spec: { awards: { 2023: ['LDTT'] }, ratings: { 2023: 'xuat_sac' } },
    expected: 'fail',
    reason: `${L03} Điều 23 khoản 2: Có sáng kiến hoặc đề tài nghiên cứu khoa học: không đạt điều kiện nào`,
  },
  {
    name: 'CSTĐCS: 01/01/2024, new law accepts excellent completion',
    article: `${L22} Điều 23 khoản 2`,
    code: 'CSTDCS',
    date: '2024-01-01',
    year: 2023,
    spec: { awards: { 2023: ['LDTT'] }, ratings: { 2023: 'xuat_sac' } },
    expected: 'pass',
    reason: `${L22} Điều 23 khoản 2: Một trong các tiêu chuẩn: đạt điều kiện: Hoàn thành xuất sắc nhiệm vụ`,
  },
  {
    name: 'CSTĐCS: old law, initiative + LĐTT; the 15% cap is a round check',
    article: 'Nghị định 91/2017/NĐ-CP Điều 9 khoản 3',
    code: 'CSTDCS',
    date: D91,
    year: 2022,
    spec: { awards: { 2022: ['LDTT'] }, initiatives: [ini('s1', 2022)] },
    expected: 'pass',
    reason: 'Nghị định 91/2017/NĐ-CP Điều 9 khoản 3: Xét theo cả đợt: không quá 15%',
  },

  // Chiến sĩ thi đua cấp tỉnh (Điều 22)
  {
    name: 'CSTĐ tỉnh: 3 consecutive CSTĐCS + provincial initiative',
    article: `${L22} Điều 22 khoản 1`,
    code: 'CSTD_TINH',
    date: D152,
    year: 2025,
    spec: { awards: years(2025, 3, ['CSTDCS']), initiatives: [ini('p', 2025, 'bo_tinh')] },
    expected: 'pass',
    reason: `${L22} Điều 22 khoản 1: Đủ 3 năm liên tục Chiến sĩ thi đua cơ sở`,
  },
  {
    name: "CSTĐ tỉnh: this year's CSTĐCS voted in the same round",
    article: `${L22} Điều 22 khoản 1`,
    code: 'CSTD_TINH',
    date: D152,
    year: 2025,
    spec: { awards: { 2023: ['CSTDCS'], 2024: ['CSTDCS'] }, initiatives: [ini('p', 2025, 'bo_tinh')] },
    sameRound: [voted('CSTDCS', 2025)],
    expected: 'pass',
    reason: '2025 (bình xét trong cùng đợt)',
  },
  {
    name: 'CSTĐ tỉnh: a gap breaks the chain',
    article: `${L22} Điều 22 khoản 1`,
    code: 'CSTD_TINH',
    date: D152,
    year: 2025,
    spec: { awards: { 2023: ['CSTDCS'], 2025: ['CSTDCS'] }, initiatives: [ini('p', 2025, 'bo_tinh')] },
    expected: 'fail',
    reason: `${L22} Điều 22 khoản 1: Thiếu năm 2024: chưa có Chiến sĩ thi đua cơ sở`,
  },
  {
    name: 'CSTĐ tỉnh: years used for the last CSTĐ tỉnh do not count again',
    article: `${L22} Điều 5 khoản 2 điểm c`,
    code: 'CSTD_TINH',
    date: D152,
    year: 2025,
    spec: {
      awards: { 2021: ['CSTDCS'], 2022: ['CSTDCS'], 2023: ['CSTDCS', 'CSTD_TINH'], 2024: ['CSTDCS'], 2025: ['CSTDCS'] },
      initiatives: [ini('p', 2025, 'bo_tinh')],
    },
    expected: 'fail',
    reason:
      'Năm 2023 không được tính: năm 2023 trở về trước đã được tính cho Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh năm 2023 (Luật Thi đua, khen thưởng 2022 Điều 5 khoản 2 điểm c)',
  },
  {
    name: 'CSTĐ tỉnh: a served discipline restarts the chain',
    article: 'Nghị định 152/2025/NĐ-CP Điều 4 khoản 4',
    code: 'CSTD_TINH',
    date: D152,
    year: 2025,
    spec: {
      awards: years(2025, 3, ['CSTDCS']),
      initiatives: [ini('p', 2025, 'bo_tinh')],
      disciplines: [{ kind: 'ky_luat', level: 'khien_trach', from: '2023-03-01', to: '2024-03-01' }],
    },
    expected: 'fail',
    reason: 'thành tích chỉ tính từ sau khi chấp hành xong kỷ luật năm 2024 (Nghị định 152/2025/NĐ-CP Điều 4 khoản 4)',
  },
  {
    name: "CSTĐ tỉnh (Nghị định 98/2023): a served discipline restarts the chain, citing that period's decree",
    article: 'Nghị định 98/2023/NĐ-CP Điều 4',
    code: 'CSTD_TINH',
    date: D98,
    year: 2024,
    spec: {
      awards: years(2024, 3, ['CSTDCS']),
      initiatives: [ini('p', 2024, 'bo_tinh')],
      disciplines: [{ kind: 'ky_luat', level: 'khien_trach', from: '2022-03-01', to: '2023-03-01' }],
    },
    expected: 'fail',
    reason: 'thành tích chỉ tính từ sau khi chấp hành xong kỷ luật năm 2023 (Nghị định 98/2023/NĐ-CP Điều 4)',
  },
  {
    name: 'CSTĐ tỉnh (old law): years used for the last CSTĐ tỉnh do not count again, citing Nghị định 91/2017',
    article: 'Nghị định 91/2017/NĐ-CP Điều 3',
    code: 'CSTD_TINH',
    date: D91,
    year: 2022,
    spec: { awards: { 2020: ['CSTDCS', 'CSTD_TINH'], 2021: ['CSTDCS'], 2022: ['CSTDCS'] }, initiatives: [ini('p', 2022, 'bo_tinh')] },
    expected: 'fail',
    reason: 'năm 2020 trở về trước đã được tính cho Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh năm 2020 (Nghị định 91/2017/NĐ-CP Điều 3)',
  },
  {
    name: 'CSTĐ tỉnh: a đột xuất CSTĐCS does not count in the chain',
    article: 'Nghị định 152/2025/NĐ-CP Điều 4',
    code: 'CSTD_TINH',
    date: D152,
    year: 2025,
    spec: { awards: { 2023: ['CSTDCS'], 2024: [['CSTDCS', 'dot_xuat']], 2025: ['CSTDCS'] }, initiatives: [ini('p', 2025, 'bo_tinh')] },
    expected: 'fail',
    reason: 'khen thưởng đột xuất năm 2024 không tính vào chuỗi thành tích',
  },
  {
    name: 'CSTĐ tỉnh: a chuyên đề award does not count in the chain',
    article: 'Nghị định 152/2025/NĐ-CP Điều 4',
    code: 'CSTD_TINH',
    date: D152,
    year: 2025,
    spec: { awards: { 2023: [['CSTDCS', 'chuyen_de']], 2024: ['CSTDCS'], 2025: ['CSTDCS'] }, initiatives: [ini('p', 2025, 'bo_tinh')] },
    expected: 'fail',
    reason: 'khen thưởng theo đợt, chuyên đề năm 2023 không tính vào chuỗi thành tích',
  },
  {
    name: 'CSTĐ tỉnh: a grassroots initiative is not of provincial scope',
    article: `${L22} Điều 22 khoản 2`,
    code: 'CSTD_TINH',
    date: D152,
    year: 2025,
    spec: { awards: years(2025, 3, ['CSTDCS']), initiatives: [ini('c', 2025)] },
    expected: 'fail',
    reason: `${L22} Điều 22 khoản 2: Cần 1 sáng kiến, đề tài cấp bộ, ban, ngành, tỉnh trở lên`,
  },

  // Chiến sĩ thi đua toàn quốc (Điều 21)
  {
    name: 'CSTĐ toàn quốc: two consecutive CSTĐ tỉnh (2022, 2025)',
    article: `${L22} Điều 21 khoản 1`,
    code: 'CSTD_TQ',
    date: D152,
    year: 2025,
    spec: { awards: { 2022: ['CSTD_TINH'], 2025: ['CSTD_TINH'] }, initiatives: [ini('n', 2025, 'toan_quoc')] },
    expected: 'pass',
    reason: `${L22} Điều 21 khoản 1: Đủ 2 lần liên tục Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh`,
  },
  {
    name: 'CSTĐ toàn quốc: two CSTĐ tỉnh not consecutive (2020, 2025)',
    article: `${L22} Điều 21 khoản 1`,
    code: 'CSTD_TQ',
    date: D152,
    year: 2025,
    spec: { awards: { 2020: ['CSTD_TINH'], 2025: ['CSTD_TINH'] }, initiatives: [ini('n', 2025, 'toan_quoc')] },
    expected: 'fail',
    reason: `${L22} Điều 21 khoản 1: Thiếu năm 2022`,
  },
  {
    name: 'CSTĐ toàn quốc: nominated the year after the second CSTĐ tỉnh',
    article: `${L22} Điều 21 khoản 1`,
    code: 'CSTD_TQ',
    date: '2026-12-15',
    year: 2026,
    spec: { awards: { 2022: ['CSTD_TINH'], 2025: ['CSTD_TINH'] }, initiatives: [ini('n', 2025, 'toan_quoc')] },
    expected: 'pass',
    reason: 'Đủ 2 lần liên tục',
  },
  {
    name: 'CSTĐ toàn quốc: no national-scope initiative',
    article: `${L22} Điều 21 khoản 2`,
    code: 'CSTD_TQ',
    date: D152,
    year: 2025,
    spec: { awards: { 2022: ['CSTD_TINH'], 2025: ['CSTD_TINH'] }, initiatives: [ini('p', 2025, 'bo_tinh')] },
    expected: 'fail',
    reason: `${L22} Điều 21 khoản 2: Cần 1 sáng kiến, đề tài toàn quốc`,
  },

  // Tập thể lao động tiên tiến (Điều 28)
  {
    name: 'TTLĐTT: exactly 70% LĐTT',
    article: `${L22} Điều 28 khoản 1 điểm c`,
    code: 'TTLDTT',
    date: D152,
    year: 2025,
    spec: unit({ ratings: { 2025: 'tot' }, members: members(10, 7) }),
    expected: 'pass',
    reason: `${L22} Điều 28 khoản 1 điểm c: Năm 2025: 7/10 thành viên (70%)`,
  },
  {
    name: 'TTLĐTT: 69% LĐTT',
    article: `${L22} Điều 28 khoản 1 điểm c`,
    code: 'TTLDTT',
    date: D152,
    year: 2025,
    spec: unit({ ratings: { 2025: 'tot' }, members: members(100, 69) }),
    expected: 'fail',
    reason: `${L22} Điều 28 khoản 1 điểm c: Năm 2025: chỉ 69/100 thành viên (69%) đạt Lao động tiên tiến hoặc Chiến sĩ thi đua cơ sở, cần từ 70%`,
  },
  {
    name: 'TTLĐTT: a member disciplined at cảnh cáo',
    article: `${L22} Điều 28 khoản 1 điểm c`,
    code: 'TTLDTT',
    date: D152,
    year: 2025,
    spec: unit({ ratings: { 2025: 'tot' }, members: members(10, 8, { at: 9, disciplineLevel: 'canh_cao' }) }),
    expected: 'fail',
    reason: `${L22} Điều 28 khoản 1 điểm c: Năm 2025: có 1 thành viên bị kỷ luật từ mức cảnh cáo trở lên`,
  },
  {
    name: 'TTLĐTT: old law, exactly 50% is not "more than 50%"',
    article: `${L03} Điều 28 khoản 1 điểm c`,
    code: 'TTLDTT',
    date: D91,
    year: 2022,
    spec: unit({ ratings: { 2022: 'tot' }, members: members(10, 5) }),
    expected: 'fail',
    reason: `${L03} Điều 28 khoản 1 điểm c: Năm 2022: chỉ 5/10 thành viên (50%) đạt Lao động tiên tiến hoặc Chiến sĩ thi đua cơ sở, cần trên 50%`,
  },
  {
    name: 'TTLĐTT: old law, 6 of 10 is more than 50%',
    article: `${L03} Điều 28 khoản 1 điểm c`,
    code: 'TTLDTT',
    date: D91,
    year: 2022,
    spec: unit({ ratings: { 2022: 'tot' }, members: members(10, 6) }),
    expected: 'pass',
    reason: `${L03} Điều 28 khoản 1 điểm c: Năm 2022: 6/10 thành viên (60%)`,
  },
  {
    name: 'TTLĐTT: 31/12/2023, 60% passes the old law',
    article: `${L03} Điều 28 khoản 1 điểm c`,
    code: 'TTLDTT',
    date: '2023-12-31',
    year: 2023,
    spec: unit({ ratings: { 2023: 'tot' }, members: members(10, 6) }),
    expected: 'pass',
    reason: `${L03} Điều 28 khoản 1 điểm c: Năm 2023: 6/10 thành viên (60%)`,
  },
  {
    name: 'TTLĐTT: 01/01/2024, 60% fails the new law',
    article: `${L22} Điều 28 khoản 1 điểm c`,
    code: 'TTLDTT',
    date: '2024-01-01',
    year: 2023,
    spec: unit({ ratings: { 2023: 'tot' }, members: members(10, 6) }),
    expected: 'fail',
    reason: `${L22} Điều 28 khoản 1 điểm c: Năm 2023: chỉ 6/10 thành viên (60%)`,
  },

  // Tập thể lao động xuất sắc (Điều 27)
  {
    name: 'TTLĐXS: excellent, 100% complete, 70% LĐTT, one CSTĐCS',
    article: `${L22} Điều 27 khoản 4`,
    code: 'TTLDXS',
    date: D152,
    year: 2025,
    spec: unit({ ratings: { 2025: 'xuat_sac' }, members: members(10, 7, { at: 0, codes: ['LDTT', 'CSTDCS'] }) }),
    expected: 'pass',
    reason: `${L22} Điều 27 khoản 4: Năm 2025: 1/10 thành viên (10%) đạt Chiến sĩ thi đua cơ sở`,
  },
  {
    name: 'TTLĐXS: a member voted CSTĐCS in the same round counts',
    article: `${L22} Điều 27 khoản 4`,
    code: 'TTLDXS',
    date: D152,
    year: 2025,
    spec: unit({ ratings: { 2025: 'xuat_sac' }, members: members(10, 6, { at: 9, codes: ['CSTDCS'] }) }),
    expected: 'pass',
    reason: `${L22} Điều 27 khoản 3: Năm 2025: 7/10 thành viên (70%)`,
  },
  {
    name: 'TTLĐXS: no member at CSTĐCS',
    article: `${L22} Điều 27 khoản 4`,
    code: 'TTLDXS',
    date: D152,
    year: 2025,
    spec: unit({ ratings: { 2025: 'xuat_sac' }, members: members(10, 8) }),
    expected: 'fail',
    reason: `${L22} Điều 27 khoản 4: Năm 2025: có 0 thành viên đạt Chiến sĩ thi đua cơ sở, cần ít nhất 1`,
  },
  {
    name: 'TTLĐXS: a member who did not complete tasks',
    article: `${L22} Điều 27 khoản 3`,
    code: 'TTLDXS',
    date: D152,
    year: 2025,
    spec: unit({ ratings: { 2025: 'xuat_sac' }, members: members(10, 8, { at: 9, rating: 'khong_hoan_thanh', codes: ['CSTDCS'] }) }),
    expected: 'fail',
    reason: `${L22} Điều 27 khoản 3: Năm 2025: chỉ 9/10 thành viên (90%) đạt xếp loại Hoàn thành nhiệm vụ trở lên, cần từ 100%`,
  },
  {
    name: 'TTLĐXS: 2022 law has no discipline bar',
    article: `${L22} Điều 27`,
    code: 'TTLDXS',
    date: D152,
    year: 2025,
    spec: unit({ ratings: { 2025: 'xuat_sac' }, members: members(10, 8, { at: 0, codes: ['LDTT', 'CSTDCS'], disciplineLevel: 'canh_cao' }) }),
    expected: 'pass',
    reason: `${L22} Điều 27 khoản 1: Hoàn thành xuất sắc nhiệm vụ trở lên năm 2025`,
  },
  {
    name: 'TTLĐXS: old law barred a member disciplined at cảnh cáo',
    article: `${L03} Điều 27 khoản 1 điểm d`,
    code: 'TTLDXS',
    date: D91,
    year: 2022,
    spec: unit({ ratings: { 2022: 'xuat_sac' }, members: members(10, 8, { at: 0, codes: ['LDTT', 'CSTDCS'], disciplineLevel: 'canh_cao' }) }),
    expected: 'fail',
    reason: `${L03} Điều 27 khoản 1 điểm d: Năm 2022: có 1 thành viên bị kỷ luật từ mức cảnh cáo trở lên`,
  },

  // Cờ thi đua cấp tỉnh, của Liên minh HTX Việt Nam (Điều 26)
  {
    name: 'Cờ tỉnh: leads its cluster (cluster ranking) and excellent',
    article: `${L22} Điều 26 khoản 1`,
    code: 'CO_TINH',
    date: D152,
    year: 2025,
    spec: unit({ ratings: { 2025: 'xuat_sac' } }),
    clusters: [leads(2025)],
    expected: 'pass',
    reason: `${L22} Điều 26 khoản 1: Dẫn đầu Cụm thi đua các thành phố lớn năm 2025 (xếp thứ 1/5, được bình chọn dẫn đầu)`,
  },
  {
    name: 'Cờ tỉnh: no cluster result entered',
    article: `${L22} Điều 26 khoản 1`,
    code: 'CO_TINH',
    date: D152,
    year: 2025,
    spec: unit({ ratings: { 2025: 'xuat_sac' } }),
    expected: 'fail',
    reason: `${L22} Điều 26 khoản 1: Chưa có kết quả cụm, khối thi đua năm 2025`,
  },
  {
    name: 'Cờ tỉnh: second in its cluster',
    article: `${L22} Điều 26 khoản 1`,
    code: 'CO_TINH',
    date: D152,
    year: 2025,
    spec: unit({ ratings: { 2025: 'xuat_sac' } }),
    clusters: [second(2025)],
    expected: 'fail',
    reason: `${L22} Điều 26 khoản 1: Năm 2025 không dẫn đầu Cụm thi đua các thành phố lớn (xếp thứ 2/5)`,
  },
  {
    name: 'Cờ tỉnh: leadership entered with its evidence',
    article: `${L22} Điều 26 khoản 1`,
    code: 'CO_TINH',
    date: D152,
    year: 2025,
    spec: unit({ ratings: { 2025: 'xuat_sac' } }),
    confirm: ['Dẫn đầu cụm, khối thi đua'],
    expected: 'pass',
    reason: `${L22} Điều 26 khoản 1: Dẫn đầu cụm, khối thi đua năm 2025: Biên bản họp Hội đồng`,
  },
  {
    name: 'Cờ Liên minh HTX VN: thematic movement of 3+ years',
    article: `${L22} Điều 26 khoản 2`,
    code: 'CO_LMVN',
    date: D152,
    year: 2025,
    spec: unit({}),
    confirm: ['Dẫn đầu phong trào thi đua theo chuyên đề từ 03 năm trở lên'],
    expected: 'pass',
    reason: `${L22} Điều 26 khoản 2: Tập thể dẫn đầu phong trào thi đua theo chuyên đề`,
  },
  {
    name: 'Cờ tỉnh: a chuyên đề nomination is judged by khoản 2',
    article: `${L22} Điều 26 khoản 2`,
    code: 'CO_TINH',
    type: 'chuyen_de',
    date: D152,
    year: 2025,
    spec: unit({}),
    expected: 'fail',
    reason: `${L22} Điều 26 khoản 2: Chưa xác nhận: Tập thể dẫn đầu phong trào thi đua theo chuyên đề`,
  },

  // Cờ thi đua của Chính phủ (Điều 25)
  {
    name: 'Cờ Chính phủ: holds Cờ tỉnh of the year and excellent',
    article: `${L22} Điều 25 khoản 1`,
    code: 'CO_CP',
    date: D152,
    year: 2025,
    spec: unit({ awards: { 2025: ['CO_TINH'] }, ratings: { 2025: 'xuat_sac' } }),
    expected: 'pass',
    reason: `${L22} Điều 25 khoản 1: Đạt tiêu chuẩn Cờ thi đua cấp bộ, ban, ngành, tỉnh năm 2025 (đã được công nhận)`,
  },
  {
    name: 'Cờ Chính phủ: Cờ of Liên minh HTX VN voted in the same round counts',
    article: `${L22} Điều 25 khoản 1`,
    code: 'CO_CP',
    date: D152,
    year: 2025,
    spec: unit({ ratings: { 2025: 'xuat_sac' } }),
    sameRound: [voted('CO_LMVN', 2025)],
    expected: 'pass',
    reason: 'Đạt tiêu chuẩn Cờ thi đua của Liên minh HTX Việt Nam năm 2025 (bình xét trong cùng đợt)',
  },
  {
    name: 'Cờ Chính phủ: not among the cluster leaders',
    article: `${L22} Điều 25`,
    code: 'CO_CP',
    date: D152,
    year: 2025,
    spec: unit({ ratings: { 2025: 'xuat_sac' } }),
    clusters: [second(2025)],
    expected: 'fail',
    reason: `${L22} Điều 25: Một trong các trường hợp: không đạt điều kiện nào`,
  },
  {
    name: 'Cờ Chính phủ: old law, 20% cap as a round check',
    article: 'Nghị định 91/2017/NĐ-CP Điều 11 khoản 1',
    code: 'CO_CP',
    date: D91,
    year: 2022,
    spec: unit({ awards: { 2022: ['CO_TINH'] }, ratings: { 2022: 'xuat_sac' } }),
    expected: 'pass',
    reason: 'Nghị định 91/2017/NĐ-CP Điều 11 khoản 1: Xét theo cả đợt: không quá 20%',
  },

  // Giấy khen (Điều 75)
  {
    name: 'Giấy khen cá nhân: completes tasks well',
    article: `${L22} Điều 75 khoản 1`,
    code: 'GK_CN',
    date: D152,
    year: 2025,
    spec: { ratings: { 2025: 'tot' } },
    expected: 'pass',
    reason: `${L22} Điều 75 khoản 1: Một trong các tiêu chuẩn: đạt điều kiện: Hoàn thành tốt nhiệm vụ`,
  },
  {
    name: 'Giấy khen tập thể: only "hoàn thành"',
    article: `${L22} Điều 75 khoản 2`,
    code: 'GK_TT',
    date: D152,
    year: 2025,
    spec: unit({ ratings: { 2025: 'hoan_thanh' } }),
    expected: 'fail',
    reason: `${L22} Điều 75 khoản 2: Một trong các tiêu chuẩn: không đạt điều kiện nào`,
  },
  {
    name: 'Giấy khen đột xuất: confirmed sudden achievement',
    article: `${L22} Điều 75 khoản 1`,
    code: 'GK_CN',
    type: 'dot_xuat',
    date: D152,
    year: 2025,
    spec: {},
    confirm: ['Lập được thành tích đột xuất'],
    expected: 'pass',
    reason: `${L22} Điều 75 khoản 1: Lập được thành tích đột xuất: Biên bản họp Hội đồng`,
  },
  {
    name: 'Giấy khen đột xuất: not confirmed',
    article: `${L22} Điều 75 khoản 2`,
    code: 'GK_TT',
    type: 'dot_xuat',
    date: D152,
    year: 2025,
    spec: unit({ ratings: { 2025: 'xuat_sac' } }),
    expected: 'fail',
    reason: `${L22} Điều 75 khoản 2: Chưa xác nhận: Lập được thành tích đột xuất`,
  },

  // Bằng khen cấp tỉnh / Liên minh HTX Việt Nam, cá nhân (Điều 74 khoản 1)
  {
    name: 'Bằng khen tỉnh: điểm d by 2 consecutive CSTĐCS + 2 initiatives',
    article: `${L22} Điều 74 khoản 1 điểm d`,
    code: 'BK_TINH_CN',
    date: D152,
    year: 2025,
    spec: { awards: { 2024: ['CSTDCS'], 2025: ['CSTDCS'] }, initiatives: [ini('a', 2024), ini('b', 2025)] },
    expected: 'pass',
    reason: `${L22} Điều 74 khoản 1 điểm d: 02 lần liên tục Chiến sĩ thi đua cơ sở hoặc 02 năm liên tục hoàn thành xuất sắc nhiệm vụ: đạt điều kiện: 02 lần liên tục Chiến sĩ thi đua cơ sở`,
  },
  {
    name: 'Bằng khen tỉnh: điểm d by 2 excellent years without CSTĐCS',
    article: `${L22} Điều 74 khoản 1 điểm d`,
    code: 'BK_TINH_CN',
    date: D152,
    year: 2025,
    spec: { ratings: years(2025, 2, 'xuat_sac'), initiatives: [ini('a', 2024), ini('b', 2025)] },
    expected: 'pass',
    reason: 'đạt điều kiện: 02 năm liên tục hoàn thành xuất sắc nhiệm vụ',
  },
  {
    name: 'Bằng khen tỉnh: điểm d with only one initiative',
    article: `${L22} Điều 74 khoản 1`,
    code: 'BK_TINH_CN',
    date: D152,
    year: 2025,
    spec: { awards: { 2024: ['CSTDCS'], 2025: ['CSTDCS'] }, initiatives: [ini('a', 2025)] },
    expected: 'fail',
    reason: `${L22} Điều 74 khoản 1 điểm d: Cần 2 sáng kiến, đề tài cấp cơ sở trở lên được công nhận trong 2024–2025, có 1`,
  },
  {
    name: 'Bằng khen tỉnh: điểm a, excellent in a provincial movement (confirmed)',
    article: `${L22} Điều 74 khoản 1 điểm a`,
    code: 'BK_TINH_CN',
    date: D152,
    year: 2025,
    spec: {},
    confirm: ['Thành tích xuất sắc được bình xét trong phong trào thi đua do bộ, ban, ngành, tỉnh phát động'],
    expected: 'pass',
    reason: `${L22} Điều 74 khoản 1 điểm a: Có thành tích xuất sắc được bình xét trong phong trào thi đua`,
  },
  {
    name: 'Bằng khen tỉnh: years used by the last Bằng khen do not count again',
    article: `${L22} Điều 5 khoản 2 điểm c`,
    code: 'BK_TINH_CN',
    date: D152,
    year: 2025,
    spec: {
      awards: { 2023: ['CSTDCS'], 2024: ['CSTDCS', 'BK_TINH_CN'], 2025: ['CSTDCS'] },
      ratings: years(2025, 3, 'xuat_sac'),
      initiatives: [ini('a', 2024), ini('b', 2025)],
    },
    expected: 'fail',
    reason:
      'Năm 2024 không được tính: năm 2024 trở về trước đã được tính cho Bằng khen của Chủ tịch UBND tỉnh (cá nhân) hoặc Bằng khen của Liên minh HTX Việt Nam (cá nhân) năm 2024',
  },
  {
    name: 'Bằng khen Liên minh HTX VN (cá nhân): same standard as a ban, ngành',
    article: `${L22} Điều 74 khoản 1 điểm d`,
    code: 'BK_LMVN_CN',
    date: D152,
    year: 2025,
    spec: { awards: { 2024: ['CSTDCS'], 2025: ['CSTDCS'] }, initiatives: [ini('a', 2024), ini('b', 2025)] },
    expected: 'pass',
    reason: `${L22} Điều 74 khoản 1 điểm d`,
  },
  {
    name: 'Bằng khen đột xuất: judged by điểm b, not by the chain',
    article: `${L22} Điều 74 khoản 1 điểm b`,
    code: 'BK_TINH_CN',
    type: 'dot_xuat',
    date: D152,
    year: 2025,
    spec: {},
    confirm: ['Thành tích đột xuất'],
    expected: 'pass',
    reason: `${L22} Điều 74 khoản 1 điểm b: Lập được thành tích đột xuất`,
  },
  {
    name: 'Bằng khen đột xuất: a full chain does not replace the đột xuất standard',
    article: `${L22} Điều 74 khoản 1 điểm b`,
    code: 'BK_TINH_CN',
    type: 'dot_xuat',
    date: D152,
    year: 2025,
    spec: { awards: { 2024: ['CSTDCS'], 2025: ['CSTDCS'] }, initiatives: [ini('a', 2024), ini('b', 2025)] },
    expected: 'fail',
    reason: `${L22} Điều 74 khoản 1 điểm b: Chưa xác nhận: Lập được thành tích đột xuất`,
  },
  {
    name: 'Bằng khen chuyên đề: achievement in a movement (confirmed)',
    article: `${L22} Điều 74 khoản 1 điểm a`,
    code: 'BK_LMVN_CN',
    type: 'chuyen_de',
    date: D152,
    year: 2025,
    spec: {},
    confirm: ['Thành tích trong phong trào thi đua'],
    expected: 'pass',
    reason: `${L22} Điều 74 khoản 1 điểm a: Có thành tích xuất sắc được bình xét trong phong trào thi đua theo đợt, chuyên đề`,
  },

  // Bằng khen tập thể (Điều 74 khoản 2)
  {
    name: 'Bằng khen tỉnh (tập thể): 2 consecutive excellent years',
    article: `${L22} Điều 74 khoản 2`,
    code: 'BK_TINH_TT',
    date: D152,
    year: 2025,
    spec: unit({ ratings: years(2025, 2, 'xuat_sac') }),
    expected: 'pass',
    reason: 'đạt điều kiện: 02 năm liên tục hoàn thành xuất sắc nhiệm vụ',
  },
  {
    name: 'Bằng khen tỉnh (tập thể): Tập thể lao động xuất sắc',
    article: `${L22} Điều 74 khoản 2`,
    code: 'BK_TINH_TT',
    date: D152,
    year: 2025,
    spec: unit({ awards: { 2025: ['TTLDXS'] }, ratings: { 2025: 'xuat_sac' } }),
    expected: 'pass',
    reason: 'đạt điều kiện: Đạt Tập thể lao động xuất sắc',
  },
  {
    name: 'Bằng khen tỉnh (tập thể): one excellent year, not TTLĐXS',
    article: `${L22} Điều 74 khoản 2`,
    code: 'BK_TINH_TT',
    date: D152,
    year: 2025,
    spec: unit({ ratings: { 2025: 'xuat_sac' } }),
    expected: 'fail',
    reason: `${L22} Điều 74 khoản 2: Một trong các tiêu chuẩn: không đạt điều kiện nào`,
  },
  {
    name: 'Bằng khen Liên minh HTX VN (tập thể) đột xuất',
    article: `${L22} Điều 74 khoản 2`,
    code: 'BK_LMVN_TT',
    type: 'dot_xuat',
    date: D152,
    year: 2025,
    spec: unit({}),
    confirm: ['Thành tích đột xuất'],
    expected: 'pass',
    reason: `${L22} Điều 74 khoản 2: Lập được thành tích đột xuất`,
  },

  // Bằng khen Thủ tướng (Điều 73)
  {
    name: 'Bằng khen Thủ tướng: Bằng khen tỉnh + 5 years tốt with 3 CSTĐCS',
    article: `${L22} Điều 73 khoản 1 điểm b`,
    code: 'BK_TTG_CN',
    date: D152,
    year: 2025,
    spec: { awards: { 2020: ['BK_TINH_CN'], 2021: ['CSTDCS'], 2023: ['CSTDCS'], 2025: ['CSTDCS'] }, ratings: years(2025, 5, 'tot') },
    expected: 'pass',
    reason: `${L22} Điều 73 khoản 1 điểm b: Có 3 lần Chiến sĩ thi đua cơ sở`,
  },
  {
    name: 'Bằng khen Thủ tướng: the Bằng khen of Liên minh HTX VN counts as a ban, ngành one',
    article: `${L22} Điều 73 khoản 1 điểm b`,
    code: 'BK_TTG_CN',
    date: D152,
    year: 2025,
    spec: { awards: { 2019: ['BK_LMVN_CN'], 2021: ['CSTDCS'], 2023: ['CSTDCS'], 2025: ['CSTDCS'] }, ratings: years(2025, 5, 'tot') },
    expected: 'pass',
    reason: 'Đã có Bằng khen của Chủ tịch UBND tỉnh (cá nhân) hoặc Bằng khen của Liên minh HTX Việt Nam (cá nhân) (năm 2019)',
  },
  {
    name: 'Bằng khen Thủ tướng: only 2 CSTĐCS in the 5 years',
    article: `${L22} Điều 73 khoản 1 điểm b`,
    code: 'BK_TTG_CN',
    date: D152,
    year: 2025,
    spec: { awards: { 2020: ['BK_TINH_CN'], 2021: ['CSTDCS'], 2025: ['CSTDCS'] }, ratings: years(2025, 5, 'tot') },
    expected: 'fail',
    reason: `${L22} Điều 73 khoản 1 điểm b: Chỉ có 2/3 lần Chiến sĩ thi đua cơ sở trong 2021–2025`,
  },
  {
    name: 'Bằng khen Thủ tướng: no Bằng khen of a bộ, ngành, tỉnh',
    article: `${L22} Điều 73 khoản 1 điểm b`,
    code: 'BK_TTG_CN',
    date: D152,
    year: 2025,
    spec: { awards: { 2021: ['CSTDCS'], 2023: ['CSTDCS'], 2025: ['CSTDCS'] }, ratings: years(2025, 5, 'tot') },
    expected: 'fail',
    reason: `${L22} Điều 73 khoản 1 điểm b: Chưa có Bằng khen`,
  },
  {
    name: 'Bằng khen Thủ tướng (tập thể): Bằng khen tỉnh + 5 excellent years',
    article: `${L22} Điều 73 khoản 2`,
    code: 'BK_TTG_TT',
    date: D152,
    year: 2025,
    spec: unit({ awards: { 2020: ['BK_TINH_TT'] }, ratings: years(2025, 5, 'xuat_sac') }),
    expected: 'pass',
    reason: `${L22} Điều 73 khoản 2: Hoàn thành xuất sắc nhiệm vụ trở lên 5 năm liên tục`,
  },

  // Huân chương Lao động (Điều 44, 43, 42)
  {
    name: 'HCLĐ hạng Ba (cá nhân): BK Thủ tướng + 5 years + 3 CSTĐCS + an excellent year',
    article: `${L22} Điều 44 khoản 1 điểm e`,
    code: 'HCLD3_CN',
    date: D152,
    year: 2025,
    spec: { awards: { 2020: ['BK_TTG_CN'], 2021: ['CSTDCS'], 2023: ['CSTDCS'], 2025: ['CSTDCS'] }, ratings: years(2025, 5, 'tot') },
    confirm: ['Ít nhất 01 năm hoàn thành xuất sắc nhiệm vụ trong thời gian đó'],
    expected: 'pass',
    reason: `${L22} Điều 44 khoản 1 điểm e: Có 3 lần Chiến sĩ thi đua cơ sở`,
  },
  {
    name: 'HCLĐ hạng Ba (cá nhân): the excellent year not confirmed',
    article: `${L22} Điều 44 khoản 1 điểm e`,
    code: 'HCLD3_CN',
    date: D152,
    year: 2025,
    spec: { awards: { 2020: ['BK_TTG_CN'], 2021: ['CSTDCS'], 2023: ['CSTDCS'], 2025: ['CSTDCS'] }, ratings: years(2025, 5, 'tot') },
    expected: 'fail',
    reason: `${L22} Điều 44 khoản 1 điểm e: Chưa xác nhận: Trong 05 năm đó có ít nhất 01 năm`,
  },
  {
    name: 'HCLĐ hạng Ba (cá nhân): years before the BK Thủ tướng do not count',
    article: `${L22} Điều 44 khoản 1 điểm e`,
    code: 'HCLD3_CN',
    date: D152,
    year: 2025,
    spec: { awards: { 2022: ['BK_TTG_CN'], 2021: ['CSTDCS'], 2023: ['CSTDCS'], 2025: ['CSTDCS'] }, ratings: years(2025, 5, 'tot') },
    confirm: ['Ít nhất 01 năm hoàn thành xuất sắc nhiệm vụ trong thời gian đó'],
    expected: 'fail',
    reason: `${L22} Điều 44 khoản 1 điểm e: Năm 2021 không được tính`,
  },
  {
    name: 'HCLĐ hạng Nhì (cá nhân): hạng Ba + 5 years (other achievements confirmed)',
    article: `${L22} Điều 43 khoản 1`,
    code: 'HCLD2_CN',
    date: D152,
    year: 2025,
    spec: { awards: { 2020: ['HCLD3_CN'] }, ratings: years(2025, 5, 'tot') },
    confirm: ['Các thành tích khác trong thời gian đó theo văn bản (cần đối chiếu)'],
    expected: 'pass',
    reason: `${L22} Điều 43 khoản 1: Đã có Huân chương Lao động hạng Ba (cá nhân)`,
  },
  {
    name: 'HCLĐ hạng Nhất (cá nhân): no hạng Nhì',
    article: `${L22} Điều 42 khoản 1`,
    code: 'HCLD1_CN',
    date: D152,
    year: 2025,
    spec: { ratings: years(2025, 5, 'tot') },
    expected: 'fail',
    reason: `${L22} Điều 42 khoản 1: Chưa có Huân chương Lao động hạng Nhì (cá nhân)`,
  },
  {
    name: 'HCLĐ hạng Ba (tập thể): BK Thủ tướng + 5 excellent years + a Cờ tỉnh',
    article: `${L22} Điều 44 (tập thể)`,
    code: 'HCLD3_TT',
    date: D152,
    year: 2025,
    spec: unit({ awards: { 2020: ['BK_TTG_TT'], 2023: ['CO_TINH'] }, ratings: years(2025, 5, 'xuat_sac') }),
    expected: 'pass',
    reason: `${L22} Điều 44 (tập thể): Có 1 lần Cờ thi đua cấp bộ, ban, ngành, tỉnh hoặc Cờ thi đua của Liên minh HTX Việt Nam trong 2021–2025`,
  },
  {
    name: 'HCLĐ hạng Ba (tập thể): no flag nor 2 Bằng khen in the 5 years',
    article: `${L22} Điều 44 (tập thể)`,
    code: 'HCLD3_TT',
    date: D152,
    year: 2025,
    spec: unit({ awards: { 2020: ['BK_TTG_TT'], 2022: ['BK_TINH_TT'] }, ratings: years(2025, 5, 'xuat_sac') }),
    expected: 'fail',
    reason: `${L22} Điều 44 (tập thể): Chỉ có 1/2 lần Bằng khen của Chủ tịch UBND tỉnh (tập thể) hoặc Bằng khen của Liên minh HTX Việt Nam (tập thể)`,
  },
  {
    name: 'HCLĐ hạng Nhì (tập thể): hạng Ba + 5 excellent years + a Cờ Chính phủ',
    article: `${L22} Điều 43 (tập thể)`,
    code: 'HCLD2_TT',
    date: D152,
    year: 2025,
    spec: unit({ awards: { 2020: ['HCLD3_TT'], 2024: ['CO_CP'] }, ratings: years(2025, 5, 'xuat_sac') }),
    expected: 'pass',
    reason: `${L22} Điều 43 (tập thể): Có 1 lần Cờ thi đua của Chính phủ`,
  },
  {
    name: 'HCLĐ hạng Nhất (tập thể): a year that is not excellent',
    article: `${L22} Điều 42 (tập thể)`,
    code: 'HCLD1_TT',
    date: D152,
    year: 2025,
    spec: unit({
      awards: { 2020: ['HCLD2_TT'], 2022: ['CO_TINH'], 2023: ['CO_TINH'], 2024: ['CO_TINH'] },
      ratings: { ...years(2025, 5, 'xuat_sac'), 2023: 'tot' },
    }),
    expected: 'fail',
    reason: `${L22} Điều 42 (tập thể): Năm 2023: xếp loại Hoàn thành tốt nhiệm vụ, cần Hoàn thành xuất sắc nhiệm vụ trở lên`,
  },

  // Ngôi sao HTX (Liên minh HTX Việt Nam)
  {
    name: 'Ngôi sao HTX: agriculture exactly at the thresholds',
    article: 'Quy chế Ngôi sao Hợp tác xã',
    code: 'NGOI_SAO_HTX',
    date: D152,
    year: 2025,
    spec: unit({}),
    sector: 'nong_nghiep',
    unitYears: [{ year: 2025, revenue: 1_500_000_000, profit: 100_000_000, avgIncome: 2_500_000 }],
    expected: 'pass',
    reason: 'đạt điều kiện: HTX nông nghiệp',
  },
  {
    name: 'Ngôi sao HTX: agriculture profit below 100 triệu',
    article: 'Quy chế Ngôi sao Hợp tác xã',
    code: 'NGOI_SAO_HTX',
    date: D152,
    year: 2025,
    spec: unit({}),
    sector: 'nong_nghiep',
    unitYears: [{ year: 2025, revenue: 2_000_000_000, profit: 99_000_000, avgIncome: 3_000_000 }],
    expected: 'fail',
    reason: 'Năm 2025: lợi nhuận',
  },
  {
    name: 'Ngôi sao HTX: non-agriculture revenue 6 tỷ and rising',
    article: 'Quy chế Ngôi sao Hợp tác xã',
    code: 'NGOI_SAO_HTX',
    date: D152,
    year: 2025,
    spec: unit({}),
    sector: 'tm_dv',
    unitYears: [
      { year: 2024, revenue: 5_500_000_000, profit: 0, avgIncome: 0 },
      { year: 2025, revenue: 6_000_000_000, profit: 0, avgIncome: 0 },
    ],
    expected: 'pass',
    reason: 'đạt điều kiện: HTX phi nông nghiệp',
  },
  {
    name: 'Ngôi sao HTX: non-agriculture revenue falling',
    article: 'Quy chế Ngôi sao Hợp tác xã',
    code: 'NGOI_SAO_HTX',
    date: D152,
    year: 2025,
    spec: unit({}),
    sector: 'tm_dv',
    unitYears: [
      { year: 2024, revenue: 7_000_000_000, profit: 0, avgIncome: 0 },
      { year: 2025, revenue: 6_000_000_000, profit: 0, avgIncome: 0 },
    ],
    expected: 'fail',
    reason: 'không tăng so với năm 2024',
  },

  // Liên minh HTX Việt Nam: cống hiến and chuyên đề forms
  {
    name: 'Kỷ niệm chương Liên minh HTX VN: cống hiến, clean record',
    article: 'Nghị định 152/2025/NĐ-CP Điều 4',
    code: 'KNC_LMVN',
    type: 'cong_hien',
    date: D152,
    year: 2025,
    spec: {},
    expected: 'pass',
    reason: 'Nghị định 152/2025/NĐ-CP Điều 4: Không bị kỷ luật',
  },
  {
    name: 'HTX điển hình tiên tiến (chuyên đề): achievement report required',
    article: `${L22} Điều 84`,
    code: 'HTX_DHTT',
    type: 'chuyen_de',
    date: D98,
    year: 2024,
    spec: unit({}),
    documents: [],
    expected: 'fail',
    reason: `${L22} Điều 84: Thiếu hồ sơ: Báo cáo thành tích`,
  },
];

// ---------------------------------------------------------------------------------------------

test('at least 60 law cases, every seeded catalogue code covered', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(60);
  const covered = new Set(CASES.map((c) => c.code));
  for (const code of new Set(RULE_SEED.map((r) => r.catalogCode))) expect(covered.has(code), code).toBe(true);
  expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
});

for (const c of CASES) {
  test(`${c.article} — ${c.name}`, () => {
    const r = judge(c);
    const reasons = decidingReasons(r);
    expect(r.status, reasons.join('\n')).toBe(c.expected);
    expect(
      reasons.some((m) => m.includes(c.reason)),
      `expected a reason containing:\n  ${c.reason}\ngot:\n  ${reasons.join('\n  ')}`,
    ).toBe(true);
  });
}

test('every seed rule is sound: known codes, valid tree, no overlapping period for the same type', () => {
  for (const rule of RULE_SEED) expect(validateRule(rule, CATALOG_SEED, RULE_SEED), rule.id).toEqual([]);
  const ids = RULE_SEED.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
});

test('every leaf names its clause (own or inherited); legal leaves name an article ("Điều n")', () => {
  const visit = (node: RuleNode, inherited: string | undefined, ruleId: string, out: string[]) => {
    const clause = node.clause ?? inherited;
    if (isGroup(node)) node.of.forEach((ch) => visit(ch, clause, ruleId, out));
    else if (!clause || (!/Điều \d+/.test(clause) && !clause.startsWith('Quy chế Ngôi sao Hợp tác xã')))
      out.push(`${ruleId}: ${node.kind} "${node.label ?? ''}" → ${clause ?? '(none)'}`);
  };
  const bad: string[] = [];
  for (const rule of RULE_SEED) visit(rule.condition, undefined, rule.id, bad);
  expect(bad).toEqual([]);
});

test('periods: three, contiguous, judged by submission date; quotas only before 01/01/2024', () => {
  expect(LEGAL_PERIODS.map((p) => [p.key, p.effectiveFrom, p.effectiveTo])).toEqual([
    ['nd91', '2017-10-01', '2023-12-31'],
    ['nd98', '2024-01-01', '2025-06-30'],
    ['nd152', '2025-07-01', undefined],
  ]);
  const quotaRules = RULE_SEED.filter((r) => ruleLeaves(r.condition).some((l) => l.kind === 'quota'))
    .map((r) => r.id)
    .sort();
  expect(quotaRules).toEqual(['nd91:CO_CP', 'nd91:CSTDCS']);
  const f = facts({ ratings: { 2016: 'tot' } });
  expect(evaluateEligibility({ catalogCode: 'LDTT', year: 2016, date: '2017-09-30', facts: f, documents: [] }, RULE_SEED, names).status).toBe('no_rules');
  for (const code of new Set(RULE_SEED.map((r) => r.catalogCode))) {
    for (const p of LEGAL_PERIODS)
      expect(
        RULE_SEED.some((r) => r.catalogCode === code && r.id.startsWith(`${p.key}:`)),
        `${p.key}:${code}`,
      ).toBe(true);
  }
});
