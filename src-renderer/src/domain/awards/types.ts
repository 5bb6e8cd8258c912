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
  updatedAt: string;
}

/** Scope at which an initiative (sáng kiến) was recognised, lowest first. */
export const INITIATIVE_LEVELS = ['co_so', 'bo_tinh', 'toan_quoc'] as const;
export type InitiativeLevel = (typeof INITIATIVE_LEVELS)[number];

/** A recognised initiative. It supports one award only: usedByAwardId is set when an award used it. */
export interface Initiative {
  id: string;
  personId: string;
  title: string;
  year: number;
  level: InitiativeLevel;
  /** Body and decision that recognised it. */
  recognisedBy?: string;
  usedByAwardId?: string;
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

/** What a rule requires. Codes refer to catalogue entries; "year" is the achievement year Y of the nomination. */
export type RuleCondition =
  /** Holds one of `codes` at least `minCount` times, optionally only within the last `withinYears` years. */
  | { kind: 'prerequisite'; codes: string[]; minCount?: number; withinYears?: number }
  /** One of `codes` in each of `years` consecutive years ending at Y + endOffset (0 = Y itself, -1 = the year before). */
  | { kind: 'consecutive'; codes: string[]; years: number; endOffset?: number; sinceLastOf?: string[] }
  /** At least `count` of `codes` within the `windowYears` years ending at Y. */
  | { kind: 'countInWindow'; codes: string[]; count: number; windowYears: number; sinceLastOf?: string[] }
  /** Rating at least `minRating` in each of `years` consecutive years ending at Y. */
  | { kind: 'rating'; minRating: Rating; years: number; sinceLastOf?: string[] }
  /** An unused initiative of at least `minLevel` recognised within `withinYears` years ending at Y. */
  | { kind: 'initiative'; minLevel: InitiativeLevel; withinYears: number }
  /** Awards of these commendation types do not count for the entry's other rules. */
  | { kind: 'excludeTypes'; types: CommendationType[] }
  /** Cap across a round: nominees for this entry <= percent of holders of `ofCodes` in Y (per unit or whole round). */
  | { kind: 'quota'; percent: number; ofCodes: string[]; per: 'unit' | 'round' }
  /** None of these in force on the judging date (discipline counts also when imposed in year Y). */
  | { kind: 'noBlocking'; blocks: BlockKind[]; minDisciplineLevel?: DisciplineLevel }
  /** Collectives: share of members holding `codes` (or rated at least `minRating`) in Y. */
  | { kind: 'memberShare'; codes?: string[]; minRating?: Rating; minPercent?: number; minCount?: number }
  /** Collectives: no member disciplined at `minLevel` or above in Y. */
  | { kind: 'memberDiscipline'; minLevel: DisciplineLevel }
  /** Documents the nomination file must carry. */
  | { kind: 'documents'; documents: DocumentType[] };

export type RuleKind = RuleCondition['kind'];

/** Document types a nomination can carry. */
export const DOCUMENT_TYPES = ['bao_cao_thanh_tich', 'xac_nhan_thue_bhxh', 'minh_chung_sang_kien', 'bien_ban_binh_xet', 'khac'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** An eligibility rule: data attached to a catalogue entry, valid between two dates. */
export interface EligibilityRule {
  id: string;
  catalogCode: string;
  effectiveFrom: string;
  /** Last day in force; empty = still in force. */
  effectiveTo?: string;
  /** e.g. "Điều 23 Nghị định 152/2025/NĐ-CP". */
  legalBasis: string;
  /** 1 = from memory or a secondary source: the office should check it against the text. */
  needsCheck: AwardFlag;
  condition: RuleCondition;
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

/** A written override of a failing eligibility rule. */
export interface EligibilityOverride {
  ruleId: string;
  reason: string;
  at: string;
}

/** One entry of a round: a nominee proposed for an award. */
export interface Nomination {
  id: string;
  roundId: string;
  recipientKind: RecipientKind;
  recipientId: string;
  catalogCode: string;
  summary: string;
  note?: string;
  initiativeId?: string;
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
