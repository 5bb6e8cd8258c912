import type { AwardRecord } from '../awards/types';
import { SECTORS, type Sector, type Unit, type UnitYear } from '../registry/types';
import { compareVi } from '../text/collate';
import { emptyBucket } from './bucket';
import { admittedIn, dissolvedIn, foundedIn, isActiveAtYearEnd, isModelUnitAward, isoYear } from './rules';
import {
  KIND_FIELD,
  type CommuneAdmissions,
  type ModelUnitRow,
  type ProvinceRow,
  type SectorRow,
  type SummaryBucket,
  type TrendPoint,
  type YearSummary,
} from './types';

export type SummaryUnit = Pick<
  Unit,
  'id' | 'kind' | 'name' | 'status' | 'statusDate' | 'foundedDate' | 'member' | 'memberSince' | 'provinceCode' | 'communeCode' | 'sector'
>;
export type SummaryUnitYear = Pick<UnitYear, 'unitId' | 'year' | 'members' | 'workers' | 'revenue' | 'profit' | 'avgIncome'>;
export type SummaryAward = Pick<AwardRecord, 'year' | 'recipientKind' | 'recipientId' | 'catalogCode' | 'awardName' | 'decisionNumber'>;

export interface SummaryInput {
  year: number;
  /** Every unit of the scope (any status). */
  units: Iterable<SummaryUnit>;
  /** Indicator rows; rows of other years or of units outside `units` are ignored. */
  unitYears: Iterable<SummaryUnitYear>;
  /** Award history rows (any year; only `year` counts). */
  awards?: Iterable<SummaryAward>;
  /** Years shown in the trend, ending at `year`. */
  trendYears?: number;
}

const NEVER = Number.MAX_SAFE_INTEGER;

/**
 * The year-end summary of one scope in one pass over units and one over the year's indicator rows.
 * Per-row work is field additions into buckets chosen by precomputed slot arrays: no allocation per row,
 * so 100,000 units and their rows aggregate in milliseconds.
 */
