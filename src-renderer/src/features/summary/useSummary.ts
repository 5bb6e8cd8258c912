import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { YearSummary } from '@/domain/summary/types';
import type { RankedMember } from '@/domain/emulation/scoring';
import { errorMessage } from '@/domain/errors';
import { clusterRanking, khoiUnitIds } from '@/db/repositories/emulation/queries';
import { loadYearSummary, type SummaryTiming } from '@/db/repositories/emulation/summary';

export type SummaryScopeChoice = { kind: 'alliance' } | { kind: 'khoi'; clusterId: string } | { kind: 'cum'; clusterId: string };

export function scopeKey(s: SummaryScopeChoice): string {
  return s.kind === 'alliance' ? 'alliance' : `${s.kind}:${s.clusterId}`;
}

export function parseScopeKey(key: string | null | undefined): SummaryScopeChoice {
  const [kind, clusterId] = (key ?? '').split(':');
  if ((kind === 'khoi' || kind === 'cum') && clusterId) return { kind, clusterId };
  return { kind: 'alliance' };
}

/** The computed summary for the alliance or a khối; recomputed when asked (not live: 100,000 units). */
export function useYearSummary(year: number, scope: SummaryScopeChoice, version: number): { summary?: YearSummary; timing?: SummaryTiming; error?: string } {
  const [state, setState] = useState<{ summary?: YearSummary; timing?: SummaryTiming; error?: string }>({});
  const kind = scope.kind;
  const clusterId = scope.kind === 'alliance' ? '' : scope.clusterId;
  useEffect(() => {
    if (kind === 'cum') return;
    let cancelled = false;
    setState({});
    (async () => {
      const unitIds = kind === 'khoi' ? await khoiUnitIds(clusterId, year) : undefined;
      const r = await loadYearSummary(year, { unitIds });
      if (!cancelled) setState(r);
    })().catch((err) => !cancelled && setState({ error: errorMessage(err) }));
    return () => {
      cancelled = true;
    };
  }, [year, kind, clusterId, version]);
  return state;
}

/** The cluster's ranking for the year, or undefined when the year was not opened. */
export function useClusterRanking(clusterId: string | undefined, year: number): RankedMember[] | undefined {
  return useLiveQuery(async () => (clusterId ? clusterRanking(clusterId, year) : undefined), [clusterId, year]);
}
