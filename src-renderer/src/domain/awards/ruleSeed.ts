import type { ChainClauses, CommendationType, EligibilityRule, RuleCondition, RuleGroup, RuleLeaf, RuleNode } from './types';

/**
 * The law as data: the standards of every catalogue entry, one rule per entry, legal period and
 * commendation-type set, each a condition tree whose nodes name the clause they apply. A nomination
 * is judged by the rules in force on its submission date (Luật Thi đua, khen thưởng 2022 Điều 5;
 * domain brief "Legal frame"). A new period (a new decree, an amendment of the law) is added as data.
 *
 * Verification (2026-12-03, against secondary sources quoting the texts: Bộ Nội vụ answers,
 * Ban Thi đua - Khen thưởng Trung ương, LawNet's translation of Luật 06/2022/QH15): rules whose
 * deciding clauses were read in a quotation of the text carry needsCheck 0; the others 1.
 * Point letters are only quoted where verified; otherwise the clause names the article and clause.
 */
export interface LegalPeriod {
  key: string;
  effectiveFrom: string;
  /** Last day in force; absent = still in force. */
  effectiveTo?: string;
  /** legalBasis of every rule of the period. */
  basis: string;
  chainClauses: ChainClauses;
}

export const LEGAL_PERIODS: LegalPeriod[] = [
  // Nghị định 91/2017/NĐ-CP (31/07/2017) took effect on 01/10/2017; before it Nghị định 42/2010 and
  // 65/2014 applied, which this seed does not model. Nominations submitted before 01/10/2017 find no rule.
  {
    key: 'nd91',
    effectiveFrom: '2017-10-01',
    effectiveTo: '2023-12-31',
    basis: 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2013); Nghị định 91/2017/NĐ-CP',
    // The restart after a served discipline is a principle of the 2022 law's decrees; not modelled before 2024.
    chainClauses: { reusedYears: 'Nghị định 91/2017/NĐ-CP Điều 3' },
  },
  // Luật 06/2022/QH15 and Nghị định 98/2023/NĐ-CP (31/12/2023) both took effect on 01/01/2024.
  {
    key: 'nd98',
    effectiveFrom: '2024-01-01',
    effectiveTo: '2025-06-30',
    basis: 'Luật Thi đua, khen thưởng 2022; Nghị định 98/2023/NĐ-CP',
    chainClauses: { reusedYears: 'Luật Thi đua, khen thưởng 2022 Điều 5 khoản 2 điểm c', servedDiscipline: 'Nghị định 98/2023/NĐ-CP Điều 4' },
  },
  // Nghị định 152/2025/NĐ-CP (14/06/2025, Điều 59) replaces 98/2023 and 28/2024 from 01/07/2025.
  {
    key: 'nd152',
    effectiveFrom: '2025-07-01',
    basis: 'Luật Thi đua, khen thưởng 2022; Nghị định 152/2025/NĐ-CP',
    chainClauses: { reusedYears: 'Luật Thi đua, khen thưởng 2022 Điều 5 khoản 2 điểm c', servedDiscipline: 'Nghị định 152/2025/NĐ-CP Điều 4 khoản 4' },
  },
];

export const SEED_RULES_UPDATED_AT = '2026-12-03T00:00:00.000Z';

// ---------------------------------------------------------------------------------------------
// Tree builders
// ---------------------------------------------------------------------------------------------

function leaf(clause: string, label: string, c: RuleCondition): RuleLeaf {
  return { ...c, clause, label } as RuleLeaf;
}
function all(clause: string | undefined, label: string | undefined, of: RuleNode[]): RuleGroup {
  return { kind: 'all', ...(clause ? { clause } : {}), ...(label ? { label } : {}), of };
}
function any(clause: string | undefined, label: string | undefined, of: RuleNode[]): RuleGroup {
  return { kind: 'any', ...(clause ? { clause } : {}), ...(label ? { label } : {}), of };
}
const confirmed = (clause: string, label: string, text: string) => leaf(clause, label, { kind: 'confirmed', text });

const PERSON_AWARDS_BK = ['BK_TINH_CN', 'BK_LMVN_CN'];
const UNIT_AWARDS_BK = ['BK_TINH_TT', 'BK_LMVN_TT'];
const UNIT_FLAGS = ['CO_TINH', 'CO_LMVN'];

/** What differs between periods: the texts cited and the old law's standards. */
interface PeriodText {
  key: string;
  old: boolean;
  /** "Luật Thi đua, khen thưởng 2022" or the 2003 law. */
  law: string;
  /** Principles: no award while disciplined, inspected or under complaint. */
  principle: string;
}

const TEXTS: Record<string, PeriodText> = {
  nd91: { key: 'nd91', old: true, law: 'Luật Thi đua, khen thưởng 2003', principle: 'Nghị định 91/2017/NĐ-CP Điều 3' },
  nd98: { key: 'nd98', old: false, law: 'Luật Thi đua, khen thưởng 2022', principle: 'Nghị định 98/2023/NĐ-CP Điều 4' },
  nd152: { key: 'nd152', old: false, law: 'Luật Thi đua, khen thưởng 2022', principle: 'Nghị định 152/2025/NĐ-CP Điều 4' },
};

const clean = (p: PeriodText) =>
  leaf(p.principle, 'Không đang bị kỷ luật, xem xét kỷ luật, điều tra, thanh tra, giải quyết khiếu nại', {
    kind: 'noBlocking',
    blocks: ['ky_luat', 'dieu_tra', 'khieu_nai'],
    minDisciplineLevel: 'khien_trach',
  });
