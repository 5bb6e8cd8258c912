import { formatNumber } from '../text/format';
import { BUCKET_FIELDS, REPORTED_FIELD, REPORTED_FIGURES, type ReportedFigure, type SummaryBucket } from './types';

export function emptyBucket(): SummaryBucket {
  return {
    htx: 0,
    tht: 0,
    lienHiep: 0,
    qtdnd: 0,
    other: 0,
    newUnits: 0,
    dissolved: 0,
    newMembers: 0,
    reporting: 0,
    members: 0,
    workers: 0,
    revenue: 0,
    profit: 0,
    incomeWeighted: 0,
    incomeWorkers: 0,
    membersReported: 0,
    workersReported: 0,
    revenueReported: 0,
    profitReported: 0,
  };
}

/** into += from, field by field. */
export function addBucket(into: SummaryBucket, from: SummaryBucket): SummaryBucket {
  for (const f of BUCKET_FIELDS) into[f] += from[f];
  return into;
}

/** HTX + THT + liên hiệp + QTDND + other active at year end. */
export function activeUnits(b: SummaryBucket): number {
  return b.htx + b.tht + b.lienHiep + b.qtdnd + b.other;
}

/** Average monthly income per worker, weighted by workers; undefined when nobody reported it. */
export function averageIncome(b: SummaryBucket): number | undefined {
  return b.incomeWorkers > 0 ? Math.round(b.incomeWeighted / b.incomeWorkers) : undefined;
}

/** A figure with its coverage: `reported` of the `units` active at year end gave it. */
export interface FigureCoverage {
  /** The sum; undefined when no unit reported the figure (unknown, not zero). */
  value: number | undefined;
  reported: number;
  units: number;
}

export function figureCoverage(b: SummaryBucket, f: ReportedFigure): FigureCoverage {
  const reported = b[REPORTED_FIELD[f]];
  return { value: reported > 0 ? b[f] : undefined, reported, units: activeUnits(b) };
}

/** "(2/4 đơn vị báo cáo)" when only some units gave the figure; '' when all or none did. */
export function coverageNote(c: FigureCoverage): string {
  if (c.reported <= 0 || c.reported >= c.units) return '';
  return `(${formatNumber(c.reported)}/${formatNumber(c.units)} đơn vị báo cáo)`;
}

/**
 * The reported counts of a bucket written before they existed (package format 1, or a package stored
 * from such a file). Those buckets only know how many units sent an indicator row (`reporting`) and
 * the sums, where a missing value was added as nothing. Rule: a figure whose sum is non-zero counts as
 * reported by all `reporting` units; a sum of 0 counts as not reported (0 units), since the old sum
 * cannot tell a real 0 from figures nobody gave and printing "0 người" is the error being fixed.
 * A non-zero sum with `reporting` 0 (only a hand-edited file) counts as reported by 1 unit, so the
 * figure is shown rather than hidden. Counts already present are kept.
 */
export function withLegacyReportedCounts(b: Partial<SummaryBucket>): SummaryBucket {
  const out = { ...emptyBucket(), ...b };
  for (const f of BUCKET_FIELDS) if (typeof out[f] !== 'number' || Number.isNaN(out[f])) out[f] = 0;
  for (const f of REPORTED_FIGURES) {
    if (typeof b[REPORTED_FIELD[f]] === 'number') continue;
    out[REPORTED_FIELD[f]] = out[f] !== 0 ? Math.max(out.reporting, 1) : 0;
  }
  return out;
}

/** True when the bucket lacks a reported count (written before the counts existed). */
export function lacksReportedCounts(b: Partial<SummaryBucket>): boolean {
  return REPORTED_FIGURES.some((f) => typeof b[REPORTED_FIELD[f]] !== 'number');
}
