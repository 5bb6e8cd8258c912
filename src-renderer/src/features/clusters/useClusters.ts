import { useLiveQuery } from 'dexie-react-hooks';
import type { Cluster, ClusterVote, ClusterYear, Criterion, Score } from '@/domain/emulation/types';
import { compareVi } from '@/domain/text/collate';
import { getDb } from '@/db/database';
import { emulationTables } from '@/db/repositories/emulation/tables';

const tables = () => emulationTables(getDb());

export function useClusters(): Cluster[] | undefined {
  return useLiveQuery(async () => (await tables().clusters.toArray()).sort((a, b) => compareVi(a.name, b.name)), []);
}

export function useCluster(id: string | undefined): Cluster | null | undefined {
  return useLiveQuery(async () => (id ? ((await tables().clusters.get(id)) ?? null) : null), [id]);
}

export function useClusterYears(clusterId: string): ClusterYear[] | undefined {
  return useLiveQuery(async () => (await tables().clusterYears.where('clusterId').equals(clusterId).toArray()).sort((a, b) => b.year - a.year), [clusterId]);
}

export function useClusterYear(clusterId: string, year: number): ClusterYear | null | undefined {
  return useLiveQuery(async () => (await tables().clusterYears.where('[clusterId+year]').equals([clusterId, year]).first()) ?? null, [clusterId, year]);
}

export function useCriteria(clusterYearId: string | undefined): Criterion[] | undefined {
  return useLiveQuery(async () => {
    if (!clusterYearId) return [];
    return (await tables().criteria.where('clusterYearId').equals(clusterYearId).toArray()).sort((a, b) => a.order - b.order);
  }, [clusterYearId]);
}

export function useScores(clusterYearId: string | undefined): Score[] | undefined {
  return useLiveQuery(async () => (clusterYearId ? tables().scores.where('[clusterYearId+memberId]').between([clusterYearId, ''], [clusterYearId, '\uffff']).toArray() : []), [clusterYearId]);
}

export function useVotes(clusterYearId: string | undefined): ClusterVote[] | undefined {
  return useLiveQuery(async () => (clusterYearId ? tables().votes.where('clusterYearId').equals(clusterYearId).toArray() : []), [clusterYearId]);
}