const report = (p: PeriodText) => leaf(`${p.law} Điều 84`, 'Hồ sơ đề nghị khen thưởng', { kind: 'documents', documents: ['bao_cao_thanh_tich'] });
const reportAndTax = (p: PeriodText) =>
  leaf(`${p.law} Điều 84`, 'Hồ sơ đề nghị khen thưởng (kèm xác nhận nghĩa vụ thuế, bảo hiểm xã hội)', {
    kind: 'documents',
    documents: ['bao_cao_thanh_tich', 'xac_nhan_thue_bhxh'],
  });

interface SeedDef {
  code: string;
  types?: CommendationType[];
  needsCheck: 0 | 1;
  condition: RuleNode;
}

// ---------------------------------------------------------------------------------------------
// Danh hiệu thi đua - cá nhân
// ---------------------------------------------------------------------------------------------

function ldtt(p: PeriodText): SeedDef {
  const a = `${p.law} Điều 24`;
  return {
    code: 'LDTT',
    needsCheck: p.old ? 0 : 1,
    condition: all(a, 'Lao động tiên tiến', [
      any(a, 'Tiêu chuẩn theo đối tượng', [
        leaf(`${a} khoản 1 điểm a`, 'Cán bộ, công chức, viên chức, người lao động: hoàn thành tốt nhiệm vụ trở lên', {
          kind: 'rating',
          minRating: 'tot',
          years: 1,
        }),
        confirmed(
          `${a} khoản 2`,
          'Công nhân, nông dân, thành viên HTX: lao động sản xuất có hiệu quả',
          'Lao động sản xuất có hiệu quả, tích cực tham gia phong trào thi đua (theo tiêu chuẩn của tỉnh)',
        ),
      ]),
      clean(p),
    ]),
  };
}

function cstdcs(p: PeriodText): SeedDef {
  const a = `${p.law} Điều 23`;
  if (p.old) {
    return {
      code: 'CSTDCS',
      needsCheck: 0,
      condition: all(a, 'Chiến sĩ thi đua cơ sở', [
        leaf(`${a} khoản 1`, 'Đạt tiêu chuẩn Lao động tiên tiến', { kind: 'standard', code: 'LDTT' }),
        any(`${a} khoản 2`, 'Có sáng kiến hoặc đề tài nghiên cứu khoa học', [
          leaf(`${a} khoản 2`, 'Sáng kiến được cơ sở công nhận', { kind: 'initiative', minLevel: 'co_so', withinYears: 1 }),
          confirmed(`${a} khoản 2`, 'Đề tài nghiên cứu khoa học đã nghiệm thu, được áp dụng', 'Có đề tài nghiên cứu khoa học đã nghiệm thu được áp dụng'),
        ]),
        leaf('Nghị định 91/2017/NĐ-CP Điều 9 khoản 3', 'Tỷ lệ không quá 15% số Lao động tiên tiến', {
          kind: 'quota',
          percent: 15,
          ofCodes: ['LDTT'],
          per: 'unit',
        }),
        clean(p),
      ]),
    };
  }
  return {
    code: 'CSTDCS',
    needsCheck: 0,
    condition: all(a, 'Chiến sĩ thi đua cơ sở', [
      leaf(`${a} khoản 1`, 'Đạt tiêu chuẩn Lao động tiên tiến', { kind: 'standard', code: 'LDTT' }),
      any(`${a} khoản 2`, 'Một trong các tiêu chuẩn', [
        leaf(`${a} khoản 2`, 'Hoàn thành xuất sắc nhiệm vụ', { kind: 'rating', minRating: 'xuat_sac', years: 1 }),
        leaf(`${a} khoản 2`, 'Sáng kiến được cơ sở công nhận', { kind: 'initiative', minLevel: 'co_so', withinYears: 1 }),
        confirmed(
          `${a} khoản 2`,
          'Đề tài, đề án khoa học, công trình khoa học và công nghệ đã nghiệm thu',
          'Có đề tài khoa học, đề án khoa học, công trình khoa học và công nghệ đã được nghiệm thu',
        ),
      ]),
      clean(p),
    ]),
  };
}

function cstdTinh(p: PeriodText): SeedDef {
  const a = `${p.law} Điều 22`;
  return {
    code: 'CSTD_TINH',
    needsCheck: 0,
    condition: all(a, 'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh', [
      leaf(`${a} khoản 1`, '03 lần liên tục Chiến sĩ thi đua cơ sở', { kind: 'consecutive', codes: ['CSTDCS'], years: 3, sinceLastOf: ['CSTD_TINH'] }),
      leaf(`${a} khoản 2`, 'Sáng kiến, đề tài có phạm vi ảnh hưởng trong bộ, ban, ngành, tỉnh', { kind: 'initiative', minLevel: 'bo_tinh', withinYears: 3 }),
      clean(p),
      report(p),
    ]),
  };
}

function cstdTq(p: PeriodText): SeedDef {
  const a = `${p.law} Điều 21`;
  return {
    code: 'CSTD_TQ',
    needsCheck: 0,
    condition: all(a, 'Chiến sĩ thi đua toàn quốc', [
      // A CSTĐ tỉnh is given for 3 years at a time: two consecutive ones are 3 years apart; the
      // nomination follows the second one (in Y or within the 2 years before).
      leaf(`${a} khoản 1`, '02 lần liên tục Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh', {
        kind: 'consecutive',
        codes: ['CSTD_TINH'],
        years: 2,
        step: 3,
        endWithin: 3,
        sinceLastOf: ['CSTD_TQ'],
      }),
      leaf(`${a} khoản 2`, 'Sáng kiến, đề tài có phạm vi ảnh hưởng trong toàn quốc', { kind: 'initiative', minLevel: 'toan_quoc', withinYears: 6 }),
      clean(p),
      report(p),
    ]),
  };
}

