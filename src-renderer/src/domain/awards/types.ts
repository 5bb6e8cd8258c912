/**
 * Award history and people: one shared definition for the importer and nominations.
 * Dates are ISO yyyy-mm-dd strings.
 */

export type RecipientKind = 'unit' | 'person';

/** Commendation types (loại hình khen thưởng) per Luật TĐKT 2022. */
export const COMMENDATION_TYPES = ['thuong_xuyen', 'chuyen_de', 'dot_xuat', 'cong_hien', 'nien_han', 'doi_ngoai'] as const;
export type CommendationType = (typeof COMMENDATION_TYPES)[number];

/** One award actually received (lịch sử khen thưởng). */
export interface AwardRecord {
  id: string;
  year: number;
  recipientKind: RecipientKind;
  /** Unit id or person id. */
  recipientId: string;
  /** Award catalogue code, e.g. "CSTDCS"; empty when the imported name matched no entry. */
  catalogCode: string;
  /** The title or form as written on the decision; kept even if the catalogue changes. */
  awardName: string;
  decisionNumber?: string;
  decisionDate?: string;
  issuingBody?: string;
  commendationType: CommendationType;
  source: 'manual' | 'import' | 'nomination';
  importBatchId?: string;
  nominationEntryId?: string;
  createdAt: string;
  updatedAt: string;
}

export type Gender = 'nam' | 'nu';

/** A person who can be nominated (cá nhân). */
export interface Person {
  id: string;
  fullName: string;
  gender: Gender;
  birthYear?: number;
  /** ISO yyyy-mm-dd when the full date is known (birthYear then agrees with it). */
  birthDate?: string;
  phone?: string;
  ethnicity?: string;
  position?: string;
  unitId?: string;
  notes?: string;
  origin: 'manual' | 'import' | 'demo' | 'generated';
  importBatchId?: string;
  searchWords: string[];
  nameKey: string;
  createdAt: string;
  updatedAt: string;
}

// ---------------------------------------------------------------------------
// Catalogue, eligibility rules, ratings, initiatives, discipline, rounds and
// nominations (owned by the nominations feature; additive to the shared types above).
// ---------------------------------------------------------------------------

/** IndexedDB cannot index booleans, so flags are 0 | 1. */
export type AwardFlag = 0 | 1;

/** Danh hiệu thi đua (title) or hình thức khen thưởng (form). */
export type CatalogKind = 'title' | 'form';

/** Cấp khen: cơ sở; bộ/ban/ngành/tỉnh; Liên minh HTX Việt Nam; nhà nước. */
export const AWARD_LEVELS = ['co_so', 'bo_tinh', 'lien_minh_vn', 'nha_nuoc'] as const;
export type AwardLevel = (typeof AWARD_LEVELS)[number];

/** Who a council vote percentage is computed against (explicit per title). */
export type VoteBase = 'full' | 'present';

export interface CouncilThreshold {
  /** Minimum share of the base voting for, in percent (e.g. 90). */
  percent: number;
  base: VoteBase;
}

/** One entry of the award catalogue (danh mục danh hiệu, hình thức khen thưởng). */
export interface CatalogEntry {
  /** Stable code used by award history and rules, e.g. "CSTDCS". */
  code: string;
  name: string;
  kind: CatalogKind;
  recipient: RecipientKind;
  level: AwardLevel;
  /** Deciding authority (thẩm quyền quyết định), e.g. "Chủ tịch UBND tỉnh". */
  authority: string;
  commendationType: CommendationType;
  council?: CouncilThreshold;
  effectiveFrom?: string;
  effectiveTo?: string;
  active: AwardFlag;
  sortOrder: number;
  origin: 'seed' | 'manual';
  updatedAt: string;
}

/** Yearly rating (xếp loại mức độ hoàn thành nhiệm vụ), best first. */
export const RATINGS = ['xuat_sac', 'tot', 'hoan_thanh', 'khong_hoan_thanh'] as const;
export type Rating = (typeof RATINGS)[number];

/** A person's or unit's rating for one year. id = `${recipientKind}:${recipientId}:${year}`. */
export interface YearRating {
  id: string;
  recipientKind: RecipientKind;
  recipientId: string;
  year: number;
  rating: Rating;
  /** On maternity leave that year: the year still counts as working time (Nghị định 152/2025 Điều 4). */
  leave?: 'thai_san';
  importBatchId?: string;
  updatedAt: string;
}

