/**
 * Emulation reads for the screens (queries; the writes live in movements.ts, programmes.ts,
 * clusters.ts, summary.ts). Screens subscribe with `useLiveQuery(() => query(...))`.
 */
import type { Cluster, ClusterVote, ClusterYear, Criterion, EmulationEvent, Movement, MovementRegistration, Programme, Score } from '@/domain/emulation/types';
import { memberTotals, rankMembers, type RankedMember } from '@/domain/emulation/scoring';
import { compareVi } from '@/domain/text/collate';
import { getDb, type AppDatabase } from '../../database';

// Movements, registrations, programmes, events

/** Movements, newest period first (same period: by name). */
export async function listMovements(db: AppDatabase = getDb()): Promise<Movement[]> {
  return (await db.movements.toArray()).sort((a, b) => b.periodFrom.localeCompare(a.periodFrom) || compareVi(a.name, b.name));
}

/** Movements in Vietnamese name order (pickers). */
export async function listMovementsByName(db: AppDatabase = getDb()): Promise<Movement[]> {
  return (await db.movements.toArray()).sort((a, b) => compareVi(a.name, b.name));
}

export async function getMovement(id: string, db: AppDatabase = getDb()): Promise<Movement | undefined> {
  return db.movements.get(id);
}

export interface RegistrationRow extends MovementRegistration {
  unitName: string;
}

/** A movement's registrations with their units' names, in name order. */
export async function listRegistrationRows(movementId: string, db: AppDatabase = getDb()): Promise<RegistrationRow[]> {
  const regs = await db.movementRegistrations.where('movementId').equals(movementId).toArray();
  const units = await db.units.bulkGet(regs.map((r) => r.unitId));
  return regs.map((r, i) => ({ ...r, unitName: units[i]?.name ?? '(đơn vị đã xóa)' })).sort((a, b) => compareVi(a.unitName, b.unitName));
}

/** Programmes, newest period first. */
export async function listProgrammes(db: AppDatabase = getDb()): Promise<Programme[]> {
  return (await db.programmes.toArray()).sort((a, b) => b.periodFrom.localeCompare(a.periodFrom));
}

/** Events, newest first. */
export async function listEvents(db: AppDatabase = getDb()): Promise<EmulationEvent[]> {
  return (await db.events.toArray()).sort((a, b) => b.date.localeCompare(a.date));
}

// Clusters (cụm, khối) and their years

/** Clusters in Vietnamese name order. */
export async function listClusters(db: AppDatabase = getDb()): Promise<Cluster[]> {
  return (await db.clusters.toArray()).sort((a, b) => compareVi(a.name, b.name));
}

export async function getCluster(id: string, db: AppDatabase = getDb()): Promise<Cluster | undefined> {
  return db.clusters.get(id);
}

/** A cluster's opened years, newest first. */
export async function listClusterYears(clusterId: string, db: AppDatabase = getDb()): Promise<ClusterYear[]> {
  return (await db.clusterYears.where('clusterId').equals(clusterId).toArray()).sort((a, b) => b.year - a.year);
}

export async function getClusterYear(clusterId: string, year: number, db: AppDatabase = getDb()): Promise<ClusterYear | undefined> {
  return db.clusterYears.where('[clusterId+year]').equals([clusterId, year]).first();
}

/** The latest year of the cluster before `year` (the rotation of chairs starts from it). */
export async function previousClusterYear(clusterId: string, year: number, db: AppDatabase = getDb()): Promise<ClusterYear | undefined> {
  const ys = await db.clusterYears.where('clusterId').equals(clusterId).toArray();
  return ys.filter((y) => y.year < year).sort((a, b) => b.year - a.year)[0];
}

/** A cluster year's criteria in their order. */
export async function listCriteria(clusterYearId: string, db: AppDatabase = getDb()): Promise<Criterion[]> {
  return (await db.criteria.where('clusterYearId').equals(clusterYearId).toArray()).sort((a, b) => a.order - b.order);
}

/** Every score of a cluster year (all members, all criteria). */
export async function listScores(clusterYearId: string, db: AppDatabase = getDb()): Promise<Score[]> {
  return db.scores.where('[clusterYearId+memberId]').between([clusterYearId, ''], [clusterYearId, '\uffff']).toArray();
}

export async function listClusterVotes(clusterYearId: string, db: AppDatabase = getDb()): Promise<ClusterVote[]> {
  return db.clusterVotes.where('clusterYearId').equals(clusterYearId).toArray();
}

/** Unit ids of a khối's members in that year (the year's own member list, else the cluster's). */
export async function khoiUnitIds(clusterId: string, year: number, db: AppDatabase = getDb()): Promise<string[]> {
  const cy = await getClusterYear(clusterId, year, db);
  const members = cy?.members ?? (await db.clusters.get(clusterId))?.members ?? [];
  return members.flatMap((m) => (m.unitId ? [m.unitId] : []));
}

/** The cluster's ranking for the year, or undefined when the year was not opened or has no criteria. */
export async function clusterRanking(clusterId: string, year: number, db: AppDatabase = getDb()): Promise<RankedMember[] | undefined> {
  const cy = await getClusterYear(clusterId, year, db);
  if (!cy) return undefined;
  const [criteria, scores] = await Promise.all([db.criteria.where('clusterYearId').equals(cy.id).toArray(), listScores(cy.id, db)]);
  if (!criteria.length) return undefined;
  return rankMembers(cy.members, memberTotals(cy.members, criteria, scores));
}