// ---------------------------------------------------------------------------------------------
// Danh hiệu thi đua - tập thể
// ---------------------------------------------------------------------------------------------

function ttldtt(p: PeriodText): SeedDef {
  const a = `${p.law} Điều 28`;
  return {
    code: 'TTLDTT',
    needsCheck: p.old ? 0 : 1,
    condition: all(a, 'Tập thể lao động tiên tiến', [
      leaf(`${a} khoản 1 điểm a`, 'Hoàn thành tốt nhiệm vụ và kế hoạch được giao', { kind: 'rating', minRating: 'tot', years: 1 }),
      p.old
        ? // "Có trên 50%": strictly more than half (exactly 50% fails).
          leaf(`${a} khoản 1 điểm c`, 'Trên 50% cá nhân đạt Lao động tiên tiến', { kind: 'memberShare', codes: ['LDTT', 'CSTDCS'], abovePercent: 50 })
        : leaf(`${a} khoản 1 điểm c`, 'Ít nhất 70% cá nhân đạt Lao động tiên tiến', { kind: 'memberShare', codes: ['LDTT', 'CSTDCS'], minPercent: 70 }),
      leaf(`${a} khoản 1 điểm c`, 'Không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên', { kind: 'memberDiscipline', minLevel: 'canh_cao' }),
      clean(p),
    ]),
  };
}

function ttldxs(p: PeriodText): SeedDef {
  const a = `${p.law} Điều 27`;
  const c = (k: string) => (p.old ? `${a} khoản 1 điểm ${k}` : `${a} khoản ${({ a: 1, c: 3, d: 4 } as Record<string, number>)[k]}`);
  const nodes: RuleNode[] = [
    leaf(c('a'), 'Hoàn thành xuất sắc nhiệm vụ', { kind: 'rating', minRating: 'xuat_sac', years: 1 }),
    leaf(c('c'), '100% cá nhân hoàn thành nhiệm vụ', { kind: 'memberShare', minRating: 'hoan_thanh', minPercent: 100 }),
    leaf(c('c'), 'Ít nhất 70% cá nhân đạt Lao động tiên tiến', { kind: 'memberShare', codes: ['LDTT', 'CSTDCS'], minPercent: 70 }),
    leaf(c('d'), 'Có cá nhân đạt Chiến sĩ thi đua cơ sở', { kind: 'memberShare', codes: ['CSTDCS'], minCount: 1 }),
  ];
  // The 2003 law barred a member disciplined at cảnh cáo or above; the 2022 law has no such point.
  if (p.old) nodes.push(leaf(c('d'), 'Không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên', { kind: 'memberDiscipline', minLevel: 'canh_cao' }));
  nodes.push(clean(p));
  return { code: 'TTLDXS', needsCheck: 1, condition: all(a, 'Tập thể lao động xuất sắc', nodes) };
}

function coThiDua(p: PeriodText, code: 'CO_TINH' | 'CO_LMVN'): SeedDef {
  const a = p.old ? `${p.law} Điều 26; Nghị định 91/2017/NĐ-CP Điều 12` : `${p.law} Điều 26`;
  const k = p.old ? a : `${a} khoản 1`;
  return {
    code,
    needsCheck: 1,
    condition: all(a, code === 'CO_TINH' ? 'Cờ thi đua cấp bộ, ban, ngành, tỉnh' : 'Cờ thi đua của Liên minh HTX Việt Nam (ban, ngành)', [
      any(a, 'Một trong các trường hợp', [
        all(k, 'Dẫn đầu cụm, khối thi đua trong năm', [
          leaf(k, 'Dẫn đầu cụm, khối thi đua', { kind: 'clusterLead' }),
          leaf(k, 'Hoàn thành vượt mức chỉ tiêu thi đua và nhiệm vụ được giao, tiêu biểu xuất sắc', { kind: 'rating', minRating: 'xuat_sac', years: 1 }),
        ]),
        confirmed(
          p.old ? a : `${a} khoản 2`,
          'Dẫn đầu phong trào thi đua theo chuyên đề từ 03 năm trở lên',
          'Tập thể dẫn đầu phong trào thi đua theo chuyên đề có thời gian từ 03 năm trở lên, được bình xét khi sơ kết, tổng kết',
        ),
      ]),
      clean(p),
      report(p),
    ]),
  };
}

function coThiDuaChuyenDe(p: PeriodText, code: 'CO_TINH' | 'CO_LMVN'): SeedDef {
  const a = p.old ? `${p.law} Điều 26` : `${p.law} Điều 26 khoản 2`;
  return {
    code,
    types: ['chuyen_de'],
    needsCheck: 1,
    condition: all(a, 'Cờ thi đua theo chuyên đề', [
      confirmed(
        a,
        'Dẫn đầu phong trào thi đua theo chuyên đề từ 03 năm trở lên',
        'Tập thể dẫn đầu phong trào thi đua theo chuyên đề có thời gian từ 03 năm trở lên, được bình xét khi sơ kết, tổng kết',
      ),
      clean(p),
      report(p),
    ]),
  };
}

