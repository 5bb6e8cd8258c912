import { useMemo } from 'react';
import type { RankedMember } from '@/domain/emulation/scoring';
import type { SummaryTables } from '@/domain/summary/summary-workbook';
import type { YearSummary } from '@/domain/summary/types';
import { useOfficeProfile } from '@/ui/useOfficeProfile';
import { useClusters } from '@/features/clusters/useClusters';
import { consolidationTables, useConsolidation } from './ClusterConsolidationView';
import { useClusterRanking, useYearSummary, type SummaryScopeChoice } from './useSummary';

export function rankingRows(r: RankedMember[] | undefined): SummaryTables['ranking'] {
  return r?.map((m) => ({ rank: m.rank, name: m.name, total: m.totals.final.total, note: m.tieNote }));
}

export function summaryTables(title: string, s: YearSummary, ranking?: RankedMember[]): SummaryTables {
  return {
    title,
    year: s.year,
    total: s.total,
    bySector: s.bySector,
    byProvince: s.byProvince,
    modelUnits: s.modelUnits,
    newMembersByCommune: s.newMembersByCommune,
    trend: s.trend,
    ranking: rankingRows(ranking),
  };
}

/** Everything the summary screen and the printed report show for a year and scope. */
export function useSummaryTables(year: number, scope: SummaryScopeChoice, version = 0) {
  const clusters = useClusters();
  const profile = useOfficeProfile();
  const cluster = scope.kind === 'alliance' ? undefined : clusters?.find((c) => c.id === scope.clusterId);
  const { summary, timing, error } = useYearSummary(year, scope, version);
  const ranking = useClusterRanking(cluster?.id, year);
  const consolidation = useConsolidation(scope.kind === 'cum' ? cluster : undefined, year);
  const scopeName = scope.kind === 'alliance' ? (profile?.allianceName ?? 'Liên minh') : (cluster?.name ?? '');
  const tables: SummaryTables | undefined = useMemo(() => {
    if (scope.kind === 'cum')
      return cluster && consolidation ? { ...consolidationTables(cluster, year, consolidation), ranking: rankingRows(ranking) } : undefined;
    return summary ? summaryTables(`TỔNG KẾT THI ĐUA NĂM ${year} — ${scopeName.toUpperCase()}`, summary, ranking) : undefined;
  }, [scope.kind, cluster, consolidation, summary, ranking, year, scopeName]);
  return { tables, summary, timing, error, cluster, clusters, consolidation, profile, scopeName };
}
