import type { SummaryUnit, SummaryUnitYear } from '@/domain/summary/aggregate';
import { getDb, type AppDatabase } from '../../database';

/**
 * A persisted, column-wise copy of what the year-end summary reads: the units (projected) and one
 * year's indicator rows. Reading 100,000 unit objects from IndexedDB takes seconds; reading these few
 * records of plain arrays takes milliseconds. It is derived data (not audited, rebuilt at will).
 *
 * Validity stamp: the last audit-log id (every repository write adds an audit entry, so any write
 * anywhere makes the copy stale) plus the row count, which also catches unaudited bulk loads, prefixed
 * with COLUMNS_VERSION.
 */

/**
 * Shape of the saved columns. Bump it whenever what is saved (or how the summary reads it) changes, so
 * a copy written by an older app version is rebuilt instead of served. v2: the summary counts who
 * reported each figure and so relies on a missing value (null) being kept apart from 0; copies without
 * a version (v1) did keep them apart, but are rebuilt once rather than trusted on that.
 */
export const COLUMNS_VERSION = 2;
interface UnitColumns {
  key: 'units';
  stamp: string;
  id: string[];
  kind: string[];
  name: string[];
  status: string[];
  statusDate: Array<string | null>;
  foundedDate: Array<string | null>;
  member: number[];
  memberSince: Array<number | null>;
  provinceCode: Array<string | null>;
  communeCode: Array<string | null>;
  sector: Array<string | null>;
}

interface YearColumns {
  key: string;
  stamp: string;
  unitId: string[];
  members: Array<number | null>;
  workers: Array<number | null>;
  revenue: Array<number | null>;
  profit: Array<number | null>;
  avgIncome: Array<number | null>;
}

/** A record of the `summarySnapshots` table: the units' columns (key 'units') or one year's. */
export type SummarySnapshotRow = UnitColumns | YearColumns;
const opt = <T>(v: T | null | undefined): T | undefined => (v === null ? undefined : v);

/**
 * Audit tables of every write that can change units or their years ('*' = a restore). Other
 * writes (settings, catalogue seeding, backups…) leave the saved columns current.
 */
const UNIT_AUDIT_TABLES = ['units', 'unitYears', 'importBatches', '*'];

async function lastUnitAuditId(db: AppDatabase): Promise<number> {
  const last = await Promise.all(UNIT_AUDIT_TABLES.map((t) => db.auditLog.where('table').equals(t).reverse().limit(1).primaryKeys()));
  return Math.max(0, ...(last.flat() as number[]));
}

export async function unitsStamp(db: AppDatabase = getDb()): Promise<string> {
  return `v${COLUMNS_VERSION}:${await lastUnitAuditId(db)}:${await db.units.count()}`;
}

/** Units from the persisted copy when it is current, else undefined. */
export async function readUnitColumns(stamp: string, db: AppDatabase = getDb()): Promise<SummaryUnit[] | undefined> {
  const c = (await db.summarySnapshots.get('units')) as UnitColumns | undefined;
  if (!c || c.stamp !== stamp) return undefined;
  const out: SummaryUnit[] = new Array(c.id.length);
  for (let i = 0; i < c.id.length; i++) {
    out[i] = {
      id: c.id[i]!,
      kind: c.kind[i] as SummaryUnit['kind'],
      name: c.name[i]!,
      status: c.status[i] as SummaryUnit['status'],
      statusDate: opt(c.statusDate[i]),
      foundedDate: opt(c.foundedDate[i]),
      member: c.member[i] as 0 | 1,
      memberSince: opt(c.memberSince[i]),
      provinceCode: opt(c.provinceCode[i]),
      communeCode: opt(c.communeCode[i]),
      sector: opt(c.sector[i]) as SummaryUnit['sector'],
    };
  }
  return out;
}

export async function writeUnitColumns(stamp: string, units: SummaryUnit[], db: AppDatabase = getDb()): Promise<void> {
  const n = (v: unknown) => (v === undefined ? null : v);
  const c: UnitColumns = {
    key: 'units',
    stamp,
    id: units.map((u) => u.id),
    kind: units.map((u) => u.kind),
    name: units.map((u) => u.name),
    status: units.map((u) => u.status),
    statusDate: units.map((u) => n(u.statusDate) as string | null),
    foundedDate: units.map((u) => n(u.foundedDate) as string | null),
    member: units.map((u) => u.member),
    memberSince: units.map((u) => n(u.memberSince) as number | null),
    provinceCode: units.map((u) => n(u.provinceCode) as string | null),
    communeCode: units.map((u) => n(u.communeCode) as string | null),
    sector: units.map((u) => n(u.sector) as string | null),
  };
  await db.summarySnapshots.put(c);
}

export async function readYearColumns(year: number, stamp: string, db: AppDatabase = getDb()): Promise<SummaryUnitYear[] | undefined> {
  const c = (await db.summarySnapshots.get(`year:${year}`)) as YearColumns | undefined;
  if (!c || c.stamp !== stamp) return undefined;
  const out: SummaryUnitYear[] = new Array(c.unitId.length);
  for (let i = 0; i < c.unitId.length; i++) {
    out[i] = {
      unitId: c.unitId[i]!,
      year,
      members: opt(c.members[i]),
      workers: opt(c.workers[i]),
      revenue: opt(c.revenue[i]),
      profit: opt(c.profit[i]),
      avgIncome: opt(c.avgIncome[i]),
    };
  }
  return out;
}

export async function writeYearColumns(year: number, stamp: string, rows: SummaryUnitYear[], db: AppDatabase = getDb()): Promise<void> {
  const n = (v: number | undefined) => (v === undefined ? null : v);
  await db.summarySnapshots.put({
    key: `year:${year}`,
    stamp,
    unitId: rows.map((r) => r.unitId),
    members: rows.map((r) => n(r.members)),
    workers: rows.map((r) => n(r.workers)),
    revenue: rows.map((r) => n(r.revenue)),
    profit: rows.map((r) => n(r.profit)),
    avgIncome: rows.map((r) => n(r.avgIncome)),
  });
}

export async function clearSummaryColumns(db: AppDatabase = getDb()): Promise<void> {
  await db.summarySnapshots.clear();
}