function coCp(p: PeriodText): SeedDef {
  const a = `${p.law} Điều 25`;
  const leadAmongClusters = all(
    p.old ? `${a} khoản 1; Nghị định 91/2017/NĐ-CP Điều 11 khoản 1` : `${a} khoản 1`,
    'Tiêu biểu trong số các tập thể dẫn đầu cụm, khối thi đua của bộ, ngành, tỉnh',
    [
      any(undefined, 'Đạt tiêu chuẩn Cờ thi đua cấp bộ, ngành, tỉnh (Liên minh HTX Việt Nam là ban, ngành)', [
        leaf(p.old ? `Nghị định 91/2017/NĐ-CP Điều 11 khoản 1` : `${a} khoản 1`, 'Đạt tiêu chuẩn Cờ thi đua cấp tỉnh', { kind: 'standard', code: 'CO_TINH' }),
        leaf(p.old ? `Nghị định 91/2017/NĐ-CP Điều 11 khoản 1` : `${a} khoản 1`, 'Đạt tiêu chuẩn Cờ thi đua của Liên minh HTX Việt Nam', {
          kind: 'standard',
          code: 'CO_LMVN',
        }),
      ]),
      leaf(p.old ? `${a} khoản 1` : `${a} khoản 1 điểm a`, 'Hoàn thành vượt mức chỉ tiêu thi đua và nhiệm vụ được giao trong năm', {
        kind: 'rating',
        minRating: 'xuat_sac',
        years: 1,
      }),
    ],
  );
  const nodes: RuleNode[] = [
    any(a, 'Một trong các trường hợp', [
      leadAmongClusters,
      confirmed(
        p.old ? 'Nghị định 91/2017/NĐ-CP Điều 11 khoản 2' : `${a} khoản 2`,
        'Dẫn đầu cụm, khối thi đua do Ban Thi đua - Khen thưởng Trung ương tổ chức',
        'Dẫn đầu cụm, khối thi đua do Hội đồng (Ban) Thi đua - Khen thưởng Trung ương tổ chức',
      ),
      confirmed(
        p.old ? 'Nghị định 91/2017/NĐ-CP Điều 11 khoản 3' : `${a} khoản 3`,
        'Dẫn đầu phong trào thi đua do Thủ tướng Chính phủ phát động từ 05 năm trở lên',
        'Tập thể dẫn đầu phong trào thi đua do Thủ tướng Chính phủ phát động có thời gian từ 05 năm trở lên, khi sơ kết, tổng kết',
      ),
    ]),
  ];
  if (p.old)
    nodes.push(
      leaf('Nghị định 91/2017/NĐ-CP Điều 11 khoản 1', 'Không quá 20% số tập thể đạt tiêu chuẩn Cờ thi đua cấp bộ, ngành, tỉnh', {
        kind: 'quota',
        percent: 20,
        ofCodes: ['CO_TINH', 'CO_LMVN'],
        per: 'round',
      }),
    );
  nodes.push(clean(p), reportAndTax(p));
  return { code: 'CO_CP', needsCheck: 0, condition: all(a, 'Cờ thi đua của Chính phủ', nodes) };
}

// ---------------------------------------------------------------------------------------------
// Giấy khen, Bằng khen
// ---------------------------------------------------------------------------------------------

function giayKhen(p: PeriodText, code: 'GK_CN' | 'GK_TT'): SeedDef {
  const person = code === 'GK_CN';
  const a = `${p.law} Điều 75 khoản ${person ? 1 : 2}`;
  const branches: RuleNode[] = [
    confirmed(a, 'Thành tích được bình xét trong phong trào thi đua', 'Có thành tích được bình xét trong phong trào thi đua'),
    leaf(a, 'Hoàn thành tốt nhiệm vụ', { kind: 'rating', minRating: 'tot', years: 1 }),
  ];
  if (person)
    branches.push(
      confirmed(
        a,
        'Công nhân, nông dân, người lao động lập được thành tích trong lao động, sản xuất',
        'Lập được thành tích trong lao động, sản xuất có phạm vi ảnh hưởng trong cơ quan, tổ chức, đơn vị',
      ),
    );
  return {
    code,
    needsCheck: 1,
    condition: all(`${p.law} Điều 75`, person ? 'Giấy khen (cá nhân)' : 'Giấy khen (tập thể)', [any(a, 'Một trong các tiêu chuẩn', branches), clean(p)]),
  };
}

function giayKhenDotXuat(p: PeriodText, code: 'GK_CN' | 'GK_TT', type: 'dot_xuat' | 'chuyen_de'): SeedDef {
  const a = `${p.law} Điều 75 khoản ${code === 'GK_CN' ? 1 : 2}`;
  const what = type === 'dot_xuat' ? 'Lập được thành tích đột xuất' : 'Có thành tích được bình xét trong phong trào thi đua (theo đợt, chuyên đề)';
  return {
    code,
    types: [type],
    needsCheck: 1,
    condition: all(a, `Giấy khen ${type === 'dot_xuat' ? 'đột xuất' : 'theo chuyên đề'}`, [confirmed(a, what, what), clean(p)]),
  };
}

