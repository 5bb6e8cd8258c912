import type { EligibilityRule, RuleCondition } from './types';

/**
 * Eligibility rules shipped on first start, one copy per legal period so a nomination is judged
 * by the text in force on its date: Nghị định 98/2023/NĐ-CP (with Luật TĐKT 2022, from 01/01/2024)
 * and Nghị định 152/2025/NĐ-CP (from 01/07/2025). The content is from secondary sources and is
 * marked needsCheck: the office edits the rule data, never the code. Article numbers are not
 * quoted on purpose, so nothing looks more certain than it is.
 */
export interface LegalPeriod {
  key: string;
  effectiveFrom: string;
  effectiveTo?: string;
  basis: string;
}

export const LEGAL_PERIODS: LegalPeriod[] = [
  { key: 'nd98', effectiveFrom: '2024-01-01', effectiveTo: '2025-06-30', basis: 'Luật TĐKT 2022; Nghị định 98/2023/NĐ-CP' },
  { key: 'nd152', effectiveFrom: '2025-07-01', basis: 'Luật TĐKT 2022; Nghị định 152/2025/NĐ-CP' },
];

const NOT_COUNTED = { kind: 'excludeTypes', types: ['dot_xuat', 'chuyen_de'] } as const satisfies RuleCondition;
const PERSON_CLEAN = { kind: 'noBlocking', blocks: ['ky_luat', 'dieu_tra', 'khieu_nai'], minDisciplineLevel: 'khien_trach' } as const satisfies RuleCondition;
const UNIT_CLEAN = { kind: 'noBlocking', blocks: ['ky_luat', 'dieu_tra', 'khieu_nai'], minDisciplineLevel: 'khien_trach' } as const satisfies RuleCondition;
const REPORT = { kind: 'documents', documents: ['bao_cao_thanh_tich'] } as const satisfies RuleCondition;
const REPORT_AND_TAX = { kind: 'documents', documents: ['bao_cao_thanh_tich', 'xac_nhan_thue_bhxh'] } as const satisfies RuleCondition;

