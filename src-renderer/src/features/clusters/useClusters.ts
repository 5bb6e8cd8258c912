import { useLiveQuery } from 'dexie-react-hooks';
import type { Cluster, ClusterVote, ClusterYear, Criterion, Score } from '@/domain/emulation/types';
import { getCluster, getClusterYear, listClusters, listClusterVotes, listClusterYears, listCriteria, listScores } from '@/db/repositories/emulation/queries';

export function useClusters(): Cluster[] | undefined {
  return useLiveQuery(() => listClusters(), []);
}

export function useCluster(id: string | undefined): Cluster | null | undefined {
  return useLiveQuery(async () => (id ? ((await getCluster(id)) ?? null) : null), [id]);
}

export function useClusterYears(clusterId: string): ClusterYear[] | undefined {
  return useLiveQuery(() => listClusterYears(clusterId), [clusterId]);
}

export function useClusterYear(clusterId: string, year: number): ClusterYear | null | undefined {
  return useLiveQuery(async () => (await getClusterYear(clusterId, year)) ?? null, [clusterId, year]);
}

export function useCriteria(clusterYearId: string | undefined): Criterion[] | undefined {
  return useLiveQuery(async () => (clusterYearId ? listCriteria(clusterYearId) : []), [clusterYearId]);
}

export function useScores(clusterYearId: string | undefined): Score[] | undefined {
  return useLiveQuery(async () => (clusterYearId ? listScores(clusterYearId) : []), [clusterYearId]);
}

export function useVotes(clusterYearId: string | undefined): ClusterVote[] | undefined {
  return useLiveQuery(async () => (clusterYearId ? listClusterVotes(clusterYearId) : []), [clusterYearId]);
}