/** Điều 74 khoản 1 điểm d: (02 lần liên tục CSTĐCS OR 02 năm liên tục xuất sắc) AND 02 sáng kiến trong thời gian đó. */
function bangKhenCaNhan(p: PeriodText, code: 'BK_TINH_CN' | 'BK_LMVN_CN'): SeedDef {
  const a = p.old ? `${p.law} Điều 72; Nghị định 91/2017/NĐ-CP` : `${p.law} Điều 74 khoản 1`;
  const pt = (x: string) => (p.old ? a : `${a} điểm ${x}`);
  const chain = all(
    pt('d'),
    p.old ? '02 năm liên tục hoàn thành xuất sắc nhiệm vụ, có 02 sáng kiến' : '02 lần liên tục CSTĐCS hoặc 02 năm liên tục xuất sắc, có 02 sáng kiến',
    [
      ...(p.old
        ? [
            leaf(pt('d'), '02 năm liên tục hoàn thành xuất sắc nhiệm vụ', {
              kind: 'rating',
              minRating: 'xuat_sac',
              years: 2,
              sinceLastOf: PERSON_AWARDS_BK,
            } as RuleCondition),
          ]
        : [
            any(pt('d'), '02 lần liên tục Chiến sĩ thi đua cơ sở hoặc 02 năm liên tục hoàn thành xuất sắc nhiệm vụ', [
              leaf(pt('d'), '02 lần liên tục Chiến sĩ thi đua cơ sở', { kind: 'consecutive', codes: ['CSTDCS'], years: 2, sinceLastOf: PERSON_AWARDS_BK }),
              leaf(pt('d'), '02 năm liên tục hoàn thành xuất sắc nhiệm vụ', { kind: 'rating', minRating: 'xuat_sac', years: 2, sinceLastOf: PERSON_AWARDS_BK }),
            ]),
          ]),
      leaf(pt('d'), '02 sáng kiến, đề tài được công nhận, áp dụng hiệu quả trong phạm vi cơ sở trong thời gian đó', {
        kind: 'initiative',
        minLevel: 'co_so',
        withinYears: 2,
        count: 2,
      }),
    ],
  );
  const branches: RuleNode[] = [
    confirmed(
      pt('a'),
      'Thành tích xuất sắc được bình xét trong phong trào thi đua do bộ, ban, ngành, tỉnh phát động',
      'Có thành tích xuất sắc được bình xét trong phong trào thi đua do bộ, ban, ngành, tỉnh phát động',
    ),
    confirmed(
      pt('b'),
      'Nhiều thành tích có phạm vi ảnh hưởng trong lĩnh vực thuộc bộ, ban, ngành, tỉnh',
      'Lập được nhiều thành tích hoặc thành tích đột xuất có phạm vi ảnh hưởng trong lĩnh vực thuộc bộ, ban, ngành, tỉnh',
    ),
  ];
  if (!p.old)
    branches.push(
      confirmed(
        pt('c'),
        'Đóng góp vào phát triển kinh tế - xã hội, an sinh xã hội, từ thiện nhân đạo',
        'Có nhiều đóng góp vào sự phát triển kinh tế - xã hội, ứng dụng tiến bộ khoa học kỹ thuật, an sinh xã hội, từ thiện nhân đạo',
      ),
    );
  branches.push(chain);
  if (!p.old)
    branches.push(
      confirmed(
        pt('đ'),
        'Công nhân, nông dân, người lao động lập được nhiều thành tích trong lao động, sản xuất',
        'Công nhân, nông dân, người lao động lập được nhiều thành tích trong lao động, sản xuất',
      ),
    );
  return {
    code,
    needsCheck: p.old || code === 'BK_LMVN_CN' ? 1 : 0,
    condition: all(a, code === 'BK_TINH_CN' ? 'Bằng khen cấp tỉnh (cá nhân)' : 'Bằng khen của Liên minh HTX Việt Nam (cá nhân)', [
      any(a, 'Một trong các tiêu chuẩn', branches),
      clean(p),
      report(p),
    ]),
  };
}

function bangKhenTapThe(p: PeriodText, code: 'BK_TINH_TT' | 'BK_LMVN_TT'): SeedDef {
  const a = p.old ? `${p.law} Điều 72; Nghị định 91/2017/NĐ-CP` : `${p.law} Điều 74 khoản 2`;
  return {
    code,
    needsCheck: 1,
    condition: all(a, code === 'BK_TINH_TT' ? 'Bằng khen cấp tỉnh (tập thể)' : 'Bằng khen của Liên minh HTX Việt Nam (tập thể)', [
      any(a, 'Một trong các tiêu chuẩn', [
        confirmed(
          a,
          'Thành tích xuất sắc được bình xét trong phong trào thi đua do bộ, ban, ngành, tỉnh phát động',
          'Có thành tích xuất sắc được bình xét trong phong trào thi đua do bộ, ban, ngành, tỉnh phát động',
        ),
        any(a, '02 năm liên tục hoàn thành xuất sắc nhiệm vụ hoặc Tập thể lao động xuất sắc', [
          leaf(a, '02 năm liên tục hoàn thành xuất sắc nhiệm vụ', { kind: 'rating', minRating: 'xuat_sac', years: 2, sinceLastOf: UNIT_AWARDS_BK }),
          leaf(a, 'Đạt Tập thể lao động xuất sắc', { kind: 'standard', code: 'TTLDXS' }),
        ]),
        confirmed(
          a,
          'Đóng góp vào phát triển kinh tế - xã hội, an sinh xã hội, từ thiện nhân đạo',
          'Có nhiều đóng góp vào sự phát triển kinh tế - xã hội, an sinh xã hội, từ thiện nhân đạo',
        ),
      ]),
      clean(p),
      report(p),
    ]),
  };
}

/** A đột xuất or chuyên đề Bằng khen: judged by its own standard, never by chains (Điều 8). */
function bangKhenTheoLoai(p: PeriodText, code: string, type: 'dot_xuat' | 'chuyen_de'): SeedDef {
  const person = code.endsWith('_CN');
  const a = p.old ? `${p.law} Điều 72` : `${p.law} Điều 74 khoản ${person ? 1 : 2}`;
  const k = p.old || !person ? a : `${a} điểm ${type === 'dot_xuat' ? 'b' : 'a'}`;
  const text =
    type === 'dot_xuat'
      ? 'Lập được thành tích đột xuất có phạm vi ảnh hưởng trong lĩnh vực thuộc bộ, ban, ngành, tỉnh'
      : 'Có thành tích xuất sắc được bình xét trong phong trào thi đua theo đợt, chuyên đề do bộ, ban, ngành, tỉnh phát động';
  return {
    code,
    types: [type],
    needsCheck: person && !p.old && code === 'BK_TINH_CN' ? 0 : 1,
    condition: all(a, type === 'dot_xuat' ? 'Bằng khen đột xuất' : 'Bằng khen theo chuyên đề', [
      confirmed(k, type === 'dot_xuat' ? 'Thành tích đột xuất' : 'Thành tích trong phong trào thi đua', text),
      clean(p),
      report(p),
    ]),
  };
}

