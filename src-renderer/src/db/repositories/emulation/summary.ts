import { computeYearSummary, type SummaryUnit, type SummaryUnitYear } from '@/domain/summary/aggregate';
import { upgradeStoredPackage } from '@/domain/summary/consolidate';
import type { StoredSummaryPackage, SummaryPackageData, YearSummary } from '@/domain/summary/types';
import type { ClusterMember } from '@/domain/emulation/types';
import { getDb, type AppDatabase } from '../../database';
import { auditedWrite } from '../../audit';
import { ANY_DATABASE, onTablesChanged } from '../../changes';
import { newId, nowIso } from '../../ids';
import { emulationTables } from './tables';
import { decodeYearChunk } from '@/domain/registry/unitYearChunk';
import { unitDirectory } from '../registry/unitDirectory';

export interface SummaryScope {
  /** Limit to these units (a khối of member HTX); undefined = every unit of this alliance. */
  unitIds?: string[];
}

export interface SummaryTiming {
  readMs: number;
  computeMs: number;
  unitCount: number;
  rowCount: number;
  /** True when the year's figures came from memory (no IndexedDB read). */
  cached: boolean;
}

/**
 * The figures of recently viewed years in memory, per database, so switching year reuses them; a
 * write to the year chunks (any unit write that touched figures, here or in another window) drops
 * them. The units come from the unit directory's shared in-memory copy, patched after each write.
 */
const yearFigures = new Map<string, Map<number, Promise<SummaryUnitYear[]>>>();
const YEARS_KEPT = 4;
let listening = false;

function yearsFor(db: AppDatabase): Map<number, Promise<SummaryUnitYear[]>> {
  if (!listening) {
    listening = true;
    onTablesChanged(['unitYearChunks'], (name) => yearFigures.get(name)?.clear(), ANY_DATABASE);
  }
  let years = yearFigures.get(db.name);
  if (!years) yearFigures.set(db.name, (years = new Map()));
  return years;
}

/** One year's figures of every unit: ≤128 chunk records, kept current by every unit write (directoryStore.ts). */
async function readYearFigures(db: AppDatabase, year: number): Promise<SummaryUnitYear[]> {
  const chunks = await db.unitYearChunks.where('year').equals(year).toArray();
  const out: SummaryUnitYear[] = [];
  for (const c of chunks) for (const r of decodeYearChunk(c)) out.push(r);
  return out;
}

/**
 * Year-end summary from stored data: every unit (the unit directory) and the chosen year's figures
 * (the year chunks), both derived data maintained on write, then one aggregation pass.
 */
export async function loadYearSummary(
  year: number,
  scope: SummaryScope = {},
  db: AppDatabase = getDb(),
): Promise<{ summary: YearSummary; timing: SummaryTiming }> {
  const t0 = performance.now();
  const years = yearsFor(db);
  const cached = years.has(year);
  if (!cached) {
    const read = readYearFigures(db, year);
    years.set(year, read);
    read.catch(() => years.get(year) === read && years.delete(year));
    if (years.size > YEARS_KEPT) years.delete(years.keys().next().value!);
  }
  const [directory, unitYears, awards] = await Promise.all([unitDirectory(db), years.get(year)!, db.awards.where('year').equals(year).toArray()]);
  let units: SummaryUnit[] = directory.entries;
  if (scope.unitIds) {
    const wanted = new Set(scope.unitIds);
    units = units.filter((u) => wanted.has(u.id));
  }
  const t1 = performance.now();
  const summary = computeYearSummary({ year, units, unitYears, awards });
  const t2 = performance.now();
  return { summary, timing: { readMs: t1 - t0, computeMs: t2 - t1, unitCount: units.length, rowCount: unitYears.length, cached } };
}

export async function listPackages(clusterId: string, year: number, db: AppDatabase = getDb()): Promise<StoredSummaryPackage[]> {
  const rows = await emulationTables(db).packages.where('year').equals(year).toArray();
  // Rows imported before the reported counts existed are read in today's shape (see upgradeStoredPackage).
  return rows.filter((p) => p.scopeId === clusterId).map(upgradeStoredPackage);
}

/** Store a member's package; a package already stored for the same cluster, year and member is replaced. */
export async function storeSummaryPackage(
  clusterId: string,
  member: ClusterMember,
  data: SummaryPackageData,
  fileName: string,
  db: AppDatabase = getDb(),
): Promise<{ pkg: StoredSummaryPackage; replaced: boolean }> {
  const t = emulationTables(db);
  return auditedWrite(db, [t.packages], async ({ audit }) => {
    const previous = await t.packages.where('[scopeId+year+memberKey]').equals([clusterId, data.year, member.id]).toArray();
    await t.packages.bulkDelete(previous.map((p) => p.id));
    const pkg: StoredSummaryPackage = { ...data, id: newId(), scopeId: clusterId, memberKey: member.id, fileName, importedAt: nowIso() };
    await t.packages.add(pkg);
    await audit({
      action: previous.length ? 'replace' : 'import',
      table: 'summaryPackages',
      recordId: pkg.id,
      summary: `${previous.length ? 'Thay' : 'Nhập'} gói số liệu tổng kết năm ${data.year} của "${member.name}" từ "${fileName}"`,
      before: previous[0]?.summary.total,
      after: pkg.summary.total,
    });
    return { pkg, replaced: previous.length > 0 };
  });
}

export async function removeSummaryPackage(id: string, db: AppDatabase = getDb()): Promise<void> {
  const t = emulationTables(db);
  await auditedWrite(db, [t.packages], async ({ audit }) => {
    const before = await t.packages.get(id);
    if (!before) return;
    await t.packages.delete(id);
    await audit({
      action: 'delete',
      table: 'summaryPackages',
      recordId: id,
      summary: `Xóa gói số liệu năm ${before.year} của "${before.memberName}"`,
      before: before.summary.total,
    });
  });
}
