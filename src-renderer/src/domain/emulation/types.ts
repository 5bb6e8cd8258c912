/**
 * Emulation data shapes: movements, registrations, cooperation programmes, events,
 * clusters with their yearly criteria tables, scores and votes. Dates are ISO yyyy-mm-dd.
 */

/** Level of the body that launched a movement. */
export const MOVEMENT_LEVELS = ['national', 'vca', 'province', 'alliance'] as const;
export type MovementLevel = (typeof MOVEMENT_LEVELS)[number];

export const MOVEMENT_STATUSES = ['draft', 'open', 'closed'] as const;
export type MovementStatus = (typeof MOVEMENT_STATUSES)[number];

/** Phong trào thi đua. */
export interface Movement {
  id: string;
  name: string;
  periodFrom: string;
  periodTo: string;
  level: MovementLevel;
  launchingBody: string;
  content: string;
  criteriaText: string;
  status: MovementStatus;
  createdAt: string;
  updatedAt: string;
}

/** Đăng ký thi đua: a unit's registration for a movement, with its targets. */
export interface MovementRegistration {
  id: string;
  movementId: string;
  unitId: string;
  registeredDate?: string;
  /** Targets (chỉ tiêu đăng ký) as written by the unit. */
  targets: string;
  notes?: string;
  source: 'manual' | 'import';
  importBatchId?: string;
  createdAt: string;
  updatedAt: string;
}

/** Chương trình phối hợp. */
export interface Programme {
  id: string;
  name: string;
  partnerBody: string;
  periodFrom: string;
  periodTo: string;
  content: string;
  movementIds: string[];
  createdAt: string;
  updatedAt: string;
}

export const EVENT_TYPES = ['hoi_nghi', 'tap_huan', 'san_khau_hoa', 'khac'] as const;
export type EmulationEventType = (typeof EVENT_TYPES)[number];

/** Hội nghị, tập huấn, sân khấu hóa tuyên truyền. */
export interface EmulationEvent {
  id: string;
  title: string;
  date: string;
  place: string;
  type: EmulationEventType;
  movementId?: string;
  participants?: number;
  notes?: string;
  createdAt: string;
  updatedAt: string;
}

/** A file attached to a movement (or another record), kept in IndexedDB as a Blob. */
export interface Attachment {
  id: string;
  ownerTable: string;
  ownerId: string;
  fileName: string;
  mimeType: string;
  size: number;
  blob: Blob;
  createdAt: string;
}

/** Cụm thi đua (members are alliances) or khối thi đua (members are HTX inside a province). */
export type ClusterKind = 'cum' | 'khoi';

export interface ClusterMember {
  /** Stable key inside the cluster; scores and votes refer to it. */
  id: string;
  name: string;
  /** For alliance members: the province the alliance covers (matches summary packages). */
  provinceCode?: string;
  /** For khối members: the registry unit. */
  unitId?: string;
}

export interface Cluster {
  id: string;
  name: string;
  kind: ClusterKind;
  /** Current members; each year keeps its own copy since membership changes. */
  members: ClusterMember[];
  notes?: string;
  createdAt: string;
  updatedAt: string;
}

/** One year of a cluster: members that year, chair, vice-chair, covenant. */
export interface ClusterYear {
  id: string;
  clusterId: string;
  year: number;
  members: ClusterMember[];
  chairId?: string;
  viceChairId?: string;
  /** Giao ước thi đua signed on. */
  covenantDate?: string;
  notes?: string;
  createdAt: string;
  updatedAt: string;
}

/** base: ordinary criterion; bonus: điểm thưởng (added); penalty: điểm trừ (deducted). */
export const CRITERION_KINDS = ['base', 'bonus', 'penalty'] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];

/** One row of the criteria table (bảng chấm điểm). */
export interface Criterion {
  id: string;
  clusterYearId: string;
  /** Display order in the table. */
  order: number;
  /** Short code printed in the table and score sheets, e.g. "1.2". */
  code: string;
  /** Group heading, e.g. "I. Công tác tuyên truyền". */
  group: string;
  name: string;
  maxPoints: number;
  /** Multiplier applied to the points (hệ số); 1 when unweighted. */
  weight: number;
  kind: CriterionKind;
  /** Evidence required (minh chứng). */
  evidence: string;
}

/** Points given to one member for one criterion: self, cross (by another member) and agreed. */
export interface Score {
  id: string;
  clusterYearId: string;
  memberId: string;
  criterionId: string;
  self?: number;
  cross?: number;
  /** Member who cross-scored. */
  crossById?: string;
  agreed?: number;
  note?: string;
  updatedAt: string;
}

export const VOTE_SUBJECTS = ['leading_unit', 'co_thi_dua', 'bang_khen'] as const;
export type VoteSubject = (typeof VOTE_SUBJECTS)[number];

/** Base of the threshold: all members of the cluster, or those present at the meeting. */
export type VoteBase = 'full' | 'present';

export interface VoteCandidate {
  memberId: string;
  votes: number;
}

/** Vote record (biên bản kiểm phiếu) for one subject in one cluster year. */
export interface ClusterVote {
  id: string;
  clusterYearId: string;
  subject: VoteSubject;
  date?: string;
  membersTotal: number;
  present: number;
  ballotsIssued: number;
  ballotsValid: number;
  base: VoteBase;
  /** Percent of the base a candidate needs, e.g. 50 or 90. */
  thresholdPercent: number;
  /** true: strictly more than the threshold (quá bán); false: at least. */
  strictlyMore: boolean;
  candidates: VoteCandidate[];
  createdAt: string;
  updatedAt: string;
}