/** Scope at which an initiative (sáng kiến) was recognised, lowest first. */
export const INITIATIVE_LEVELS = ['co_so', 'bo_tinh', 'toan_quoc'] as const;
export type InitiativeLevel = (typeof INITIATIVE_LEVELS)[number];

/** A recognised initiative. It supports one award only: usedByAwardId is set when an award used it. */
export interface Initiative {
  id: string;
  /** The author it counts for; absent when a list names no author the registry knows (kept, listed, not counted). */
  personId?: string;
  title: string;
  year: number;
  level: InitiativeLevel;
  /** Body and decision that recognised it. */
  recognisedBy?: string;
  /** Authors as written in the list ("Nguyễn Văn A, Trần Thị B"). */
  authors?: string;
  /** The authors' department and unit as written in the list ("Phòng Kế hoạch, UBND huyện X"). */
  authorUnit?: string;
  recognisedDate?: string;
  decisionNumber?: string;
  summary?: string;
  usedByAwardId?: string;
  importBatchId?: string;
  updatedAt: string;
}

/** Conditions that block any award while in force. */
export const BLOCK_KINDS = ['ky_luat', 'dieu_tra', 'khieu_nai'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** Discipline levels, mildest first (for individuals; collectives use the same scale). */
export const DISCIPLINE_LEVELS = ['khien_trach', 'canh_cao', 'ha_bac', 'cach_chuc', 'buoc_thoi_viec'] as const;
export type DisciplineLevel = (typeof DISCIPLINE_LEVELS)[number];

/** Discipline, investigation or pending complaint concerning a person or unit. */
export interface DisciplineRecord {
  id: string;
  recipientKind: RecipientKind;
  recipientId: string;
  kind: BlockKind;
  level?: DisciplineLevel;
  from: string;
  /** Empty while still in force / pending. */
  to?: string;
  note?: string;
  updatedAt: string;
}

/**
 * A leaf of a rule tree: one test on the nominee's facts. Codes refer to catalogue entries; "Y" is
 * the achievement year of the nomination. Chain tests (consecutive, countInWindow, rating) start
 * after the last award in `sinceLastOf` (years used for an earlier higher title do not count again,
 * Luật TĐKT 2022 Điều 5 khoản 2 điểm c) and after the end of a served discipline (Nghị định 152/2025
 * Điều 4 khoản 4); đột xuất and chuyên đề awards never count in them.
 */
export type RuleCondition =
  /** Holds one of `codes` at least `minCount` times (decisions up to Y), optionally only within the last `withinYears` years. */
  | { kind: 'prerequisite'; codes: string[]; minCount?: number; withinYears?: number; sinceLastOf?: string[] }
  /**
   * One of `codes` in each of `years` chain years: the last ends at Y + endOffset (0 = Y itself), or,
   * with `endWithin`, at the latest year holding it within that many years up to Y; consecutive
   * chain years are `step` apart (1 = every year; 3 = CSTĐ tỉnh, awarded for 3 years at a time).
   * A title voted in the same round for Y counts as held in Y.
   */
  | { kind: 'consecutive'; codes: string[]; years: number; step?: number; endOffset?: number; endWithin?: number; sinceLastOf?: string[] }
  /** At least `count` years holding one of `codes` within the `windowYears` years ending at Y. */
  | { kind: 'countInWindow'; codes: string[]; count: number; windowYears: number; sinceLastOf?: string[] }
  /** Rating at least `minRating` in each of `years` consecutive years ending at Y (maternity leave years keep the chain). */
  | { kind: 'rating'; minRating: Rating; years: number; sinceLastOf?: string[] }
  /**
   * Meets the STANDARD of another catalogue entry in Y + yearOffset: holds it for that year, or it
   * is voted/decided in the same round, or that entry's own rules (in force on the judging date) pass.
   */
  | { kind: 'standard'; code: string; yearOffset?: number }
  /** `count` (default 1) unused initiatives/projects of at least `minLevel` recognised within `withinYears` years ending at Y. */
  | { kind: 'initiative'; minLevel: InitiativeLevel; withinYears: number; count?: number }
  /** Kept for rules stored before schema v6: đột xuất and chuyên đề awards never count in chains anyway. */
  | { kind: 'excludeTypes'; types: CommendationType[] }
  /** Cap across a round: nominees for this entry <= percent of holders of `ofCodes` in Y (per unit or whole round). */
  | { kind: 'quota'; percent: number; ofCodes: string[]; per: 'unit' | 'round' }
  /** None of these in force on the judging date (discipline counts also when imposed in year Y). */
  | { kind: 'noBlocking'; blocks: BlockKind[]; minDisciplineLevel?: DisciplineLevel }
  /** Collectives: share of members holding `codes` (or rated at least `minRating`) in Y; same-round voted titles count. */
  /** `abovePercent` = strictly more than ("trên 50%"), `minPercent` = at least ("từ 70%"). */
  | { kind: 'memberShare'; codes?: string[]; minRating?: Rating; minPercent?: number; abovePercent?: number; minCount?: number }
  /** Collectives: no member disciplined at `minLevel` or above in Y. */
  | { kind: 'memberDiscipline'; minLevel: DisciplineLevel }
  /** Collectives: leads its emulation cluster or block in Y (the app's cluster ranking and vote, or evidence entered). */
  | { kind: 'clusterLead' }
  /** Units: a yearly indicator (UnitYear field, đồng; avgIncome per worker per month) at least `min` in Y, and/or rising over the year before. */
  | { kind: 'indicator'; field: IndicatorField; min?: number; rising?: boolean }
  /** Units: the unit's sector is one of these (e.g. the agriculture branch of Ngôi sao HTX). */
  | { kind: 'sector'; sectors: string[] }
  /** A judgment the office confirms on the nomination (e.g. "thành tích đột xuất"): met only once confirmed. */
  | { kind: 'confirmed'; text: string }
  /** Documents the nomination file must carry. */
  | { kind: 'documents'; documents: DocumentType[] };

export type RuleKind = RuleCondition['kind'];

/** Unit-year indicators a rule can test. */
export const INDICATOR_FIELDS = ['revenue', 'profit', 'avgIncome'] as const;
export type IndicatorField = (typeof INDICATOR_FIELDS)[number];

/** What every node of a rule tree may carry: the clause it applies ("Điều 23 khoản 1 điểm b") and a short name. */
export interface RuleNodeBase {
  /** Article, clause and point of the text, e.g. "Điều 74 khoản 1 điểm d". Printed before every reason. */
  clause?: string;
  /** Short Vietnamese name of the branch, e.g. "Hoàn thành xuất sắc nhiệm vụ". */
  label?: string;
}

/** all = every branch; any = one branch; atLeast = `min` branches (Điều 74 khoản 1: one of a-đ). */
export interface RuleGroup extends RuleNodeBase {
  kind: 'all' | 'any' | 'atLeast';
  min?: number;
  of: RuleNode[];
}

export type RuleLeaf = RuleCondition & RuleNodeBase;
export type RuleNode = RuleGroup | RuleLeaf;

/** Document types a nomination can carry. */
export const DOCUMENT_TYPES = ['bao_cao_thanh_tich', 'xac_nhan_thue_bhxh', 'minh_chung_sang_kien', 'bien_ban_binh_xet', 'khac'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/**
 * The standard of one catalogue entry for one legal period: a condition tree, stored as data.
 * A nomination is judged by the rules of its entry in force on its submission date that apply to
 * its commendation type; all of them must pass.
 */
/**
 * Principles every chain of a period follows, with the clause that says so. They differ by period
 * (Luật 2022 Điều 5 khoản 2 điểm c; Nghị định 152/2025 Điều 4 khoản 4), so they are rule data.
 */
export interface ChainClauses {
  /** Years already used for an earlier award of `sinceLastOf` do not count again. Absent = cite the rule's legal basis. */
  reusedYears?: string;
  /** After a served discipline achievements count only from its end. Absent = chains do not restart. */
  servedDiscipline?: string;
}

export interface EligibilityRule {
  id: string;
  catalogCode: string;
  effectiveFrom: string;
  /** Last day in force; empty = still in force. */
  effectiveTo?: string;
  /** Commendation types this rule judges; absent = thường xuyên only. */
  types?: CommendationType[];
  /** The texts of the period, e.g. "Luật TĐKT 2022; Nghị định 152/2025/NĐ-CP". */
  legalBasis: string;
  /** The clauses behind the period's chain principles, cited in reasons; absent = the principle does not apply. */
  chainClauses?: ChainClauses;
  /** 1 = from memory or a secondary source: the office should check it against the text. */
  needsCheck: AwardFlag;
  condition: RuleNode;
  origin: 'seed' | 'manual';
  updatedAt: string;
}

/** Loại đợt: year-end, movement/chuyên đề, đột xuất. */
export const ROUND_TYPES = ['nam', 'chuyen_de', 'dot_xuat'] as const;
export type RoundType = (typeof ROUND_TYPES)[number];

/** Đợt xét khen thưởng. */
export interface NominationRound {
  id: string;
  name: string;
  year: number;
  type: RoundType;
  movementId?: string;
  deadline?: string;
  /** Submission letter (tờ trình) number and date, printed on the list and letter. */
  letterNumber?: string;
  letterDate?: string;
  /** The council meeting (printed in the minutes): date, time "08:30", place, chair and secretary. */
  meetingDate?: string;
  meetingTime?: string;
  meetingPlace?: string;
  chairName?: string;
  /** The chair's office, e.g. "Chủ tịch Liên minh Hợp tác xã thành phố"; the minutes add "Chủ tịch Hội đồng". */
  chairTitle?: string;
  secretaryName?: string;
  status: 'open' | 'closed';
  createdAt: string;
  updatedAt: string;
}

export const NOMINATION_STATUSES = ['draft', 'submitted', 'reviewed', 'approved', 'rejected', 'decided'] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

/** An attached file as listed on the nomination; its bytes live in NominationFile with the same id. */
export interface NominationAttachment {
  id: string;
  docType: DocumentType;
  fileName: string;
  mimeType: string;
  size: number;
}

/** Bytes of an attached file (table nominationFiles). */
export interface NominationFile {
  id: string;
  nominationId: string;
  data: Blob;
}

/**
 * A written decision to nominate although one condition of a rule is not met: the node at `path`
 * of the rule's tree counts as met, the rest of the tree is still judged (a missing report still
 * fails). Absent path (earlier versions) = the whole rule.
 */
export interface EligibilityOverride {
  ruleId: string;
  path?: string;
  reason: string;
  at: string;
}

/**
 * The office's confirmation of one branch of a rule tree on a nomination: a judgment the law leaves
 * to the council (a 'confirmed' leaf) or evidence entered for a 'clusterLead' leaf.
 */
export interface NodeConfirmation {
  ruleId: string;
  /** Path of the node in the rule's tree: child indexes joined by '.', '' for the root. */
  path: string;
  evidence: string;
  at: string;
}

/** One entry of a round: a nominee proposed for an award. */
export interface Nomination {
  id: string;
  roundId: string;
  recipientKind: RecipientKind;
  recipientId: string;
  catalogCode: string;
  /** Loại hình khen thưởng (Luật TĐKT 2022 Điều 8): picks the standard it is judged by. */
  commendationType: CommendationType;
  summary: string;
  note?: string;
  initiativeId?: string;
  /** Phân loại đối tượng as the member unit's list gives it (lãnh đạo, người trực tiếp lao động, hộ gia đình…). */
  category?: string;
  importBatchId?: string;
  confirmations?: NodeConfirmation[];
  attachments: NominationAttachment[];
  overrides: EligibilityOverride[];
  status: NominationStatus;
  submittedAt?: string;
  decisionNumber?: string;
  decisionDate?: string;
  decisionAuthority?: string;
  awardId?: string;
  createdAt: string;
  updatedAt: string;
}

/** Council vote on one nomination (Hội đồng Thi đua - Khen thưởng, secret ballot). */
export interface CouncilVote {
  id: string;
  roundId: string;
  nominationId: string;
  meetingDate: string;
  membersTotal: number;
  membersPresent: number;
  ballotsIssued: number;
  ballotsValid: number;
  votesFor: number;
  /** Threshold in force when the vote was recorded (copied from the catalogue). */
  threshold: CouncilThreshold;
  percent: number;
  passed: AwardFlag;
  createdAt: string;
}