function bangKhenTtgCaNhan(p: PeriodText): SeedDef {
  const a = p.old ? `${p.law} Điều 71; Nghị định 91/2017/NĐ-CP` : `${p.law} Điều 73 khoản 1`;
  const b = p.old ? a : `${a} điểm b`;
  return {
    code: 'BK_TTG_CN',
    needsCheck: p.old ? 1 : 0,
    condition: all(a, 'Bằng khen của Thủ tướng Chính phủ (cá nhân)', [
      any(a, 'Một trong các tiêu chuẩn', [
        all(
          b,
          p.old
            ? 'Bằng khen cấp bộ, tỉnh và 05 năm liên tục hoàn thành xuất sắc nhiệm vụ'
            : 'Bằng khen cấp bộ, ban, ngành, tỉnh và 05 năm liên tục hoàn thành tốt nhiệm vụ, có 03 lần CSTĐCS',
          [
            leaf(b, 'Đã được tặng Bằng khen cấp bộ, ban, ngành, tỉnh', { kind: 'prerequisite', codes: PERSON_AWARDS_BK }),
            p.old
              ? leaf(b, '05 năm liên tục hoàn thành xuất sắc nhiệm vụ', { kind: 'rating', minRating: 'xuat_sac', years: 5, sinceLastOf: ['BK_TTG_CN'] })
              : leaf(b, '05 năm liên tục hoàn thành tốt nhiệm vụ trở lên', { kind: 'rating', minRating: 'tot', years: 5, sinceLastOf: ['BK_TTG_CN'] }),
            p.old
              ? leaf(b, '05 sáng kiến được công nhận, áp dụng hiệu quả trong phạm vi cơ sở', {
                  kind: 'initiative',
                  minLevel: 'co_so',
                  withinYears: 5,
                  count: 5,
                })
              : leaf(b, '03 lần Chiến sĩ thi đua cơ sở trong thời gian đó', {
                  kind: 'countInWindow',
                  codes: ['CSTDCS'],
                  count: 3,
                  windowYears: 5,
                  sinceLastOf: ['BK_TTG_CN'],
                }),
          ],
        ),
        confirmed(
          a,
          'Các tiêu chuẩn khác của khoản 1 (thành tích xuất sắc trong phong trào thi đua toàn quốc, đóng góp lớn)',
          'Đạt một tiêu chuẩn khác của khoản 1 (phong trào thi đua do Thủ tướng phát động, đóng góp lớn)',
        ),
      ]),
      clean(p),
      report(p),
    ]),
  };
}

function bangKhenTtgTapThe(p: PeriodText): SeedDef {
  const a = p.old ? `${p.law} Điều 71; Nghị định 91/2017/NĐ-CP` : `${p.law} Điều 73 khoản 2`;
  return {
    code: 'BK_TTG_TT',
    needsCheck: 1,
    condition: all(a, 'Bằng khen của Thủ tướng Chính phủ (tập thể)', [
      any(a, 'Một trong các tiêu chuẩn', [
        all(a, 'Bằng khen cấp bộ, ban, ngành, tỉnh và 05 năm liên tục hoàn thành xuất sắc nhiệm vụ', [
          leaf(a, 'Đã được tặng Bằng khen cấp bộ, ban, ngành, tỉnh', { kind: 'prerequisite', codes: UNIT_AWARDS_BK }),
          leaf(a, '05 năm liên tục hoàn thành xuất sắc nhiệm vụ', { kind: 'rating', minRating: 'xuat_sac', years: 5, sinceLastOf: ['BK_TTG_TT'] }),
        ]),
        confirmed(
          a,
          'Các tiêu chuẩn khác của khoản 2 (phong trào thi đua toàn quốc, đóng góp lớn)',
          'Đạt một tiêu chuẩn khác của khoản 2 (phong trào thi đua do Thủ tướng phát động, đóng góp lớn)',
        ),
      ]),
      clean(p),
      reportAndTax(p),
    ]),
  };
}

// ---------------------------------------------------------------------------------------------
// Huân chương Lao động
// ---------------------------------------------------------------------------------------------

