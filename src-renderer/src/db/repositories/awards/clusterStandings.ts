import type { ClusterStanding } from '@/domain/awards/eligibility';
import type { ClusterMember } from '@/domain/emulation/types';
import { memberTotals, rankMembers } from '@/domain/emulation/scoring';
import { evaluateVote } from '@/domain/emulation/votes';
import { getDb, type AppDatabase } from '../../database';
import { emulationTables } from '../emulation/tables';

/**
 * Where units stood in their khối thi đua in a year, from the app's own scoring and vote: the
 * evidence for "dẫn đầu cụm, khối" (Luật Thi đua, khen thưởng 2022 Điều 26 khoản 1). The leading-unit
 * vote decides when it was held; otherwise a rank of 1 alone on the agreed scores.
 */
export async function loadClusterStandings(unitIds: string[], year: number, db: AppDatabase = getDb()): Promise<Map<string, ClusterStanding[]>> {
  const out = new Map<string, ClusterStanding[]>();
  if (!unitIds.length) return out;
  const wanted = new Set(unitIds);
  const t = emulationTables(db);
  const years = await t.clusterYears
    .where('year')
    .equals(year)
    .filter((cy) => cy.members.some((m) => !!m.unitId && wanted.has(m.unitId)))
    .toArray();
  for (const cy of years) {
    const [cluster, criteria, scores, votes] = await Promise.all([
      t.clusters.get(cy.clusterId),
      t.criteria.where('clusterYearId').equals(cy.id).toArray(),
      t.scores.where('clusterYearId').equals(cy.id).toArray(),
      t.votes.where('clusterYearId').equals(cy.id).toArray(),
    ]);
    const name = cluster?.name ?? 'cụm, khối thi đua';
    const ranked = criteria.length ? rankMembers(cy.members, memberTotals(cy.members, criteria, scores)) : [];
    const vote = votes.find((v) => v.subject === 'leading_unit');
    const result = vote ? evaluateVote(vote) : undefined;
    const decided = result && !result.errors.length ? result : undefined;
    for (const m of cy.members as ClusterMember[]) {
      if (!m.unitId || !wanted.has(m.unitId)) continue;
      const r = ranked.find((x) => x.memberId === m.id);
      const rankText = r ? `xếp thứ ${r.rank}/${ranked.length} theo điểm chấm` : 'chưa có điểm chấm';
      const alone = r?.rank === 1 && ranked.filter((x) => x.rank === 1).length === 1;
      let leads: boolean;
      let note: string;
      if (decided) {
        const mine = decided.results.find((c) => c.memberId === m.id);
        leads = decided.winnerId === m.id;
        note = `${rankText}; bình chọn đơn vị dẫn đầu: ${mine ? `${mine.votes} phiếu` : 'không có tên'}${leads ? ', được bình chọn dẫn đầu' : ''}`;
      } else {
        leads = alone;
        note = `${rankText}${alone ? ', chưa bỏ phiếu bình chọn' : ''}`;
      }
      const list = out.get(m.unitId) ?? [];
      list.push({ year, cluster: name, leads, note });
      out.set(m.unitId, list);
    }
  }
  return out;
}
