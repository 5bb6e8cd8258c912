import type { ClusterMember } from '../emulation/types';
import { nameKey } from '../text/normalize';
import { addBucket, emptyBucket, lacksReportedCounts, withLegacyReportedCounts } from './bucket';
import type { ModelUnitRow, ProvinceRow, SectorRow, StoredSummaryPackage, SummaryBucket, SummaryPackageData } from './types';

/**
 * A package stored before the reported counts existed (summaryPackages rows and backups keep the
 * shape of the day they were imported) gets them by the format-1 rule, so sums never meet undefined.
 * Packages already in the current shape are returned as they are.
 */
export function upgradeStoredPackage<P extends Pick<SummaryPackageData, 'summary'>>(p: P): P {
  const s = p.summary;
  const stale =
    lacksReportedCounts(s.total) || s.bySector.some((r) => lacksReportedCounts(r.bucket)) || s.byProvince.some((r) => lacksReportedCounts(r.bucket));
  if (!stale) return p;
  return {
    ...p,
    summary: {
      ...s,
      total: withLegacyReportedCounts(s.total),
      bySector: s.bySector.map((r) => ({ ...r, bucket: withLegacyReportedCounts(r.bucket) })),
      byProvince: s.byProvince.map((r) => ({ ...r, bucket: withLegacyReportedCounts(r.bucket) })),
    },
  };
}

/** Which cluster member sent a package: same province code, else same folded name. */
export function matchPackageMember(pkg: Pick<SummaryPackageData, 'provinceCode' | 'memberName'>, members: ClusterMember[]): ClusterMember | undefined {
  if (pkg.provinceCode) {
    const byCode = members.find((m) => m.provinceCode && m.provinceCode === pkg.provinceCode);
    if (byCode) return byCode;
  }
  const key = nameKey(pkg.memberName);
  return members.find((m) => nameKey(m.name) === key);
}

/** A re-imported (corrected) package replaces the earlier one of the same cluster, year and member. */
export function replacePackage<P extends Pick<StoredSummaryPackage, 'scopeId' | 'year' | 'memberKey'>>(stored: P[], incoming: P): P[] {
  return [...stored.filter((p) => !(p.scopeId === incoming.scopeId && p.year === incoming.year && p.memberKey === incoming.memberKey)), incoming];
}

export interface MemberBreakdown {
  memberKey: string;
  memberName: string;
  provinceCode: string;
  /** Present when the member's package has been imported. */
  bucket?: SummaryBucket;
  fileName?: string;
  importedAt?: string;
}

export interface ClusterConsolidation {
  year: number;
  total: SummaryBucket;
  members: MemberBreakdown[];
  bySector: SectorRow[];
  byProvince: ProvinceRow[];
  modelUnits: ModelUnitRow[];
  /** Members whose package has not arrived. */
  missing: string[];
}

/** Cluster totals with the per-member breakdown, from the packages of one year. */
export function consolidatePackages(year: number, members: ClusterMember[], packages: StoredSummaryPackage[]): ClusterConsolidation {
  const ofYear = packages.filter((p) => p.year === year).map(upgradeStoredPackage);
  const total = emptyBucket();
  const sectors = new Map<string, SummaryBucket>();
  const provinces = new Map<string, SummaryBucket>();
  const modelUnits: ModelUnitRow[] = [];
  const rows: MemberBreakdown[] = [];
  const missing: string[] = [];
  for (const m of members) {
    const p = ofYear.find((x) => x.memberKey === m.id);
    if (!p) {
      missing.push(m.name);
      rows.push({ memberKey: m.id, memberName: m.name, provinceCode: m.provinceCode ?? '' });
      continue;
    }
    const s = p.summary;
    addBucket(total, s.total);
    for (const r of s.bySector) addBucket(getOrAdd(sectors, r.sector), r.bucket);
    for (const r of s.byProvince) addBucket(getOrAdd(provinces, r.provinceCode), r.bucket);
    for (const u of s.modelUnits) modelUnits.push({ ...u, memberName: m.name });
    rows.push({
      memberKey: m.id,
      memberName: m.name,
      provinceCode: p.provinceCode || m.provinceCode || '',
      bucket: s.total,
      fileName: p.fileName,
      importedAt: p.importedAt,
    });
  }
  return {
    year,
    total,
    members: rows,
    bySector: [...sectors].map(([sector, bucket]) => ({ sector: sector as SectorRow['sector'], bucket })),
    byProvince: [...provinces].map(([provinceCode, bucket]) => ({ provinceCode, bucket })),
    modelUnits,
    missing,
  };
}

function getOrAdd(map: Map<string, SummaryBucket>, key: string): SummaryBucket {
  let b = map.get(key);
  if (!b) {
    b = emptyBucket();
    map.set(key, b);
  }
  return b;
}
