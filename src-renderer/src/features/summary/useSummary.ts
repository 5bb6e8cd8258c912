import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { YearSummary } from '@/domain/summary/types';
import type { RankedMember } from '@/domain/emulation/scoring';
import { memberTotals, rankMembers } from '@/domain/emulation/scoring';
import { getDb } from '@/db/database';
import { emulationTables } from '@/db/repositories/emulation/tables';
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

/** Unit ids of a khối's members in that year (the year's own member list, else the cluster's). */
async function khoiUnitIds(clusterId: string, year: number): Promise<string[]> {
  const t = emulationTables(getDb());
  const cy = await t.clusterYears.where('[clusterId+year]').equals([clusterId, year]).first();
  const members = cy?.members ?? (await t.clusters.get(clusterId))?.members ?? [];
  return members.flatMap((m) => (m.unitId ? [m.unitId] : []));
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
    })().catch((err) => !cancelled && setState({ error: err instanceof Error ? err.message : String(err) }));
    return () => {
      cancelled = true;
    };
  }, [year, kind, clusterId, version]);
  return state;
}

/** The cluster's ranking for the year, or undefined when the year was not opened. */
export function useClusterRanking(clusterId: string | undefined, year: number): RankedMember[] | undefined {
  return useLiveQuery(async () => {
    if (!clusterId) return undefined;
    const t = emulationTables(getDb());
    const cy = await t.clusterYears.where('[clusterId+year]').equals([clusterId, year]).first();
    if (!cy) return undefined;
    const [criteria, scores] = await Promise.all([
      t.criteria.where('clusterYearId').equals(cy.id).toArray(),
      t.scores.where('[clusterYearId+memberId]').between([cy.id, ''], [cy.id, '\uffff']).toArray(),
    ]);
    if (!criteria.length) return undefined;
    return rankMembers(cy.members, memberTotals(cy.members, criteria, scores));
  }, [clusterId, year]);
}