function hcldCaNhan(p: PeriodText, grade: 3 | 2 | 1): SeedDef {
  const article = { 3: 44, 2: 43, 1: 42 }[grade];
  const lower = { 3: 'BK_TTG_CN', 2: 'HCLD3_CN', 1: 'HCLD2_CN' }[grade];
  const code = `HCLD${grade}_CN`;
  const a = p.old
    ? grade === 3
      ? 'Nghị định 91/2017/NĐ-CP Điều 24'
      : `${p.law} Điều ${article}; Nghị định 91/2017/NĐ-CP`
    : `${p.law} Điều ${article} khoản 1`;
  const verified = grade === 3;
  const e = verified && !p.old ? `${a} điểm e` : a;
  const chain: RuleNode[] = [
    leaf(e, `Đã được tặng ${grade === 3 ? 'Bằng khen của Thủ tướng Chính phủ' : `Huân chương Lao động hạng ${grade === 2 ? 'Ba' : 'Nhì'}`}`, {
      kind: 'prerequisite',
      codes: [lower],
    }),
    leaf(e, p.old ? '05 năm tiếp theo liên tục lập thành tích xuất sắc' : '05 năm tiếp theo liên tục hoàn thành tốt nhiệm vụ trở lên', {
      kind: 'rating',
      minRating: p.old ? 'xuat_sac' : 'tot',
      years: 5,
      sinceLastOf: [lower, code],
    }),
  ];
  if (grade === 3 && !p.old) {
    // The engine has no "at least N years of a rating within a window" leaf: the council confirms it.
    chain.push(
      confirmed(
        e,
        'Ít nhất 01 năm hoàn thành xuất sắc nhiệm vụ trong thời gian đó',
        'Trong 05 năm đó có ít nhất 01 năm được công nhận hoàn thành xuất sắc nhiệm vụ',
      ),
    );
    chain.push(
      leaf(e, '03 lần Chiến sĩ thi đua cơ sở trong thời gian đó', {
        kind: 'countInWindow',
        codes: ['CSTDCS'],
        count: 3,
        windowYears: 5,
        sinceLastOf: [lower, code],
      }),
    );
  } else if (grade === 3) {
    chain.push(leaf(e, '02 sáng kiến có phạm vi ảnh hưởng trong bộ, ban, ngành, tỉnh', { kind: 'initiative', minLevel: 'bo_tinh', withinYears: 5, count: 2 }));
  } else {
    chain.push(
      confirmed(
        a,
        'Các thành tích khác trong thời gian đó theo văn bản (cần đối chiếu)',
        `Đạt các thành tích khác trong 05 năm đó theo Điều ${article} (đối chiếu văn bản)`,
      ),
    );
  }
  return {
    code,
    needsCheck: verified && !p.old ? 0 : 1,
    condition: all(a, `Huân chương Lao động hạng ${{ 3: 'Ba', 2: 'Nhì', 1: 'Nhất' }[grade]} (cá nhân)`, [
      any(a, 'Một trong các tiêu chuẩn', [
        all(e, `Đã được tặng ${grade === 3 ? 'Bằng khen Thủ tướng' : 'Huân chương hạng dưới'} và 05 năm tiếp theo`, chain),
        confirmed(
          a,
          'Các tiêu chuẩn khác (thành tích đột xuất, phát minh, sáng chế, quá trình cống hiến)',
          `Đạt một tiêu chuẩn khác của Điều ${article} (đột xuất, phát minh, sáng chế, cống hiến)`,
        ),
      ]),
      clean(p),
      report(p),
    ]),
  };
}

function hcldTapThe(p: PeriodText, grade: 3 | 2 | 1): SeedDef {
  const article = { 3: 44, 2: 43, 1: 42 }[grade];
  const lower = { 3: 'BK_TTG_TT', 2: 'HCLD3_TT', 1: 'HCLD2_TT' }[grade];
  const code = `HCLD${grade}_TT`;
  const a = `${p.law} Điều ${article} (tập thể)`;
  const since = [lower, code];
  // Flags or Bằng khen in the 5 years (pattern of the 2003 law; to check against the 2022 text).
  const flags: RuleNode =
    grade === 3
      ? any(a, '01 lần Cờ thi đua cấp bộ, tỉnh hoặc 02 lần Bằng khen cấp bộ, tỉnh trong thời gian đó', [
          leaf(a, '01 lần Cờ thi đua cấp bộ, ngành, tỉnh', { kind: 'countInWindow', codes: UNIT_FLAGS, count: 1, windowYears: 5, sinceLastOf: since }),
          leaf(a, '02 lần Bằng khen cấp bộ, ngành, tỉnh', { kind: 'countInWindow', codes: UNIT_AWARDS_BK, count: 2, windowYears: 5, sinceLastOf: since }),
        ])
      : any(
          a,
          grade === 2
            ? '02 lần Cờ thi đua cấp bộ, tỉnh hoặc 01 lần Cờ thi đua của Chính phủ'
            : '03 lần Cờ thi đua cấp bộ, tỉnh hoặc 02 lần Cờ thi đua của Chính phủ',
          [
            leaf(a, `${grade === 2 ? '02' : '03'} lần Cờ thi đua cấp bộ, ngành, tỉnh`, {
              kind: 'countInWindow',
              codes: UNIT_FLAGS,
              count: grade === 2 ? 2 : 3,
              windowYears: 5,
              sinceLastOf: since,
            }),
            leaf(a, `${grade === 2 ? '01' : '02'} lần Cờ thi đua của Chính phủ`, {
              kind: 'countInWindow',
              codes: ['CO_CP'],
              count: grade === 2 ? 1 : 2,
              windowYears: 5,
              sinceLastOf: since,
            }),
          ],
        );
  return {
    code,
    needsCheck: 1,
    condition: all(a, `Huân chương Lao động hạng ${{ 3: 'Ba', 2: 'Nhì', 1: 'Nhất' }[grade]} (tập thể)`, [
      any(a, 'Một trong các tiêu chuẩn', [
        all(a, 'Hình thức hạng dưới và 05 năm tiếp theo hoàn thành xuất sắc nhiệm vụ', [
          leaf(a, `Đã được tặng ${grade === 3 ? 'Bằng khen của Thủ tướng Chính phủ' : `Huân chương Lao động hạng ${grade === 2 ? 'Ba' : 'Nhì'}`}`, {
            kind: 'prerequisite',
            codes: [lower],
          }),
          leaf(a, '05 năm tiếp theo liên tục hoàn thành xuất sắc nhiệm vụ', { kind: 'rating', minRating: 'xuat_sac', years: 5, sinceLastOf: since }),
          flags,
        ]),
        confirmed(
          a,
          'Thành tích xuất sắc đột xuất hoặc tiêu chuẩn khác của điều',
          `Lập được thành tích xuất sắc đột xuất hoặc đạt tiêu chuẩn khác của Điều ${article}`,
        ),
      ]),
      clean(p),
      reportAndTax(p),
    ]),
  };
}