export function computeYearSummary(input: SummaryInput): YearSummary {
  const { year } = input;
  const trendYears = Math.max(1, input.trendYears ?? 10);
  const firstTrendYear = year - trendYears + 1;

  const total = emptyBucket();
  const sectorBuckets = new Map<Sector | '', SummaryBucket>();
  for (const s of SECTORS) sectorBuckets.set(s, emptyBucket());
  sectorBuckets.set('', emptyBucket());
  const provinceBuckets = new Map<string, SummaryBucket>();
  const communeAdmissions = new Map<string, CommuneAdmissions>();
  // Trend: +1 at the first year a unit is active, −1 at the first year it no longer is (difference arrays).
  const trendDelta: Record<'htx' | 'tht' | 'lienHiep' | 'qtdnd' | 'other', Int32Array> = {
    htx: new Int32Array(trendYears + 1),
    tht: new Int32Array(trendYears + 1),
    lienHiep: new Int32Array(trendYears + 1),
    qtdnd: new Int32Array(trendYears + 1),
    other: new Int32Array(trendYears + 1),
  };

  // Active units only receive indicators: the slot maps unit id -> its sector and province buckets.
  const activeSlot = new Map<string, number>();
  const slotSector: SummaryBucket[] = [];
  const slotProvince: SummaryBucket[] = [];
  const unitById = new Map<string, SummaryUnit>();

  for (const u of input.units) {
    unitById.set(u.id, u);
    const fy = isoYear(u.foundedDate) ?? -NEVER;
    const dy = u.status === 'dissolved' ? (isoYear(u.statusDate) ?? -NEVER) : NEVER;
    const kindField = KIND_FIELD[u.kind] ?? 'other';

    // Trend over [firstTrendYear, year]: active in years fy..dy-1.
    const from = Math.max(fy, firstTrendYear);
    const to = Math.min(dy, year + 1);
    if (from < to) {
      const delta = trendDelta[kindField as keyof typeof trendDelta];
      delta[from - firstTrendYear]! += 1;
      delta[to - firstTrendYear]! -= 1;
    }

    const sectorBucket = sectorBuckets.get(u.sector ?? '') ?? sectorBuckets.get('')!;
    const pc = u.provinceCode ?? '';
    let provinceBucket = provinceBuckets.get(pc);
    if (!provinceBucket) {
      provinceBucket = emptyBucket();
      provinceBuckets.set(pc, provinceBucket);
    }

    if (isActiveAtYearEnd(u, year)) {
      total[kindField] += 1;
      sectorBucket[kindField] += 1;
      provinceBucket[kindField] += 1;
      activeSlot.set(u.id, slotSector.length);
      slotSector.push(sectorBucket);
      slotProvince.push(provinceBucket);
    }
    if (foundedIn(u, year)) {
      total.newUnits += 1;
      sectorBucket.newUnits += 1;
      provinceBucket.newUnits += 1;
    }
    if (dissolvedIn(u, year)) {
      total.dissolved += 1;
      sectorBucket.dissolved += 1;
      provinceBucket.dissolved += 1;
    }
    if (admittedIn(u, year)) {
      total.newMembers += 1;
      sectorBucket.newMembers += 1;
      provinceBucket.newMembers += 1;
      const key = `${pc}\u0000${u.communeCode ?? ''}`;
      const c = communeAdmissions.get(key);
      if (c) c.count += 1;
      else communeAdmissions.set(key, { provinceCode: pc, communeCode: u.communeCode ?? '', count: 1 });
    }
  }

  for (const r of input.unitYears) {
    if (r.year !== year) continue;
    const slot = activeSlot.get(r.unitId);
    if (slot === undefined) continue;
    addIndicators(total, r);
    addIndicators(slotSector[slot]!, r);
    addIndicators(slotProvince[slot]!, r);
  }

  const modelUnits: ModelUnitRow[] = [];
  for (const a of input.awards ?? []) {
    if (a.year !== year || !isModelUnitAward(a)) continue;
    const u = unitById.get(a.recipientId);
    if (!u) continue;
    modelUnits.push({
      unitId: u.id,
      name: u.name,
      provinceCode: u.provinceCode ?? '',
      awardName: a.awardName,
      decisionNumber: a.decisionNumber ?? '',
    });
  }
  modelUnits.sort((a, b) => compareVi(a.provinceCode, b.provinceCode) || compareVi(a.name, b.name));

  const trend: TrendPoint[] = [];
  const run = { htx: 0, tht: 0, lienHiep: 0, qtdnd: 0, other: 0 };
  for (let i = 0; i < trendYears; i++) {
    run.htx += trendDelta.htx[i]!;
    run.tht += trendDelta.tht[i]!;
    run.lienHiep += trendDelta.lienHiep[i]!;
    run.qtdnd += trendDelta.qtdnd[i]!;
    run.other += trendDelta.other[i]!;
    trend.push({ year: firstTrendYear + i, ...run });
  }

  const bySector: SectorRow[] = [];
  for (const [sector, bucket] of sectorBuckets) if (!isEmpty(bucket)) bySector.push({ sector, bucket });
  const byProvince: ProvinceRow[] = [];
  for (const [provinceCode, bucket] of provinceBuckets) if (!isEmpty(bucket)) byProvince.push({ provinceCode, bucket });
  byProvince.sort((a, b) => compareVi(a.provinceCode, b.provinceCode));
  const newMembersByCommune = [...communeAdmissions.values()].sort(
    (a, b) => compareVi(a.provinceCode, b.provinceCode) || compareVi(a.communeCode, b.communeCode),
  );

  return { year, total, bySector, byProvince, newMembersByCommune, modelUnits, trend };
}

/**
 * A figure counts as reported when the unit-year has it (a 0 typed in is a real 0); undefined or null
 * is not reported. NaN never comes from validated input; it is skipped rather than poisoning the sums.
 */
function known(v: number | null | undefined): v is number {
  return v !== undefined && v !== null && !Number.isNaN(v);
}

function addIndicators(b: SummaryBucket, r: SummaryUnitYear): void {
  b.reporting += 1;
  const { members, workers, revenue, profit, avgIncome } = r;
  if (known(members)) {
    b.members += members;
    b.membersReported += 1;
  }
  if (known(workers)) {
    b.workers += workers;
    b.workersReported += 1;
  }
  if (known(revenue)) {
    b.revenue += revenue;
    b.revenueReported += 1;
  }
  if (known(profit)) {
    b.profit += profit;
    b.profitReported += 1;
  }
  // Weighted by workers, so only rows with workers count; a reported income of 0 is a real 0.
  if (known(avgIncome) && known(workers) && workers > 0) {
    b.incomeWeighted += avgIncome * workers;
    b.incomeWorkers += workers;
  }
}

function isEmpty(b: SummaryBucket): boolean {
  return b.htx + b.tht + b.lienHiep + b.qtdnd + b.other + b.newUnits + b.dissolved + b.newMembers + b.reporting === 0;
}
