import Dexie from 'dexie';
import { computeYearSummary, type SummaryUnit, type SummaryUnitYear } from '@/domain/summary/aggregate';
import type { StoredSummaryPackage, SummaryPackageData, YearSummary } from '@/domain/summary/types';
import type { ClusterMember } from '@/domain/emulation/types';
import { getDb, type AppDatabase } from '../../database';
import { auditedWrite } from '../../audit';
import { newId, nowIso } from '../../ids';
import { emulationTables } from './tables';
import { clearSummaryColumns, readUnitColumns, readYearColumns, unitsStamp, writeUnitColumns, writeYearColumns } from './summary-snapshot';
import type { Unit } from '@/domain/registry/types';

export interface SummaryScope {
  /** Limit to these units (a khối of member HTX); undefined = every unit of this alliance. */
  unitIds?: string[];
}

export interface SummaryTiming {
  readMs: number;
  computeMs: number;
  unitCount: number;
  rowCount: number;
  /** True when units and the year's rows came from the in-memory snapshot (no IndexedDB read). */
  cached: boolean;
}

/**
 * In-memory snapshot of what the summary reads, per database: the units (projected to the fields the
 * summary uses) and the indicator rows of recently viewed years, so switching year or scope reuses
 * them; any write to units (this window or another, via Dexie's storagemutated event) drops
 * them: a unit's years live in its record. Below it sits the persisted column copy (summary-snapshot.ts).
 */
interface Snapshot {
  units?: Promise<SummaryUnit[]>;
  years: Map<number, Promise<SummaryUnitYear[]>>;
}
const snapshots = new Map<string, Snapshot>();
const YEARS_KEPT = 4;
let listening = false;

function snapshotFor(db: AppDatabase): Snapshot {
  if (!listening) {
    listening = true;
    Dexie.on('storagemutated', (parts) => {
      for (const key of Object.keys(parts)) {
        const m = /^idb:\/\/([^/]+)\/([^/]+)\//.exec(key);
        const snap = m ? snapshots.get(m[1]!) : undefined;
        if (!snap) continue;
        if (m![2] === 'units') {
          snap.units = undefined;
          snap.years.clear();
        }
      }
    });
  }
  let snap = snapshots.get(db.name);
  if (!snap) {
    snap = { years: new Map() };
    snapshots.set(db.name, snap);
  }
  return snap;
}

function project(u: SummaryUnit): SummaryUnit {
  return {
    id: u.id, kind: u.kind, name: u.name, status: u.status, statusDate: u.statusDate, foundedDate: u.foundedDate,
    member: u.member, memberSince: u.memberSince, provinceCode: u.provinceCode, communeCode: u.communeCode, sector: u.sector,
  };
}

/** The summary's fields of every unit's entry for `year`. */
function yearRows(units: readonly Unit[], year: number): SummaryUnitYear[] {
  const out: SummaryUnitYear[] = [];
  for (const u of units) {
    const r = u.years?.find((y) => y.year === year);
    if (r) out.push({ unitId: u.id, year, members: r.members, workers: r.workers, revenue: r.revenue, profit: r.profit, avgIncome: r.avgIncome });
  }
  return out;
}

/** Drop the in-memory snapshot; `persisted` also drops the stored columns (benches measuring a cold read). */
export async function forgetSummarySnapshot(db: AppDatabase = getDb(), persisted = false): Promise<void> {
  snapshots.delete(db.name);
  if (persisted) await clearSummaryColumns(db);
}

/**
 * Fills what the snapshot lacks for `year`, from the persisted column copy when it is current, else
 * from one read of the units table shared by both parts. Stamped before the read: a write in
 * between makes the stored copy stale at once, never wrong.
 */
function fillSnapshot(db: AppDatabase, snap: Snapshot, year: number): void {
  const stamp = unitsStamp(db);
  let all: Promise<Unit[]> | undefined;
  const readAll = () => (all ??= db.units.toArray());
  snap.units ??= (async () => {
    const st = await stamp;
    const stored = await readUnitColumns(db, st);
    if (stored) return stored;
    const units = (await readAll()).map(project);
    writeUnitColumns(db, st, units).catch(() => undefined);
    return units;
  })();
  if (!snap.years.has(year)) {
    snap.years.set(year, (async () => {
      const st = await stamp;
      const stored = await readYearColumns(db, year, st);
      if (stored) return stored;
      const rows = yearRows(await readAll(), year);
      writeYearColumns(db, year, st, rows).catch(() => undefined);
      return rows;
    })());
    if (snap.years.size > YEARS_KEPT) snap.years.delete(snap.years.keys().next().value!);
  }
}

/**
 * Year-end summary from stored data: all units and the chosen year's indicators (kept in each
 * unit), through the in-memory snapshot and the persisted column copy, then one aggregation pass.
 */
export async function loadYearSummary(year: number, scope: SummaryScope = {}, db: AppDatabase = getDb()): Promise<{ summary: YearSummary; timing: SummaryTiming }> {
  const t0 = performance.now();
  const snap = snapshotFor(db);
  const cached = snap.units !== undefined && snap.years.has(year);
  fillSnapshot(db, snap, year);
  const unitsRead = snap.units!;
  const yearRead = snap.years.get(year)!;
  let allUnits: SummaryUnit[];
  let unitYears: SummaryUnitYear[];
  try {
    [allUnits, unitYears] = await Promise.all([unitsRead, yearRead]);
  } catch (err) {
    snapshots.delete(db.name);
    throw err;
  }
  const awards = await db.awards.where('year').equals(year).toArray();
  let units = allUnits;
  if (scope.unitIds) {
    const wanted = new Set(scope.unitIds);
    units = allUnits.filter((u) => wanted.has(u.id));
  }
  const t1 = performance.now();
  const summary = computeYearSummary({ year, units, unitYears, awards });
  const t2 = performance.now();
  return { summary, timing: { readMs: t1 - t0, computeMs: t2 - t1, unitCount: units.length, rowCount: unitYears.length, cached } };
}

export async function listPackages(clusterId: string, year: number, db: AppDatabase = getDb()): Promise<StoredSummaryPackage[]> {
  const rows = await emulationTables(db).packages.where('year').equals(year).toArray();
  return rows.filter((p) => p.scopeId === clusterId);
}

/** Store a member's package; a package already stored for the same cluster, year and member is replaced. */
export async function storeSummaryPackage(
  clusterId: string, member: ClusterMember, data: SummaryPackageData, fileName: string, db: AppDatabase = getDb(),
): Promise<{ pkg: StoredSummaryPackage; replaced: boolean }> {
  const t = emulationTables(db);
  return auditedWrite(db, [t.packages], async ({ audit }) => {
    const previous = await t.packages.where('[scopeId+year+memberKey]').equals([clusterId, data.year, member.id]).toArray();
    await t.packages.bulkDelete(previous.map((p) => p.id));
    const pkg: StoredSummaryPackage = { ...data, id: newId(), scopeId: clusterId, memberKey: member.id, fileName, importedAt: nowIso() };
    await t.packages.add(pkg);
    await audit({
      action: previous.length ? 'replace' : 'import', table: 'summaryPackages', recordId: pkg.id,
      summary: `${previous.length ? 'Thay' : 'Nhập'} gói số liệu tổng kết năm ${data.year} của "${member.name}" từ "${fileName}"`,
      before: previous[0]?.summary.total, after: pkg.summary.total,
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
    await audit({ action: 'delete', table: 'summaryPackages', recordId: id, summary: `Xóa gói số liệu năm ${before.year} của "${before.memberName}"`, before: before.summary.total });
  });
}