// ---------------------------------------------------------------------------------------------
// Liên minh HTX Việt Nam: Kỷ niệm chương, HTX điển hình tiên tiến, Ngôi sao HTX
// ---------------------------------------------------------------------------------------------

function kncLmvn(p: PeriodText): SeedDef {
  // Kỷ niệm chương of a ban, ngành is a quá trình cống hiến award; its own regulation sets the years.
  return {
    code: 'KNC_LMVN',
    types: ['cong_hien'],
    needsCheck: 1,
    condition: all(p.principle, 'Kỷ niệm chương của Liên minh HTX Việt Nam', [clean(p)]),
  };
}

function htxDhtt(p: PeriodText): SeedDef {
  return {
    code: 'HTX_DHTT',
    types: ['chuyen_de'],
    needsCheck: 1,
    condition: all(p.principle, 'Tôn vinh HTX điển hình tiên tiến (theo chuyên đề)', [clean(p), report(p)]),
  };
}

/** CoopStar (Ngôi sao HTX) thresholds from the unit-year indicators (domain brief; programme rules of Liên minh HTX Việt Nam). */
function ngoiSao(p: PeriodText): SeedDef {
  const q = 'Quy chế Ngôi sao Hợp tác xã (Liên minh HTX Việt Nam), tiêu chí doanh thu, lợi nhuận, thu nhập';
  return {
    code: 'NGOI_SAO_HTX',
    needsCheck: 1,
    condition: all(undefined, 'Ngôi sao Hợp tác xã', [
      any(q, 'Ngưỡng theo lĩnh vực', [
        all(q, 'HTX nông nghiệp', [
          leaf(q, 'Lĩnh vực nông nghiệp', { kind: 'sector', sectors: ['nong_nghiep'] }),
          leaf(q, 'Doanh thu từ 1,5 tỷ đồng/năm', { kind: 'indicator', field: 'revenue', min: 1_500_000_000 }),
          leaf(q, 'Lợi nhuận sau thuế từ 100 triệu đồng/năm', { kind: 'indicator', field: 'profit', min: 100_000_000 }),
          leaf(q, 'Thu nhập bình quân từ 2,5 triệu đồng/người/tháng', { kind: 'indicator', field: 'avgIncome', min: 2_500_000 }),
        ]),
        all(q, 'HTX phi nông nghiệp', [
          leaf(q, 'Doanh thu từ 5 tỷ đồng/năm và tăng so với năm trước', { kind: 'indicator', field: 'revenue', min: 5_000_000_000, rising: true }),
        ]),
      ]),
      clean(p),
    ]),
  };
}

// ---------------------------------------------------------------------------------------------

function periodRules(p: PeriodText): SeedDef[] {
  const defs: SeedDef[] = [
    ldtt(p),
    cstdcs(p),
    cstdTinh(p),
    cstdTq(p),
    ttldtt(p),
    ttldxs(p),
    coThiDua(p, 'CO_TINH'),
    coThiDua(p, 'CO_LMVN'),
    coCp(p),
    coThiDuaChuyenDe(p, 'CO_TINH'),
    coThiDuaChuyenDe(p, 'CO_LMVN'),
    giayKhen(p, 'GK_CN'),
    giayKhen(p, 'GK_TT'),
    bangKhenCaNhan(p, 'BK_TINH_CN'),
    bangKhenCaNhan(p, 'BK_LMVN_CN'),
    bangKhenTapThe(p, 'BK_TINH_TT'),
    bangKhenTapThe(p, 'BK_LMVN_TT'),
    bangKhenTtgCaNhan(p),
    bangKhenTtgTapThe(p),
    hcldCaNhan(p, 3),
    hcldCaNhan(p, 2),
    hcldCaNhan(p, 1),
    hcldTapThe(p, 3),
    hcldTapThe(p, 2),
    hcldTapThe(p, 1),
    kncLmvn(p),
    htxDhtt(p),
    ngoiSao(p),
  ];
  for (const type of ['dot_xuat', 'chuyen_de'] as const) {
    defs.push(giayKhenDotXuat(p, 'GK_CN', type), giayKhenDotXuat(p, 'GK_TT', type));
    for (const code of ['BK_TINH_CN', 'BK_LMVN_CN', 'BK_TINH_TT', 'BK_LMVN_TT']) defs.push(bangKhenTheoLoai(p, code, type));
  }
  return defs;
}

/**
 * Every shipped rule, with stable ids so seeding is idempotent: `${period}:${code}` for the
 * thường xuyên standard, `${period}:${code}:${type}` for a rule of another commendation type.
 */
export const RULE_SEED: EligibilityRule[] = LEGAL_PERIODS.flatMap((period) =>
  periodRules(TEXTS[period.key]!).map((d) => {
    const own = d.types?.length === 1 && d.types[0] !== 'thuong_xuyen' ? `:${d.types[0]}` : '';
    return {
      id: `${period.key}:${d.code}${own}`,
      catalogCode: d.code,
      effectiveFrom: period.effectiveFrom,
      ...(period.effectiveTo ? { effectiveTo: period.effectiveTo } : {}),
      ...(d.types ? { types: d.types } : {}),
      legalBasis: period.basis,
      chainClauses: period.chainClauses,
      needsCheck: d.needsCheck,
      condition: d.condition,
      origin: 'seed' as const,
      updatedAt: SEED_RULES_UPDATED_AT,
    };
  }),
);
