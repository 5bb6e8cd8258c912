import { computeYearSummary, type SummaryUnit, type SummaryUnitYear } from '@/domain/summary/aggregate';
import { upgradeStoredPackage } from '@/domain/summary/consolidate';
import type { StoredSummaryPackage, SummaryPackageData, YearSummary } from '@/domain/summary/types';
import type { ClusterMember } from '@/domain/emulation/types';
import { getDb, type AppDatabase } from '../../database';
import { auditedWrite } from '../../audit';
import { ANY_DATABASE, onTablesChanged } from '../../changes';
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
    onTablesChanged(
      ['units'],
      (name) => {
        const snap = snapshots.get(name);
        if (!snap) return;
        snap.units = undefined;
        snap.years.clear();
      },
      ANY_DATABASE,
    );
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
    id: u.id,
    kind: u.kind,
    name: u.name,
    status: u.status,
    statusDate: u.statusDate,
    foundedDate: u.foundedDate,
    member: u.member,
    memberSince: u.memberSince,
    provinceCode: u.provinceCode,
    communeCode: u.communeCode,
    sector: u.sector,
  };
}

/** Every unit projected, and every year's indicator rows, from one pass over the units table. */
interface FullRead {
  units: SummaryUnit[];
  years: Map<number, SummaryUnitYear[]>;
}

/**
 * Read in chunks of 2,000 units: a unit carries all its years, and one getAll of 100,000 units
 * with 10 years each would hold the window for seconds while it is decoded.
 */
const READ_CHUNK = 2_000;

async function readUnitsAndYears(db: AppDatabase): Promise<FullRead> {
  const units: SummaryUnit[] = [];
  const years = new Map<number, SummaryUnitYear[]>();
  let last: string | undefined;
  for (;;) {
    const chunk: Unit[] =
      last === undefined ? await db.units.orderBy(':id').limit(READ_CHUNK).toArray() : await db.units.where(':id').above(last).limit(READ_CHUNK).toArray();
    for (const u of chunk) {
      units.push(project(u));
      for (const y of u.years ?? []) {
        let rows = years.get(y.year);
        if (!rows) years.set(y.year, (rows = []));
        rows.push({ unitId: u.id, year: y.year, members: y.members, workers: y.workers, revenue: y.revenue, profit: y.profit, avgIncome: y.avgIncome });
      }
    }
    if (chunk.length < READ_CHUNK) return { units, years };
    last = chunk[chunk.length - 1]!.id;
  }
}

/** Drop the in-memory snapshot; `persisted` also drops the stored columns (benches measuring a cold read). */
export async function forgetSummarySnapshot(persisted = false, db: AppDatabase = getDb()): Promise<void> {
  snapshots.delete(db.name);
  if (persisted) await clearSummaryColumns(db);
}

/**
 * Fills what the snapshot lacks for `year`, from the persisted column copy when it is current, else
 * from one chunked read of the units table shared by both parts. Stamped before the read: a write in
 * between makes the stored copy stale at once, never wrong.
 */
function fillSnapshot(db: AppDatabase, snap: Snapshot, year: number): void {
  const stamp = unitsStamp(db);
  let full: Promise<FullRead> | undefined;
  // One pass gives every year: all of them are saved, so switching year or window after a change reads columns.
  const readFull = () =>
    (full ??= (async () => {
      const st = await stamp;
      const read = await readUnitsAndYears(db);
      // The year asked for first: a window closed meanwhile still leaves it saved.
      const order = [...read.years.keys()].sort((a, b) => (a === year ? -1 : b === year ? 1 : b - a));
      writeUnitColumns(st, read.units, db)
        .then(async () => {
          for (const y of order) await writeYearColumns(y, st, read.years.get(y)!, db);
        })
        .catch(() => undefined);
      return read;
    })());
  snap.units ??= (async () => (await readUnitColumns(await stamp, db)) ?? (await readFull()).units)();
  if (!snap.years.has(year)) {
    snap.years.set(year, (async () => (await readYearColumns(year, await stamp, db)) ?? (await readFull()).years.get(year) ?? [])());
    if (snap.years.size > YEARS_KEPT) snap.years.delete(snap.years.keys().next().value!);
  }
}

/**
 * Year-end summary from stored data: all units and the chosen year's indicators (kept in each
 * unit), through the in-memory snapshot and the persisted column copy, then one aggregation pass.
 */
export async function loadYearSummary(
  year: number,
  scope: SummaryScope = {},
  db: AppDatabase = getDb(),
): Promise<{ summary: YearSummary; timing: SummaryTiming }> {
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