/** Conditions per catalogue code (all must pass). */
export const RULE_CONDITIONS: Record<string, RuleCondition[]> = {
  LDTT: [{ kind: 'rating', minRating: 'tot', years: 1 }, PERSON_CLEAN],
  CSTDCS: [
    { kind: 'consecutive', codes: ['LDTT'], years: 1 },
    { kind: 'initiative', minLevel: 'co_so', withinYears: 1 },
    { kind: 'quota', percent: 15, ofCodes: ['LDTT'], per: 'unit' },
    PERSON_CLEAN,
  ],
  CSTD_TINH: [
    NOT_COUNTED,
    { kind: 'consecutive', codes: ['CSTDCS'], years: 3 },
    { kind: 'initiative', minLevel: 'bo_tinh', withinYears: 3 },
    PERSON_CLEAN,
    REPORT,
  ],
  CSTD_TQ: [
    NOT_COUNTED,
    { kind: 'countInWindow', codes: ['CSTD_TINH'], count: 2, windowYears: 6 },
    { kind: 'initiative', minLevel: 'toan_quoc', withinYears: 6 },
    PERSON_CLEAN,
    REPORT,
  ],
  TTLDTT: [
    { kind: 'rating', minRating: 'tot', years: 1 },
    { kind: 'memberShare', codes: ['LDTT'], minPercent: 50 },
    { kind: 'memberDiscipline', minLevel: 'canh_cao' },
    UNIT_CLEAN,
  ],
  TTLDXS: [
    { kind: 'rating', minRating: 'xuat_sac', years: 1 },
    { kind: 'memberShare', minRating: 'hoan_thanh', minPercent: 100 },
    { kind: 'memberShare', codes: ['LDTT'], minPercent: 70 },
    { kind: 'memberShare', codes: ['CSTDCS'], minCount: 1 },
    { kind: 'memberDiscipline', minLevel: 'khien_trach' },
    UNIT_CLEAN,
  ],
  CO_TINH: [{ kind: 'rating', minRating: 'xuat_sac', years: 1 }, UNIT_CLEAN, REPORT],
  CO_LMVN: [{ kind: 'rating', minRating: 'xuat_sac', years: 1 }, UNIT_CLEAN, REPORT],
  CO_CP: [
    { kind: 'prerequisite', codes: ['CO_TINH'], withinYears: 1 },
    { kind: 'quota', percent: 20, ofCodes: ['CO_TINH'], per: 'round' },
    UNIT_CLEAN,
    REPORT_AND_TAX,
  ],
  GK_CN: [{ kind: 'rating', minRating: 'tot', years: 1 }, PERSON_CLEAN],
  GK_TT: [{ kind: 'rating', minRating: 'tot', years: 1 }, UNIT_CLEAN],
  BK_TINH_CN: [NOT_COUNTED, { kind: 'consecutive', codes: ['CSTDCS'], years: 2, sinceLastOf: ['BK_TINH_CN'] }, PERSON_CLEAN, REPORT],
  BK_TINH_TT: [NOT_COUNTED, { kind: 'rating', minRating: 'xuat_sac', years: 2, sinceLastOf: ['BK_TINH_TT'] }, UNIT_CLEAN, REPORT],
  BK_LMVN_CN: [{ kind: 'rating', minRating: 'xuat_sac', years: 1 }, PERSON_CLEAN, REPORT],
  BK_LMVN_TT: [{ kind: 'rating', minRating: 'xuat_sac', years: 1 }, UNIT_CLEAN, REPORT],
  BK_TTG_CN: [
    NOT_COUNTED,
    { kind: 'prerequisite', codes: ['BK_TINH_CN'] },
    { kind: 'rating', minRating: 'tot', years: 5, sinceLastOf: ['BK_TINH_CN'] },
    { kind: 'countInWindow', codes: ['CSTDCS'], count: 3, windowYears: 5, sinceLastOf: ['BK_TINH_CN'] },
    PERSON_CLEAN,
    REPORT,
  ],
  BK_TTG_TT: [
    NOT_COUNTED,
    { kind: 'prerequisite', codes: ['BK_TINH_TT'] },
    { kind: 'rating', minRating: 'xuat_sac', years: 5, sinceLastOf: ['BK_TINH_TT'] },
    UNIT_CLEAN,
    REPORT_AND_TAX,
  ],
  HCLD3_CN: [
    NOT_COUNTED,
    { kind: 'prerequisite', codes: ['BK_TTG_CN'] },
    { kind: 'rating', minRating: 'tot', years: 5, sinceLastOf: ['BK_TTG_CN'] },
    PERSON_CLEAN,
    REPORT,
  ],
  HCLD3_TT: [
    NOT_COUNTED,
    { kind: 'prerequisite', codes: ['BK_TTG_TT'] },
    { kind: 'rating', minRating: 'xuat_sac', years: 5, sinceLastOf: ['BK_TTG_TT'] },
    UNIT_CLEAN,
    REPORT_AND_TAX,
  ],
  HCLD2_TT: [
    NOT_COUNTED,
    { kind: 'prerequisite', codes: ['HCLD3_TT'] },
    { kind: 'rating', minRating: 'xuat_sac', years: 5, sinceLastOf: ['HCLD3_TT'] },
    UNIT_CLEAN,
    REPORT_AND_TAX,
  ],
  HCLD1_TT: [
    NOT_COUNTED,
    { kind: 'prerequisite', codes: ['HCLD2_TT'] },
    { kind: 'rating', minRating: 'xuat_sac', years: 5, sinceLastOf: ['HCLD2_TT'] },
    UNIT_CLEAN,
    REPORT_AND_TAX,
  ],
  KNC_LMVN: [PERSON_CLEAN],
  // Honoured by the alliance's own choice at the year-end summary: no title chain, only a clean record and a report.
  HTX_DHTT: [UNIT_CLEAN, REPORT],
};

export const SEED_RULES_UPDATED_AT = '2025-07-01T00:00:00.000Z';

/** Every shipped rule, with stable ids so seeding is idempotent: `${period}:${code}:${n}`. */
export const RULE_SEED: EligibilityRule[] = LEGAL_PERIODS.flatMap((period) =>
  Object.entries(RULE_CONDITIONS).flatMap(([code, conditions]) =>
    conditions.map((condition, i) => ({
      id: `${period.key}:${code}:${i + 1}`,
      catalogCode: code,
      effectiveFrom: period.effectiveFrom,
      ...(period.effectiveTo ? { effectiveTo: period.effectiveTo } : {}),
      legalBasis: period.basis,
      needsCheck: 1 as const,
      condition: structuredClone(condition) as RuleCondition,
      origin: 'seed' as const,
      updatedAt: SEED_RULES_UPDATED_AT,
    })),
  ),
);
