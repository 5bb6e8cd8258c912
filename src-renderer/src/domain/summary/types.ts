import type { Sector, UnitKind } from '../registry/types';

/**
 * Summable figures of one slice of the year-end summary (the whole scope, a sector, a province,
 * or one member alliance). Every field is a plain sum so slices and packages add up field by field;
 * average income is derived as incomeWeighted / incomeWorkers.
 *
 * Unknown is not zero: `<figure>Reported` counts the units that reported the figure (a reported 0
 * counts, a missing value does not), so a sum of 0 from nobody reads "chưa có số liệu", not "0".
 * They come last so the columns of the earlier package format keep their places.
 */
export const BUCKET_FIELDS = [
  'htx',
  'tht',
  'lienHiep',
  'qtdnd',
  'other',
  'newUnits',
  'dissolved',
  'newMembers',
  'reporting',
  'members',
  'workers',
  'revenue',
  'profit',
  'incomeWeighted',
  'incomeWorkers',
  'membersReported',
  'workersReported',
  'revenueReported',
  'profitReported',
] as const;
export type BucketField = (typeof BUCKET_FIELDS)[number];
export type SummaryBucket = Record<BucketField, number>;

/** Figures a unit may leave unreported, each with the field counting the units that reported it. */
export const REPORTED_FIELD = {
  members: 'membersReported',
  workers: 'workersReported',
  revenue: 'revenueReported',
  profit: 'profitReported',
} as const satisfies Record<string, BucketField>;
export type ReportedFigure = keyof typeof REPORTED_FIELD;
export const REPORTED_FIGURES = Object.keys(REPORTED_FIELD) as ReportedFigure[];

/** Which bucket field counts active units of each kind. */
export const KIND_FIELD: Record<UnitKind, BucketField> = {
  htx: 'htx',
  tht: 'tht',
  lien_hiep: 'lienHiep',
  qtdnd: 'qtdnd',
  khac: 'other',
};

export interface SectorRow {
  /** '' = sector not recorded. */
  sector: Sector | '';
  bucket: SummaryBucket;
}

export interface ProvinceRow {
  /** '' = province not recorded. */
  provinceCode: string;
  bucket: SummaryBucket;
}

export interface CommuneAdmissions {
  provinceCode: string;
  communeCode: string;
  count: number;
}

/** A unit honoured as HTX điển hình tiên tiến in the year. */
export interface ModelUnitRow {
  unitId: string;
  name: string;
  provinceCode: string;
  awardName: string;
  decisionNumber: string;
  /** Member alliance it came from, in a consolidation. */
  memberName?: string;
}

/** Active units by kind at the end of one year. */
export interface TrendPoint {
  year: number;
  htx: number;
  tht: number;
  lienHiep: number;
  qtdnd: number;
  other: number;
}

/** Year-end summary (tổng kết thi đua năm) of one scope, computed from stored data. */
export interface YearSummary {
  year: number;
  total: SummaryBucket;
  bySector: SectorRow[];
  byProvince: ProvinceRow[];
  newMembersByCommune: CommuneAdmissions[];
  modelUnits: ModelUnitRow[];
  trend: TrendPoint[];
}

/** What one member alliance sends the cluster chair (gói số liệu tổng kết). */
export interface SummaryPackageData {
  year: number;
  /** Sending alliance. */
  memberName: string;
  /** Province the sender covers; the key that matches a cluster member. */
  provinceCode: string;
  createdDate: string;
  summary: Omit<YearSummary, 'trend'>;
}

/** A package stored by the cluster chair (table summaryPackages). */
export interface StoredSummaryPackage extends SummaryPackageData {
  id: string;
  /** Cluster id. */
  scopeId: string;
  /** Cluster member id the package belongs to. */
  memberKey: string;
  fileName: string;
  importedAt: string;
}
