import { BUCKET_FIELDS, type SummaryBucket } from './types';

export function emptyBucket(): SummaryBucket {
  return {
    htx: 0, tht: 0, lienHiep: 0, qtdnd: 0, other: 0,
    newUnits: 0, dissolved: 0, newMembers: 0,
    reporting: 0, members: 0, workers: 0, revenue: 0, profit: 0,
    incomeWeighted: 0, incomeWorkers: 0,
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
